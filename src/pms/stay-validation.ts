import { calendarDateIn } from '../common/calendar';
import { PmsInvalidRequestError } from './pms.errors';
import type { StayDates } from './pms.types';

export const MAX_NIGHTS = 30;
export const MAX_GUESTS = 20;
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days between two `YYYY-MM-DD` dates. */
export function nightsBetween(checkIn: string, checkOut: string): number {
  return Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / DAY_MS);
}

/** Each night of the stay (`YYYY-MM-DD`), check-in included, check-out excluded. */
export function stayNights({ checkIn, checkOut }: StayDates): string[] {
  const first = Date.parse(`${checkIn}T00:00:00Z`);
  return Array.from({ length: nightsBetween(checkIn, checkOut) }, (_, i) =>
    new Date(first + i * DAY_MS).toISOString().slice(0, 10),
  );
}

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/**
 * Rejects a stay no PMS could accept: malformed dates, check-out not after check-in, check-in before
 * today in the hotel's timezone, more than MAX_NIGHTS nights, or a party outside 1..MAX_GUESTS.
 */
export function validateStay(stay: StayDates & { guests?: number }, timezone: string, now: Date): void {
  for (const [field, value] of [
    ['checkIn', stay.checkIn],
    ['checkOut', stay.checkOut],
  ] as const) {
    if (typeof value !== 'string' || !isRealDate(value)) {
      throw new PmsInvalidRequestError(
        'invalid_date',
        `${field} must be a date YYYY-MM-DD (got ${JSON.stringify(value)}).`,
      );
    }
  }
  const nights = nightsBetween(stay.checkIn, stay.checkOut);
  if (nights < 1)
    throw new PmsInvalidRequestError('check_out_not_after_check_in', 'Check-out must be after check-in.');
  if (stay.checkIn < calendarDateIn(timezone, now))
    throw new PmsInvalidRequestError('check_in_in_past', 'Check-in is in the past.');
  if (nights > MAX_NIGHTS)
    throw new PmsInvalidRequestError('stay_too_long', `A stay is at most ${MAX_NIGHTS} nights.`);
  if (
    stay.guests !== undefined &&
    (!Number.isInteger(stay.guests) || stay.guests < 1 || stay.guests > MAX_GUESTS)
  ) {
    throw new PmsInvalidRequestError(
      'invalid_guests',
      `Guests must be a whole number from 1 to ${MAX_GUESTS}.`,
    );
  }
}
