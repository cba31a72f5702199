import { foldText } from '../../common/fold-text';
import type { Entity } from '../nlp.types';
import { isoDaysBetween, weekdayOfIso } from './calendar';

/** A range said right after a weekend word: "el finde del 12 al 14", "the weekend of Dec 12-14". */
const WEEKEND_BEFORE = /\b(?:fin\s+de\s+semana|finde|weekend)\s+(?:(?:del?|of)\s+(?:the\s+)?)?$/;

const FRIDAY = 5;
const SATURDAY = 6;

/** Whether a stay keeps to one weekend's nights: from Friday (to Sunday or Monday), or Saturday to Sunday. */
function isWeekendStay(checkIn: string, checkOut: string): boolean {
  const weekday = weekdayOfIso(checkIn);
  if (weekday === FRIDAY) return true;
  return weekday === SATURDAY && isoDaysBetween(checkIn, checkOut) === 1;
}

/**
 * "El finde del 12 al 14 de diciembre" when the 12th is a Saturday: the days written are kept, and a
 * `weekday_mismatch` says the weekend starts on a Friday, so that the reply points it out and "el
 * viernes 11" next moves the arrival (weekday-slips.ts), rather than the stay being moved silently.
 */
export function weekendMismatches(text: string, dates: readonly Entity[]): Entity[] {
  const folded = foldText(text);
  const found: Entity[] = [];
  for (const entity of dates) {
    if (entity.type !== 'date_range') continue;
    const { checkIn, checkOut } = entity.value;
    if (!WEEKEND_BEFORE.test(folded.slice(0, entity.start)) || isWeekendStay(checkIn, checkOut)) continue;
    found.push({ ...entity, type: 'weekday_mismatch', value: { date: checkIn, weekday: FRIDAY } });
  }
  return found;
}
