import { foldText } from '../../common/fold-text';
import type { Turn } from '../dialogue/turn';

// How many of an extra the guest asks for, when not one per room or all of the party: "2 plazas de
// parking" (QA 28, S6: one was booked), "solo desayuno para mí" (S8 / E7: none was added).

const NUMBERS: Readonly<Record<string, number>> = {
  un: 1,
  una: 1,
  uno: 1,
  one: 1,
  a: 1,
  dos: 2,
  two: 2,
  tres: 3,
  three: 3,
  cuatro: 4,
  four: 4,
  cinco: 5,
  five: 5,
};
const COUNT = '(\\d{1,2}|un|una|uno|one|a|dos|two|tres|three|cuatro|four|cinco|five)';
/** More spaces than this is no count of cars ("parking para 30 días" aside, read by other words). */
const MOST_SPACES = 20;

const SPACES = [
  // "2 plazas de parking", "dos plazas de garaje", "2 sitios de aparcamiento".
  new RegExp(
    `\\b${COUNT}\\s+(?:plazas?|sitios?|huecos?)\\s+(?:de\\s+)?(?:parking|aparcamiento|garaje|cochera)\\b`,
  ),
  // "two parking spaces", "2 parking spots", "2 parkings".
  new RegExp(`\\b${COUNT}\\s+(?:(?:parking|car park|garage)\\s+(?:spaces?|spots?|places?)|parkings)\\b`),
  // "parking para 2 coches", "parking for two cars", "plaza para dos coches".
  new RegExp(
    `\\b(?:parking|aparcamiento|garaje|plazas?|spaces?|spots?)\\s+(?:para|for)\\s+${COUNT}\\s+(?:coches|cars|vehiculos|vehicles)\\b`,
  ),
  // "venimos en 2 coches", "we're coming in two cars".
  new RegExp(`\\b(?:en|in|with)\\s+${COUNT}\\s+(?:coches|cars|vehiculos|vehicles)\\b`),
];

/** The parking spaces asked for ("mejor solo una plaza" brings 2 back to 1); undefined when none is counted. */
export function parkingSpacesSaid(folded: string): number | undefined {
  for (const pattern of SPACES) {
    const count = countOf(pattern.exec(folded)?.[1]);
    if (count !== undefined && count >= 1 && count <= MOST_SPACES) return count;
  }
  return undefined;
}

const BREAKFAST = '(?:desayunos?|breakfasts?)';
const WHO = '(mi|me|myself|\\d|un|una|uno|one|dos|two|tres|three|cuatro|four)(?!\\s*(?:y|e|and|&)\\s)';
const FOR_WHOM = [
  // "Solo desayuno para mí", "breakfast only for me", "just breakfast for one".
  new RegExp(`\\b(?:solo|only|just)\\s+(?:el\\s+|un\\s+)?${BREAKFAST}\\s+(?:para|for)\\s+${WHO}\\b`),
  new RegExp(`\\b${BREAKFAST}\\s+(?:solo|only|just)\\s+(?:para|for)\\s+${WHO}\\b`),
  // "Desayuno para mí", "breakfast for me": not "con desayuno para 2", where the 2 are the party, nor
  // "para mí y mi marido" (review 29).
  new RegExp(`\\b${BREAKFAST}\\s+(?:para|for)\\s+(mi|me|myself)\\b(?!\\s*(?:y|e|and|&|,\\s*(?:mi|my))\\b)`),
  // "Breakfast for two of us", "desayuno para dos de nosotros".
  new RegExp(`\\b${BREAKFAST}\\s+(?:para|for)\\s+${WHO}\\s+(?:of us|de nosotr[oa]s)\\b`),
];

/** How many of the party take breakfast, when said ("solo para mí": 1); undefined when not. */
export function breakfastForSaid(folded: string): number | undefined {
  for (const pattern of FOR_WHOM) {
    const who = pattern.exec(folded)?.[1];
    if (who === undefined) continue;
    if (/^(?:mi|me|myself)/.test(who)) return 1;
    const count = countOf(who);
    if (count !== undefined) return count;
  }
  return undefined;
}

function countOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return NUMBERS[word] ?? (/^\d{1,2}$/.test(word) ? Number(word) : undefined);
}

/** How many of an extra the guest asked for, beside StayExtras' yes or no to it. */
export interface ExtraCounts {
  /** Parking spaces, when more than one ("2 plazas de parking"). */
  parkingSpaces?: number;
  /** How many of the party take breakfast, when said ("solo para mí"); all of them otherwise. */
  breakfastFor?: number;
}

/** The fields of ExtraCounts, each with the extra it counts. */
export const COUNTED_EXTRAS = { parkingSpaces: 'parking', breakfastFor: 'breakfast' } as const;

/** The counts out of the stored dialogue slots (untyped JSON). */
export function readExtraCounts(slots: Record<string, unknown>): ExtraCounts {
  const count = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
  return { parkingSpaces: count(slots.parkingSpaces), breakfastFor: count(slots.breakfastFor) };
}

/** The counts the message says of the extras taken; an extra not taken has none. */
export function countExtras(
  extras: { parking?: boolean; breakfast?: boolean } & ExtraCounts,
  folded: string,
): void {
  extras.parkingSpaces = extras.parking ? (parkingSpacesSaid(folded) ?? extras.parkingSpaces) : undefined;
  const all = BREAKFAST_FOR_ALL.test(folded);
  extras.breakfastFor =
    extras.breakfast && !all ? (breakfastForSaid(folded) ?? extras.breakfastFor) : undefined;
}

/** "Desayuno para los dos", "breakfast for both of us", "para todos": the whole party again. */
const BREAKFAST_FOR_ALL = new RegExp(
  `\\b${BREAKFAST}\\s+(?:\\w+\\s+){0,2}?(?:para|for)\\s+(?:(?:los|las)\\s+(?:dos|tres|cuatro)|todos|todas|both(?: of us)?|(?:all|everyone|everybody)(?: of us)?)\\b`,
);

/** Breakfasts for a party: those said, never more than the party. */
export function breakfastsFor(extras: ExtraCounts, guests: number): number {
  return Math.min(extras.breakfastFor ?? guests, guests);
}

/**
 * "Añado el desayuno para 1 persona a la reserva", "I'll add 2 parking spaces to the booking"; with
 * it taken already, its new count: "Pongo una plaza de parking" (review 29: "Añado" for fewer).
 */
export function extraAddedText(
  turn: Turn,
  extra: 'breakfast' | 'parking',
  taken: { breakfast?: boolean; parking?: boolean },
): string {
  const folded = foldText(turn.message.text ?? '');
  const count = (extra === 'parking' ? parkingSpacesSaid(folded) : breakfastForSaid(folded)) ?? 0;
  const key = taken[extra] && count > 0 ? 'booking.extra_count_set' : 'booking.extra_added';
  return turn.text(key, { extra, count });
}

/** The words just before a party they count ("desayuno solo ", "breakfast only "). */
const BREAKFAST_JUST_BEFORE = new RegExp(`\\b${BREAKFAST}\\s+(?:\\S+\\s+)?$`);

/**
 * "Desayuno solo para mí", "breakfast only for me": whom breakfast is for, never the party of the
 * stay (review 29: a double for 2 became a booking for 1).
 */
export function setAsideBreakfastParty(turn: Turn): void {
  const text = turn.message.text ?? '';
  if (breakfastForSaid(foldText(text)) === undefined) return;
  turn.setAside(
    (entity) =>
      entity.type === 'guests' &&
      BREAKFAST_JUST_BEFORE.test(foldText(text.slice(Math.max(0, entity.start - 30), entity.start))),
  );
}
