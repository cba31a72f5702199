import { calendarDateIn, wallClockTimeIn } from '../../common/calendar';
import { foldText } from '../../common/fold-text';
import { isoDaysBetween } from '../../nlp/entities/calendar';
import { MONTH_OR_YEAR_SAID } from '../../nlp/entities/month-and-weekday-names';
import { brokenEmailIn } from '../dialogue/name-answers';
import type { Turn } from '../dialogue/turn';
import { guestEmailSaid } from './booking-merge';
import type { BookingSlots } from './booking-slots';
import { missingDeparture } from './stay-dates';

// What a booking tells the guest in passing, of what they just said.

/** Until this hour a night asked for "tonight" may be the one already begun. */
const SMALL_HOURS_END = '06:00';
const TONIGHT = /\b(?:esta noche|hoy|ahora|ya mismo|tonight|today|right now|now)\b/;

/** "Mi email es ana@example.com" on its own: the guest hears it is kept for the booking (with a name, the summary shows it). */
export function sayEmailNoted(turn: Turn, slots: BookingSlots): void {
  const email = guestEmailSaid(turn);
  if (email && email !== slots.email && !turn.entity('guest_name'))
    turn.say('booking.email_noted', { email });
  // "marta.lopez@gmailcom": asked again, rather than kept or silently dropped.
  const broken = turn.entity('email') ? undefined : brokenEmailIn(turn.message.text ?? '');
  if (broken)
    turn.say('booking.email_invalid', { given: (turn.message.text ?? '').slice(broken.start, broken.end) });
}

/**
 * "Una habitación para esta noche" at 1:30 a.m.: read as the night that starts today at check-in
 * time, and the guest who wants a bed now is told to call (the night already begun cannot be booked).
 */
export function sayTonightInSmallHours(turn: Turn, slots: BookingSlots): void {
  const datesSaid = turn.entity('date_range') ?? turn.entity('date');
  if (!datesSaid || !slots.checkIn || !slots.checkOut || !TONIGHT.test(foldText(turn.message.text ?? '')))
    return;
  const time = wallClockTimeIn(turn.tenant.timezone, turn.now);
  if (time >= SMALL_HOURS_END || slots.checkIn !== calendarDateIn(turn.tenant.timezone, turn.now)) return;
  turn.say('booking.tonight_small_hours', {
    time,
    checkIn: turn.date(slots.checkIn),
    checkOut: turn.date(slots.checkOut),
    checkInTime: turn.tenant.info.checkIn,
    phone: turn.tenant.info.phone,
  });
}

/**
 * "¿Hay sitio para Reyes?", "llegamos el viernes": an arrival named in words alone, the departure still
 * to ask, is said as its day first, so the guest can correct it ("para Reyes" may mean the 5th).
 */
export function sayArrivalNamed(turn: Turn, slots: BookingSlots, arrivalBefore: string | undefined): void {
  const said = turn.entity('date');
  if (!said || /\d/.test(said.text) || slots.checkOut) return;
  if (said.value.date !== slots.checkIn || arrivalBefore === slots.checkIn) return;
  turn.say('booking.arrival_named', { date: turn.date(slots.checkIn) });
}

/** "El 29 de febrero de 2027 no existe": the day is not taken, and the guest hears why before the dates are asked again. */
export function sayNoSuchDate(turn: Turn, slots: BookingSlots): void {
  const missing = turn.entity('no_such_date')?.value ?? missingDeparture(turn, slots);
  if (!missing) return;
  turn.say('booking.no_such_date', {
    day: missing.day,
    month: missing.month,
    year: missing.year === undefined ? 'none' : String(missing.year),
  });
}

/**
 * "El viernes 12 de diciembre" when the 12th is a Saturday: the day is kept by its number, and the
 * guest hears which weekday it is, beside the rooms or the summary, to change it if they meant the other.
 */
export function sayWeekdayMismatch(turn: Turn): void {
  const mismatches = turn.entities('weekday_mismatch');
  if (mismatches.length === 0) return;
  const language = turn.state.language;
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 2026-11-29 was a Sunday: the said weekday's name is that of the day `weekday` days later.
  const named = (index: number): string => weekday.format(new Date(Date.UTC(2026, 10, 29 + index)));
  const days = mismatches.map(({ value }) => {
    const date = new Date(`${value.date}T00:00:00Z`);
    return turn.text('booking.weekday_mismatch_day', {
      date: dayAndMonth(turn, value.date),
      actual: named(date.getUTCDay()),
      said: named(value.weekday),
    });
  });
  turn.say('booking.weekday_mismatch', { days: turn.list(days) });
}

/** A day this year passed up to this long ago may be a slip for another month, so the guest is told. */
const RECENTLY_PASSED_DAYS = 92;

/**
 * "Del 3 al 5 de noviembre" at the end of November: read as next November's, which the guest hears,
 * rather than a stay a year away taken silently when the month was most likely a slip.
 */
export function sayPastDaysNextYear(turn: Turn, slots: BookingSlots): void {
  const said = turn.entity('date_range') ?? turn.entity('date');
  if (!said || !slots.checkIn) return;
  const day = said.type === 'date_range' ? said.value.checkIn : said.value.date;
  const words = foldText(said.text);
  if (day !== slots.checkIn || !MONTH_OR_YEAR_SAID.test(words) || /\b\d{4}\b/.test(words)) return;
  const today = calendarDateIn(turn.tenant.timezone, turn.now);
  const thisYears = `${today.slice(0, 4)}${day.slice(4)}`;
  if (day <= today || thisYears >= today || isoDaysBetween(thisYears, today) > RECENTLY_PASSED_DAYS) return;
  turn.say('booking.past_dates_next_year', { date: dayAndMonth(turn, day), year: day.slice(0, 4) });
}

/** "3 de noviembre", "November 3". */
function dayAndMonth(turn: Turn, isoDate: string): string {
  const format = new Intl.DateTimeFormat(turn.state.language, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * Dates the PMS turns down: why, and for a stay longer than it takes (30 nights), whom to write to
 * instead, since a long stay is the hotel's team's to arrange.
 */
export function sayInvalidDates(turn: Turn, reason: string): void {
  if (reason === 'stay_too_long') {
    const { email, phone } = turn.tenant.info;
    turn.say('booking.stay_too_long', { email, phone });
  } else turn.say('booking.invalid_dates', { reason });
}
