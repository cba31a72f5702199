import { fromUtcDate, nextDayOfMonth, toIsoDate } from '../../nlp/entities/calendar';
import type { Turn } from '../dialogue/turn';
import { mergeStayExtras, readStayExtras, type StayExtras } from './booking-extras';

/** Where a booking conversation stands; kept in the session's dialogue slots. */
export interface BookingSlots extends StayExtras {
  /** Just looking (availability) or booking: a chosen room then goes on to name and summary. */
  mode: 'browse' | 'book';
  /** The yes/no question pending: a room offered, the summary, "look at another room?", or "change anything?". */
  step?: 'offer' | 'summary' | 'sold_out' | 'change';
  checkIn?: string;
  checkOut?: string;
  guests?: number;
  /** Babies in a cot: with the party, not counted in `guests` (the places in the room). */
  infants?: number;
  /** Rooms still to book when the guest asked for several: the party shares them, one booking each. */
  rooms?: number;
  /** The room offered is the next of several: a "no" to it drops it and the rest (`rooms`). */
  nextRoom?: boolean;
  roomTypeId?: string;
  guestName?: string;
  /** Fixed when the summary is shown: confirming twice (or a retried job) books once. */
  bookingKey?: string;
}

/** The slots once the stay is known: its days and its party. */
export type Stay = BookingSlots & { checkIn: string; checkOut: string; guests: number };

export function isStay(slots: BookingSlots): slots is Stay {
  return Boolean(slots.checkIn && slots.checkOut && slots.guests);
}

const DAY_MS = 24 * 3600 * 1000;

/** The booking slots out of the stored dialogue (which is untyped JSON). */
export function readBookingSlots(slots: Record<string, unknown>): BookingSlots {
  return {
    mode: slots.mode === 'book' ? 'book' : 'browse',
    step: oneOf(slots.step, ['offer', 'summary', 'sold_out', 'change'] as const),
    checkIn: isoDate(slots.checkIn),
    checkOut: isoDate(slots.checkOut),
    guests: typeof slots.guests === 'number' && Number.isInteger(slots.guests) ? slots.guests : undefined,
    infants: typeof slots.infants === 'number' && Number.isInteger(slots.infants) ? slots.infants : undefined,
    rooms:
      typeof slots.rooms === 'number' && Number.isInteger(slots.rooms) && slots.rooms > 1
        ? slots.rooms
        : undefined,
    nextRoom: slots.nextRoom === true ? true : undefined,
    roomTypeId: typeof slots.roomTypeId === 'string' ? slots.roomTypeId : undefined,
    guestName: typeof slots.guestName === 'string' ? slots.guestName : undefined,
    ...readStayExtras(slots),
    bookingKey: typeof slots.bookingKey === 'string' ? slots.bookingKey : undefined,
  };
}

/** Writes the booking slots back, keeping the slots other parts of the dialogue own. */
export function writeBookingSlots(turn: Turn, booking: BookingSlots): void {
  const slots = turn.state.dialogue.slots;
  for (const [name, value] of Object.entries(booking)) {
    if (value === undefined) delete slots[name];
    else slots[name] = value;
  }
}

/** What a summary states of the stay: a change to any of these invalidates it (and its booking key). */
export const STAY_FIELDS = ['checkIn', 'checkOut', 'guests', 'infants', 'rooms', 'roomTypeId'] as const;

/**
 * Folds what the guest just said into the slots: a date range, a start date with a number of nights,
 * a second date answering "until when?", the party size, the room, the name. A change to the stay
 * invalidates the summary (and its booking key). Returns whether the stay changed.
 */
export function mergeBookingEntities(turn: Turn, slots: BookingSlots): boolean {
  const stayOf = (): string => JSON.stringify(STAY_FIELDS.map((field) => slots[field]));
  const before = stayOf();
  const range = turn.entity('date_range');
  const date = turn.entity('date')?.value.date;
  const nights = turn.entity('nights')?.value.nights;
  if (range) {
    slots.checkIn = range.value.checkIn;
    slots.checkOut = range.value.checkOut;
  } else if (date && nights) {
    slots.checkIn = date;
    slots.checkOut = addDays(date, nights);
  } else if (date) {
    // "¿Hasta qué día?" after an arrival on the 3rd of January: "el 5" is the 5th after it (read as
    // the 5th of December, the next one from today).
    const until = slots.checkIn !== undefined && !slots.checkOut ? dayOnOrAfter(slots.checkIn, date) : null;
    if (until) slots.checkOut = until;
    else {
      slots.checkIn = date;
      slots.checkOut = undefined;
    }
  } else if (turn.entity('no_such_date')) {
    // "Del 27 al 29 de febrero" in 2027: no day of it is taken. Answering "until when?", the arrival stays.
    if (slots.checkOut) slots.checkIn = undefined;
    slots.checkOut = undefined;
  } else if (nights && slots.checkIn) {
    slots.checkOut = addDays(slots.checkIn, nights);
  }
  const party = turn.entity('guests')?.value;
  if (party?.total) {
    slots.guests = party.total;
    slots.infants = party.infants || undefined;
  }
  const rooms = turn.entity('rooms')?.value.rooms;
  if (rooms) slots.rooms = rooms;
  const roomTypeId = turn.entity('room_type')?.value.roomTypeId;
  if (roomTypeId) slots.roomTypeId = roomTypeId;
  const name = turn.entity('guest_name')?.value.name;
  if (name) slots.guestName = name;
  mergeStayExtras(turn, slots);
  const changed = stayOf() !== before;
  if (changed) {
    slots.bookingKey = undefined;
    slots.step = undefined;
  }
  return changed;
}

/** The places of the room being booked: the party shared evenly among the rooms still to book (the first takes the odd one). */
export function partyInRoom(stay: { guests: number; rooms?: number }): number {
  return Math.ceil(stay.guests / (stay.rooms ?? 1));
}

export function nightsOf(slots: { checkIn: string; checkOut: string }): number {
  return Math.round(
    (Date.parse(`${slots.checkOut}T00:00:00Z`) - Date.parse(`${slots.checkIn}T00:00:00Z`)) / DAY_MS,
  );
}

/** The first day after `checkIn` that has `date`'s day of the month (the 5th after 3 January). */
function dayOnOrAfter(checkIn: string, date: string): string | null {
  if (date > checkIn) return date;
  const dayAfter = fromUtcDate(new Date(`${addDays(checkIn, 1)}T00:00:00Z`));
  const found = nextDayOfMonth(dayAfter, Number(date.slice(8, 10)));
  return found && toIsoDate(found);
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
