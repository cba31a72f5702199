import type { UnifiedMessage } from '../../messaging/unified-message';
import { type Entity, NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import { monthOfBookingNamed } from '../../nlp/entities/lone-month';
import { affirmsNamed } from './affirmation';
import type { ConversationState } from './conversation-state';
import { meansEveryBooking } from './cancellation-wording';
import { isIndifferent } from './confusion';
import { ordinalChoice } from './guest-wording';
import { BOOKING_CHOICE } from './reservation-lookup';

// How the router reads an answer to a list it showed: rooms ("la superior", "2") or bookings ("la de
// la suite", "la segunda").

/** "2", "2.", "la 2", "option 2": an option by its number ("el 2" is a day). */
const NUMBERED_CHOICE = /^\s*(?:(?:la|n[uú]mero|number|opci[oó]n|option)\s+)?(\d{1,2})\s*[.)]?\s*$/i;
/** How a room typed from a list of rooms may classify when it only picks it ("la superior", "sí, la suite"). */
const PICKING_INTENTS: ReadonlySet<string> = new Set([
  'make_reservation',
  'check_availability',
  'confirm',
  NO_INTENT,
]);
/** What tells two bookings apart in "which one?": their room type or their days. */
const PICKING_ENTITIES: ReadonlySet<Entity['type']> = new Set(['room_type', 'date', 'date_range', 'month']);
/** Readings of a message naming a room or a day that are no pick ("no, mejor mantengo la del 20"). */
const NOT_A_PICK: ReadonlySet<string> = new Set([
  'human_handoff',
  'deny',
  'make_reservation',
  'check_availability',
  'goodbye',
]);
/** Readings of "the one on the 20th" as a stay asked: a pick all the same when it points at one. */
const SEEKS_A_STAY: ReadonlySet<string> = new Set(['make_reservation', 'check_availability']);
/** Longer than this, an answer to "which booking?" is taken for a request of its own. */
const SHORT_PICK = 60;

/**
 * The id behind a tapped button or list row, behind "2" answering a numbered e-mail choice, or
 * behind "the first one" / "la última" answering a list of rooms.
 */
export function chosenId(message: UnifiedMessage, state: ConversationState, nlu: ParseResult): string | null {
  if (message.interactive) return message.interactive.id;
  const options = state.dialogue.slots.options;
  if (!Array.isArray(options)) return null;
  const index = chosenIndex(message.text ?? '', state, nlu, options);
  const picked: unknown = index === null ? undefined : options[index];
  return typeof picked === 'string' ? picked : null;
}

function chosenIndex(
  text: string,
  state: ConversationState,
  nlu: ParseResult,
  options: unknown[],
): number | null {
  const match = NUMBERED_CHOICE.exec(text);
  // A bare number is a party size when that is the question.
  if (match) return state.dialogue.awaiting === 'guests' ? null : Number(match[1]) - 1;
  const listOf = (prefix: string): boolean => isListOf(options, prefix);
  // "Sí" to "is that the one?" (a list of one booking), or its place in a longer list.
  if (listOf(BOOKING_CHOICE))
    return options.length === 1 && nlu.intent === 'confirm' ? 0 : ordinalChoice(text, options.length, false);
  // "Yes" to a list of one room ("only the Superior Double is free; would you like it?").
  if (options.length === 1 && listOf('room:') && nlu.intent === 'confirm') return 0;
  const namesADay = nlu.entities.some((entity) => entity.type === 'date' || entity.type === 'date_range');
  if (!listOf('room:') || namesADay) return null;
  // "La superior" typed instead of tapped: the same choice, unless it asks about it ("¿y la superior?",
  // "fotos de la superior").
  const named = nlu.entities.find((entity) => entity.type === 'room_type');
  // "La doble" with a Doble Estándar and a Doble Superior listed picks neither: the flow asks which.
  const alsoListed = named?.value.alsoFits?.some((id) => options.includes(`room:${id}`));
  const listed = named && !alsoListed ? options.indexOf(`room:${named.value.roomTypeId}`) : -1;
  // The room alone ("la suite", heard as its photos or its price) picks it too.
  const alone = named !== undefined && affirmsNamed(text, named);
  const picks =
    state.dialogue.awaiting === 'room_type' &&
    (PICKING_INTENTS.has(nlu.intent) || alone) &&
    !/[?¿]/.test(text);
  if (listed >= 0 && picks) return listed;
  // "Me da igual", "whichever": the first listed, the cheapest.
  if (state.dialogue.awaiting === 'room_type' && isIndifferent(text)) return 0;
  return (
    ordinalChoice(text, options.length) ?? pricedChoice(text, options, state.dialogue.slots.optionPrices)
  );
}

/** Shorter than this, a number may pick a room by its price; longer, it is a message of its own. */
const SHORT_PRICE_PICK = 40;
/** Prices start here: "la 2" is an option's number, "para 3" a party. */
const LOWEST_PRICE = 10;

/** "La de 139", "the €218 one": the one room listed at that price (a night, or the stay), if only one is. */
function pricedChoice(text: string, options: unknown[], prices: unknown): number | null {
  if (text.length > SHORT_PRICE_PICK || /[?¿]/.test(text) || typeof prices !== 'object' || prices === null)
    return null;
  const said = [...text.matchAll(/\d+(?:[.,]\d{1,2})?/g)]
    .map((match) => Number(match[0].replace(',', '.')))
    .filter((amount) => amount >= LOWEST_PRICE);
  if (said.length !== 1) return null;
  const priced = options.flatMap((option, index) => {
    const shown: unknown = (prices as Record<string, unknown>)[String(option)];
    const matches =
      Array.isArray(shown) &&
      shown.some((price) => typeof price === 'number' && Math.abs(price - said[0]) < 0.5);
    return matches ? [index] : [];
  });
  return priced.length === 1 ? priced[0] : null;
}

/** A short answer to "which booking?" naming a room type or a day rather than a code or a place. */
export function picksBookingByDetail(text: string, nlu: ParseResult, state: ConversationState): boolean {
  return (
    answersWhichBooking(text, state, 1) &&
    !/[?¿]/.test(text) &&
    (nlu.entities.some((entity) => PICKING_ENTITIES.has(entity.type)) ||
      monthOfBookingNamed(text) !== null) &&
    (!NOT_A_PICK.has(nlu.intent) || (SEEKS_A_STAY.has(nlu.intent) && POINTS_AT_ONE.test(text)))
  );
}

/** "La del 20", "the one on the 20th", "the single one": pointing at one listed, however it classifies (a new booking). */
const POINTS_AT_ONE = /^\s*(?:(?:la|el|the one|the)\s+(?:de|del|on|for|in|with)\b|the\s+\p{L}+\s+one\s*$)/iu;

/** "Las dos", "both" answering "which booking?" (a list of several): every one listed. */
export function picksEveryBooking(text: string, state: ConversationState): boolean {
  return answersWhichBooking(text, state, 2) && meansEveryBooking(text);
}

/** A short answer while a list of at least `listed` bookings asks "which one?". */
function answersWhichBooking(text: string, state: ConversationState, listed: number): boolean {
  const options = state.dialogue.slots.options;
  return (
    Array.isArray(options) &&
    options.length >= listed &&
    isListOf(options, BOOKING_CHOICE) &&
    state.dialogue.awaiting === 'reference' &&
    text.length <= SHORT_PICK
  );
}

/** Whether every option shown is of one kind (`room:`, `booking:`). */
function isListOf(options: readonly unknown[], prefix: string): boolean {
  return options.every((option) => typeof option === 'string' && option.startsWith(prefix));
}
