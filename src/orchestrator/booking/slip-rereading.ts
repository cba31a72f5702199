import { foldText } from '../../common/fold-text';
import {
  addDays,
  fromUtcDate,
  isoDaysBetween,
  isValidDate,
  toIsoDate,
  weekdayOf,
  weekdayOfIso,
} from '../../nlp/entities/calendar';
import { MONTH_OR_YEAR_SAID } from '../../nlp/entities/month-and-weekday-names';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots, WeekdaySlip } from './booking-slots';
import { MAX_DAYS_OFF } from './weekday-slips';

// The answer to "el 12 de diciembre es sábado, no viernes": the day said without its month is read,
// with no context, as the next such day from today; it is meant in the month of the slipped day.

/**
 * Re-reads the days this message says without a month against the stay's slipped days: "el sábado
 * está bien", "saturday is fine" (the weekday the day really is) keep that day; "el viernes 15",
 * "del lunes 4" are that day in the slipped day's month, when it is the weekday said. A warning the
 * day read without its month set off is dropped with it.
 */
export function rereadSlipAnswer(turn: Turn, slots: BookingSlots): void {
  const slips = slots.weekdaySlips ?? [];
  if (slips.length === 0) return;
  for (const said of turn.entities('date')) {
    const words = foldText(said.text);
    if (MONTH_OR_YEAR_SAID.test(words)) continue;
    const mismatch = turn.entities('weekday_mismatch').find(({ value }) => value.date === said.value.date);
    const weekday = mismatch?.value.weekday ?? weekdayOfIso(said.value.date);
    const day = /\d/.test(words) ? Number(said.value.date.slice(8, 10)) : null;
    const meant = slips.map((slip) => dayMeant(slip, weekday, day)).find((date) => date !== null);
    if (!meant || meant === said.value.date) continue;
    turn.reread(said, { ...said, value: { date: meant } });
    if (mismatch) turn.setAside((entity) => entity === mismatch);
  }
  // "Oops, saturday, so the 12th is right": two readings of the one day are one.
  const dates = turn.entities('date');
  turn.setAside(
    (entity) =>
      entity.type === 'date' &&
      dates.findIndex((d) => d.value.date === entity.value.date) !== dates.indexOf(entity),
  );
}

/**
 * The day of the slip's month a weekday (and a day number, when said) names: the slipped day itself
 * when the weekday is its own ("el sábado" for Saturday the 12th), else the day numbered within
 * MAX_DAYS_OFF of it, when it is that weekday.
 */
function dayMeant(slip: WeekdaySlip, weekday: number, day: number | null): string | null {
  if (day === null && weekdayOfIso(slip.date) === weekday) return slip.date;
  const slipped = fromUtcDate(new Date(`${slip.date}T00:00:00Z`));
  // "Perdona, el viernes" for "el viernes 12", a Saturday: the Friday next to it.
  const candidates =
    day === null
      ? Array.from({ length: 2 * MAX_DAYS_OFF + 1 }, (_, i) => addDays(slipped, i - MAX_DAYS_OFF))
      : [{ ...slipped, day }];
  const meant = candidates.find(
    (candidate) =>
      isValidDate(candidate) &&
      weekdayOf(candidate) === weekday &&
      Math.abs(isoDaysBetween(slip.date, toIsoDate(candidate))) <= MAX_DAYS_OFF &&
      (day !== null || weekday === slip.weekday),
  );
  return meant ? toIsoDate(meant) : null;
}
