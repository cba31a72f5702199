import type { Turn } from '../dialogue/turn';
import { readStayExtras, type StayExtras } from './booking-extras';
import { type ExtraCounts, readExtraCounts } from './extra-counts';
import { readSpecialRequests, type SpecialRequest } from './special-requests';

/** Where a booking conversation stands; kept in the session's dialogue slots. */
export interface BookingSlots extends StayExtras, ExtraCounts {
  /** Just looking (availability) or booking: a chosen room then goes on to name and summary. */
  mode: 'browse' | 'book';
  /** The yes/no question pending: a room offered, the summary, "look at another room?", or "change anything?". */
  step?: 'offer' | 'summary' | 'sold_out' | 'change';
  checkIn?: string;
  checkOut?: string;
  /** Nights said before any day ("una doble 2 noches para 2"): the stay's length once its arrival is known. */
  nights?: number;
  /** The first day of a holiday period the guest named ("Semana Santa"): weekdays said next fall in its week. */
  periodFrom?: string;
  /** Its last day, for a holiday period ("todo el puente" is from one to the other). */
  periodTo?: string;
  guests?: number;
  /** Of `guests`, how many are children: the replies name them ("2 adultos y 2 niños"). */
  children?: number;
  /** Babies in a cot: with the party, not counted in `guests` (the places in the room). */
  infants?: number;
  /** Rooms still to book when the guest asked for several: the party shares them, one booking each. */
  rooms?: number;
  /** Each room's places in booking order (`roomsInOrder`), when the guest said them ("una para 2 y otra para 1"): they add up to `guests`. */
  roomParties?: number[];
  /** The room offered is the next of several: a "no" to it drops it and the rest (`rooms`). */
  nextRoom?: boolean;
  /** With `nextRoom`: how many of the party the rooms already booked for this request sleep ("al final somos 6" counts them). */
  partyBooked?: number;
  /** With `nextRoom`: the kind of the room just booked, so that a reminder says "the other" only of the same kind. */
  bookedRoomTypeId?: string;
  /** The kinds of the rooms after this one, when the guest named one per room ("una doble y una individual"). */
  nextRoomTypes?: string[];
  /** The kinds (`roomTypeId`, `nextRoomTypes`) are the bot's cheapest mix, not the guest's: a change to the stay drops them. */
  kindsProposed?: boolean;
  /** The rooms of each kind were shown with their total: a booking goes on to the first room's summary. */
  kindsShown?: boolean;
  /** The bot chose `rooms` for a party no room takes: it may add one when those cannot take them. */
  roomsSplit?: boolean;
  roomTypeId?: string;
  guestName?: string;
  /** The guest, who gave a first name alone, was asked the surname (once: an answer without one keeps the name). */
  surnameAsked?: boolean;
  /** The names of the rooms after this one, when the guest gave one ("and another one for my brother, under Mark Johnson"). */
  nextRoomNames?: Array<string | null>;
  /** Which rooms after this one are for others than the guest ("y otra para mis padres"): each is asked its own name. */
  nextRoomsForOthers?: boolean[];
  /** The e-mail the guest gave for the booking ("mi email es ana@example.com"): the PMS's contact, beside the phone. */
  email?: string;
  /** Fixed when the summary is shown: confirming twice (or a retried job) books once. */
  bookingKey?: string;
  /** The rooms' total the offer or the summary shown states: "¿cuánto es en total con todo?" adds the extras to it. */
  quote?: Quote;
  /** The booking is for someone else ("para mi madre"): the conversation's name is not theirs. */
  forAnother?: boolean;
  /** The booking this one replaces ("cambia las fechas al 13"): its code, to cancel once this one is made. */
  replaces?: string;
  /** Days of the stay said with another weekday ("el viernes 12", a Saturday): the guest may correct them. */
  weekdaySlips?: WeekdaySlip[];
  /** What the guest asked that no booking promises ("una habitación tranquila"): noted for the staff. */
  requests?: SpecialRequest[];
}

/** A day said with a weekday it is not (0 Sunday … 6 Saturday), and, for the arrival, whether the departure was said by its day. */
export interface WeekdaySlip {
  date: string;
  weekday: number;
  departureSaid?: boolean;
}

/** A total shown to the guest, in the PMS's currency. */
export interface Quote {
  total: number;
  currency: string;
}

/** The slots once the stay is known: its days and its party. */
export type Stay = BookingSlots & { checkIn: string; checkOut: string; guests: number };

export function isStay(slots: BookingSlots): slots is Stay {
  return Boolean(slots.checkIn && slots.checkOut && slots.guests);
}

/** The booking slots out of the stored dialogue (which is untyped JSON). */
export function readBookingSlots(slots: Record<string, unknown>): BookingSlots {
  return {
    mode: slots.mode === 'book' ? 'book' : 'browse',
    step: oneOf(slots.step, ['offer', 'summary', 'sold_out', 'change'] as const),
    checkIn: isoDate(slots.checkIn),
    checkOut: isoDate(slots.checkOut),
    nights: count(slots.nights),
    periodFrom: isoDate(slots.periodFrom),
    periodTo: isoDate(slots.periodTo),
    guests: typeof slots.guests === 'number' && Number.isInteger(slots.guests) ? slots.guests : undefined,
    children: count(slots.children),
    infants: count(slots.infants),
    rooms:
      typeof slots.rooms === 'number' && Number.isInteger(slots.rooms) && slots.rooms > 1
        ? slots.rooms
        : undefined,
    roomParties: roomPartiesOf(slots),
    nextRoom: slots.nextRoom === true ? true : undefined,
    partyBooked: count(slots.partyBooked),
    bookedRoomTypeId: typeof slots.bookedRoomTypeId === 'string' ? slots.bookedRoomTypeId : undefined,
    nextRoomTypes:
      Array.isArray(slots.nextRoomTypes) && slots.nextRoomTypes.every((id) => typeof id === 'string')
        ? slots.nextRoomTypes
        : undefined,
    kindsProposed: slots.kindsProposed === true ? true : undefined,
    kindsShown: slots.kindsShown === true ? true : undefined,
    roomsSplit: slots.roomsSplit === true ? true : undefined,
    roomTypeId: typeof slots.roomTypeId === 'string' ? slots.roomTypeId : undefined,
    guestName: typeof slots.guestName === 'string' ? slots.guestName : undefined,
    surnameAsked: slots.surnameAsked === true ? true : undefined,
    nextRoomNames:
      Array.isArray(slots.nextRoomNames) &&
      slots.nextRoomNames.every((name) => name === null || typeof name === 'string')
        ? (slots.nextRoomNames as Array<string | null>)
        : undefined,
    nextRoomsForOthers:
      Array.isArray(slots.nextRoomsForOthers) &&
      slots.nextRoomsForOthers.every((flag) => typeof flag === 'boolean')
        ? slots.nextRoomsForOthers
        : undefined,
    email: typeof slots.email === 'string' ? slots.email : undefined,
    ...readStayExtras(slots),
    ...readExtraCounts(slots),
    bookingKey: typeof slots.bookingKey === 'string' ? slots.bookingKey : undefined,
    quote: quoteOf(slots.quote),
    forAnother: slots.forAnother === true ? true : undefined,
    replaces: typeof slots.replaces === 'string' ? slots.replaces : undefined,
    weekdaySlips: weekdaySlipsOf(slots.weekdaySlips),
    requests: readSpecialRequests(slots.requests),
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
export const STAY_FIELDS = [
  'checkIn',
  'checkOut',
  'guests',
  'children',
  'infants',
  'rooms',
  'roomParties',
  'roomTypeId',
  'nextRoomTypes',
] as const;

/** Each room's places, when there is one count per room still to book and they add up to the party. */
export function roomPartiesOf(slots: {
  guests?: unknown;
  rooms?: unknown;
  roomParties?: unknown;
}): number[] | undefined {
  const parties = slots.roomParties;
  if (!Array.isArray(parties) || parties.length !== slots.rooms) return undefined;
  const counted = parties.map(count).filter((places): places is number => places !== undefined);
  const total = counted.reduce((sum, places) => sum + places, 0);
  return counted.length === parties.length && total === slots.guests ? counted : undefined;
}

function weekdaySlipsOf(value: unknown): WeekdaySlip[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const slips = value.filter(
    (slip): slip is WeekdaySlip =>
      typeof slip === 'object' &&
      slip !== null &&
      isoDate((slip as WeekdaySlip).date) !== undefined &&
      typeof (slip as WeekdaySlip).weekday === 'number',
  );
  return slips.length > 0 ? slips : undefined;
}

function quoteOf(value: unknown): Quote | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { total, currency } = value as Record<string, unknown>;
  return typeof total === 'number' && typeof currency === 'string' ? { total, currency } : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
