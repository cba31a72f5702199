import { foldText } from '../../common/fold-text';
import { shiftIsoDate } from '../../nlp/entities/calendar';
import type { Turn } from './turn';

const ARRIVAL =
  /\b(?:llego|llegamos|llegare|llegaremos|llegaria|llegariamos|llega|llegan|llegar|llegada|aterriz\w*|arrive|arriving|arrival|lands?|landing|check(?:ing)?[ -]?in (?:at|around|by|late)|late check(?:ing)?[ -]?in|(?:hacer|hago|hacemos) (?:el )?check.?in (?:mas )?tarde|hacer (?:el )?check.?in (?:a|sobre|hacia)|get (?:there|in|to the hotel)|getting (?:there|in)|(?:will|we'll|i'll|gonna|going to) be late(?! (?:for|to|checking|leaving)\b(?! (?:the )?check.?in\b))|running late(?! (?:for|to)\b(?! (?:the )?check.?in\b))|late for (?:the )?check.?in|stuck in traffic|(?:estamos|vamos) atascad[oa]s|(?:vamos|voy|llegamos|llegaremos|llego|llegare|venimos|estamos) (?:con retraso|retrasad[oa]s?)|(?:our|my|el|nuestro|mi) (?:flight|train|vuelo|tren) (?:is |esta |viene |va )?(?:delayed|retrasad[oa]|con retraso))\b/;
/** Late in words: "tarde" (not "por la tarde", the afternoon), "de madrugada", "late at night", "con retraso". */
const LATE =
  /\b(?:(?<!(?:de|por) la )tarde|late|noche|night|madrugada|midnight|medianoche|retraso|retrasad[oa]s?|delayed|stuck in traffic|atascad[oa]s)\b/;
/** From this hour, and before EARLIEST_MORNING, an arrival is late. */
const LATE_EVENING = 20;
/** Early in words: "temprano", "early", "por la mañana". */
const EARLY = /\b(?:temprano|early|antes del check.?in|before check.?in|por la manana|in the morning)\b/;
/** An hour said: "a las 9 de la mañana", "sobre las 13h", "at 8am", "10:30 am". */
const HOUR =
  /\b(?:(?:a|sobre|hacia|tipo)\s+las?|at|around|by)\s+(\d{1,2})(?::\d\d|\s*h(?:s|rs)?\b)?\s*(a\.?m\b|p\.?m\b|de la (?:manana|tarde|noche|madrugada))?|\b(\d{1,2})(?::\d\d)?\s*(a\.?m|p\.?m)\b/;
/** Before this hour an arrival is the night's end, not an early one ("a las 3": late). */
const EARLIEST_MORNING = 6;

function statedHour(folded: string): number | null {
  const match = HOUR.exec(folded);
  if (!match) return null;
  const hour = Number(match[1] ?? match[3]);
  const part = match[2] ?? match[4] ?? '';
  if (hour > 23) return null;
  if (/^p|tarde|noche/.test(part) && hour < 12) return hour + 12;
  // "12 am", "las 12 de la noche": midnight.
  if (/^a|noche|madrugada/.test(part) && hour === 12) return 0;
  return hour;
}

const LUGGAGE = /\b(?:maletas?|equipajes?|valijas?|mochilas?|consigna|luggage|bags?|suitcases?|backpacks?)\b/;

/** "¿Puedo dejar las maletas?": bags to leave, which has an answer of its own. */
export function mentionsLuggage(text: string): boolean {
  return LUGGAGE.test(foldText(text));
}

/** "Llegaremos sobre la 1", "we land at 11pm": a late arrival. */
export function arrivesLate(text: string): boolean {
  const folded = foldText(text);
  if (!ARRIVAL.test(folded)) return false;
  const hour = statedHour(folded);
  return hour === null ? LATE.test(folded) : hour >= LATE_EVENING || hour < EARLIEST_MORNING;
}

/** Small hours in words: "de madrugada", "after midnight", "in the early hours". */
const SMALL_HOURS = /\b(?:madrugada|after midnight|passed midnight|past midnight|early hours|wee hours)\b/;

/** "Llegaremos a la 1 de la madrugada", "we land at 2am": after midnight, before the morning. */
export function arrivesInSmallHours(text: string): boolean {
  const folded = foldText(text);
  if (!ARRIVAL.test(folded)) return false;
  const hour = statedHour(folded);
  if (hour === null || SMALL_HOURS.test(folded)) return SMALL_HOURS.test(folded);
  // "A las 3" is three in the afternoon to most; "a las 3 am", "a las 03:00", "a la 1 de la noche" are not.
  return hour < EARLIEST_MORNING && SAID_AS_NIGHT.test(folded);
}
const SAID_AS_NIGHT =
  /\b(?:\d{1,2}\s*a\.?m\b|0\d:\d\d|de la (?:noche|manana)|medianoche|midnight)|\bmadrugada\b/;

/** "Llegamos a las 9 de la mañana", "we arrive early": an arrival before the check-in time ("15:00"). */
export function arrivesEarly(text: string, checkIn: string): boolean {
  const folded = foldText(text);
  if (!ARRIVAL.test(folded)) return false;
  const hour = statedHour(folded);
  if (hour === null) return EARLY.test(folded) && !LATE.test(folded);
  return hour >= EARLIEST_MORNING && hour < Number(checkIn.slice(0, 2));
}

/** A late arrival is fine with a 24-hour reception; else the hotel wants a call. */
function lateArrivalNote(turn: Turn): string {
  const { info } = turn.tenant;
  return info.amenities.includes('24h-reception')
    ? turn.text('info.late_arrival')
    : turn.text('info.late_arrival_call', { phone: info.phone });
}

/**
 * What the guest needs to hear of the hour they arrive: a late one is fine with a 24-hour reception,
 * else the hotel wants a call; in the small hours, of a stay from `checkIn`, that the night before is
 * not booked (arriving at 1 a.m. on the 12th needs the 11th's night); an early one is before the
 * check-in time, and the phone says whether the room can be ready sooner.
 */
export function arrivalNote(turn: Turn, checkIn?: string): string | null {
  const text = turn.message.text ?? '';
  const { info } = turn.tenant;
  if (arrivesLate(text)) {
    const lines = [lateArrivalNote(turn)];
    if (checkIn && arrivesInSmallHours(text)) {
      lines.push(
        turn.text('booking.small_hours_arrival', {
          checkIn: turn.date(checkIn),
          nextDay: turn.date(shiftIsoDate(checkIn, 1)),
          previous: turn.date(shiftIsoDate(checkIn, -1)),
        }),
      );
    }
    return lines.join('\n');
  }
  if (arrivesEarly(text, info.checkIn))
    return turn.text('info.early_arrival', { checkIn: info.checkIn, phone: info.phone });
  if (arrivesInTime(text, info.checkIn)) return turn.text('info.arrival_fine');
  return null;
}

/** "Llegamos a las 5 de la tarde, ¿hay problema?": an hour after check-in and before the evening. */
export function arrivesInTime(text: string, checkIn: string): boolean {
  const folded = foldText(text);
  const hour = ARRIVAL.test(folded) ? statedHour(folded) : null;
  return hour !== null && hour >= Number(checkIn.slice(0, 2)) && hour < LATE_EVENING;
}
