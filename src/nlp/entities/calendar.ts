import type { ParsedComponents } from 'chrono-node';
import { calendarDateIn } from '../../common/calendar';

/** A day in the hotel's calendar, with no time and no zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** The date it is at `now` on the hotel's wall calendar (a RangeError for an unknown zone). */
export function localDateIn(now: Date, timezone: string): CalendarDate {
  const [year, month, day] = calendarDateIn(timezone, now).split('-').map(Number);
  return { year, month, day };
}

/** Noon UTC of the date: the calendar arithmetic here runs in UTC, where no day is 23 or 25 hours. */
export function noonUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}

/**
 * Noon of the date on the process's own clock. chrono is handed this instant with no zone: it does all
 * its arithmetic (and a few of its refiners do some) in the process's zone, so the calendar fields it
 * reads back are the hotel's date whatever zone the server runs in, and no DST edge is near.
 */
export function localNoon(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day, 12);
}

export function fromLocalDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function fromUtcDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(new Date(noonUtc(date).getTime() + days * DAY_MS));
}

/** An ISO day (2026-12-12) moved by `days`, as an ISO day: how the dialogue slots store a stay. */
export function shiftIsoDate(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from one ISO day to another (negative when `end` comes first). */
export function isoDaysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
}

/** Same day number `months` later; null when that month has no such day (31 June). */
export function addMonths(date: CalendarDate, months: number): CalendarDate | null {
  const index = date.year * 12 + (date.month - 1) + months;
  const moved = { year: Math.floor(index / 12), month: (index % 12) + 1, day: date.day };
  return isValidDate(moved) ? moved : null;
}

export function isValidDate(date: CalendarDate): boolean {
  const back = fromUtcDate(noonUtc(date));
  return back.year === date.year && back.month === date.month && back.day === date.day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return noonUtc(date).getUTCDay();
}

/** The calendar day of a `YYYY-MM-DD` day. */
export function fromIsoDate(isoDate: string): CalendarDate {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** The weekday (0 Sunday … 6 Saturday) of a `YYYY-MM-DD` day. */
export function weekdayOfIso(isoDate: string): number {
  return weekdayOf(fromIsoDate(isoDate));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return noonUtc(a).getTime() - noonUtc(b).getTime();
}

/** Nights from `start` to `end` (negative when `end` comes first). */
export function daysBetween(start: CalendarDate, end: CalendarDate): number {
  return Math.round(compareDates(end, start) / DAY_MS);
}

/** The next time `month`/`day` comes round from `today` (today included). */
export function nextOccurrence(today: CalendarDate, month: number, day: number): CalendarDate {
  const thisYear = { year: today.year, month, day };
  return compareDates(thisYear, today) >= 0 ? thisYear : { ...thisYear, year: today.year + 1 };
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function fromComponents(components: ParsedComponents): CalendarDate | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return null;
  const date = { year, month, day };
  return isValidDate(date) ? date : null;
}

/** The first date on or after `from` whose day of the month is `day` (31 skips short months). */
export function nextDayOfMonth(from: CalendarDate, day: number): CalendarDate | null {
  for (let months = 0; months <= 2; months++) {
    const candidate = addMonths({ ...from, day }, months);
    if (candidate && compareDates(candidate, from) >= 0) return candidate;
  }
  return null;
}

/**
 * The first date on or after `from` numbered `day`, in `from`'s month or the next, never a month later:
 * it may be a day that month lacks (30 February), for the caller to tell the guest about.
 */
export function dayNumberedFrom(from: CalendarDate, day: number): CalendarDate {
  if (day >= from.day) return { ...from, day };
  const nextMonth = from.year * 12 + from.month;
  return { year: Math.floor(nextMonth / 12), month: (nextMonth % 12) + 1, day };
}
