import {
  type CalendarDate,
  dayNumberedFrom,
  fromUtcDate,
  isoDaysBetween,
  isValidDate,
  shiftIsoDate,
  toIsoDate,
} from '../../nlp/entities/calendar';
import { arrivesInSmallHours } from '../dialogue/arrival-time';
import type { Turn } from '../dialogue/turn';
import { mergeStayExtras, readStayExtras, type StayExtras } from './booking-extras';
import {
  addsANight,
  countsWholeParty,
  inTheStaysWeek,
  isForAnother,
  nightsChange,
  saysFrom,
  saysUntil,
} from './stay-changes';

/** Where a booking conversation stands; kept in the session's dialogue slots. */
export interface BookingSlots extends StayExtras {
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
  guests?: number;
  /** Of `guests`, how many are children: the replies name them ("2 adultos y 2 niños"). */
  children?: number;
  /** Babies in a cot: with the party, not counted in `guests` (the places in the room). */
  infants?: number;
  /** Rooms still to book when the guest asked for several: the party shares them, one booking each. */
  rooms?: number;
  /** Each room's places, largest first, when the guest said them ("una para 2 y otra para 1"): they add up to `guests`. */
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
  /** The e-mail the guest gave for the booking ("mi email es ana@example.com"): the PMS's contact, beside the phone. */
  email?: string;
  /** Fixed when the summary is shown: confirming twice (or a retried job) books once. */
  bookingKey?: string;
  /** The booking is for someone else ("para mi madre"): the conversation's name is not theirs. */
  forAnother?: boolean;
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
    email: typeof slots.email === 'string' ? slots.email : undefined,
    ...readStayExtras(slots),
    bookingKey: typeof slots.bookingKey === 'string' ? slots.bookingKey : undefined,
    forAnother: slots.forAnother === true ? true : undefined,
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
    const stay = inTheStaysWeek({ ...range.value, text: range.text }, slots.checkIn ?? slots.periodFrom);
    slots.checkIn = stay.checkIn;
    slots.checkOut = stay.checkOut;
    slots.periodFrom = undefined;
  } else if (date && (nights ?? (slots.checkIn ? undefined : slots.nights))) {
    // "2 noches" now, or said before the first day ("una doble 2 noches para 2", then "desde el 10").
    slots.checkIn = date;
    slots.checkOut = shiftIsoDate(date, nights ?? slots.nights ?? 1);
    slots.nights = undefined;
  } else if (
    date &&
    slots.checkIn &&
    slots.checkOut &&
    date > slots.checkIn &&
    date < slots.checkOut &&
    arrivesInSmallHours(turn.message.text ?? '')
  ) {
    // "Llegamos el 13 de madrugada" to a stay from the 12th: the night of the 12th is theirs; nothing moves.
  } else if (date && slots.checkIn && slots.checkOut && addsAdjacentNight(turn, slots, date)) {
    // "Añade la noche del 11" to a stay from the 12th: it starts the 11th; "la del 14 también", it ends the 15th.
    if (date < slots.checkIn) slots.checkIn = date;
    else slots.checkOut = shiftIsoDate(date, 1);
  } else if (date && slots.checkIn && slots.checkOut && date < slots.checkOut && saysFrom(turn)) {
    // "Desde el 11", "cambia la entrada al 11" for a stay to the 14th: the arrival moves, the departure stays.
    slots.checkIn = date;
  } else if (date) {
    // "¿Hasta qué día?" after an arrival on the 3rd of January: "el 5" is the 5th after it (read as
    // the 5th of December, the next one from today); so is "hasta el 17" when the stay is known. A
    // day that month lacks keeps the arrival only.
    if (slots.checkIn && saysUntil(turn)) slots.checkOut = undefined;
    const until = departureOf(slots, date);
    if (!until) {
      slots.checkIn = date;
      slots.checkOut = undefined;
    } else if (isValidDate(until)) slots.checkOut = toIsoDate(until);
  } else if (turn.entity('no_such_date')) {
    // "Del 27 al 29 de febrero" in 2027: no day of it is taken. Answering "until when?", the arrival stays.
    if (slots.checkOut) slots.checkIn = undefined;
    slots.checkOut = undefined;
  } else if (nights && !slots.checkIn) {
    slots.nights = nights;
  } else if (nights && slots.checkIn) {
    // "Una noche más" at a summary adds to the stay; "3 noches" is its whole length.
    const change = slots.checkOut ? nightsChange(turn.message.text ?? '', nights) : null;
    const length = change === null ? nights : Math.max(1, nightsOf(slots as Stay) + change);
    slots.checkOut = shiftIsoDate(slots.checkIn, length);
  }
  const party = turn.entity('guests')?.value;
  const rest = partyLeft(turn, slots);
  if (rest !== null) {
    // "Al final somos 6" with 3 in the room booked: the rooms still to book are for the other 3.
    if (slots.roomsSplit && rest !== slots.guests) slots.rooms = slots.roomsSplit = undefined;
    slots.guests = rest;
    slots.children = slots.infants = undefined;
  } else if (party?.total) {
    // Rooms the bot chose for the party before are chosen again for this one.
    if (slots.roomsSplit && party.total !== slots.guests) slots.rooms = slots.roomsSplit = undefined;
    slots.guests = party.total;
    slots.children = party.children || undefined;
    slots.infants = party.infants || undefined;
  }
  const rooms = turn.entity('rooms')?.value;
  if (rooms) {
    slots.roomsSplit = undefined;
    slots.rooms = rooms.rooms;
    slots.roomParties = rooms.parties && [...rooms.parties].sort((a, b) => b - a);
  }
  // "Al final somos 4": the rooms' places said before no longer add up to the party.
  slots.roomParties = roomPartiesOf(slots);
  const roomTypes = roomTypesNamed(turn, slots.rooms);
  if (roomTypes.length > 0) {
    slots.roomTypeId = roomTypes[0];
    slots.nextRoomTypes = roomTypes.length > 1 ? roomTypes.slice(1) : undefined;
    slots.kindsProposed = undefined;
  } else if (slots.kindsProposed && stayOf() !== before) {
    // Another party or other dates may be best served by other kinds: looked for again.
    slots.roomTypeId = slots.nextRoomTypes = slots.kindsProposed = undefined;
  }
  const kinds = kindsAsked(slots);
  if (kinds && !slots.roomParties && slots.guests) {
    const sleeps = (id: string): number =>
      turn.tenant.roomTypes.find((room) => room.id === id)?.maxGuests ?? 0;
    slots.roomParties = sharesByKind(slots.guests, kinds.map(sleeps));
  }
  const name = turn.entity('guest_name')?.value.name;
  if (name) slots.guestName = name;
  const email = guestEmailSaid(turn);
  if (email) slots.email = email;
  mergeStayExtras(turn, slots);
  if (isForAnother(turn.message.text ?? '')) slots.forAnother = true;
  const changed = stayOf() !== before;
  if (changed) {
    slots.bookingKey = undefined;
    slots.step = undefined;
    slots.kindsShown = undefined;
  }
  return changed;
}

/** "Añade la noche del 11": the night before the stay or the one after it, named as a night. */
function addsAdjacentNight(
  turn: Turn,
  slots: { checkIn?: string; checkOut?: string },
  date: string,
): boolean {
  const adjacent = date === shiftIsoDate(slots.checkIn ?? '', -1) || date === slots.checkOut;
  return adjacent && addsANight(turn.message.text ?? '', turn.entity('date')?.start);
}

/** The e-mail address the message gives, unless it is the hotel's own ("os escribí a reservas@…"). */
export function guestEmailSaid(turn: Turn): string | undefined {
  // The last one said: "sofia@empresa.com o mejor sofia.personal@gmail.com".
  const email = turn.entities('email').at(-1)?.value.email;
  const hotels = [turn.tenant.info.email, turn.tenant.handoff.email].map((address) => address?.toLowerCase());
  return email && !hotels.includes(email.toLowerCase()) ? email : undefined;
}

/**
 * The whole party counted at the next of several rooms ("al final somos 6", "we're 6 in total"), less
 * those the rooms already booked sleep: the people still without a room. Null when no whole party is
 * counted (or it is no more than those already housed); "¿y para 3?" is this room's party.
 */
export function partyLeft(turn: Turn, slots: BookingSlots): number | null {
  const total = turn.entity('guests')?.value.total;
  if (!total || !slots.nextRoom || !slots.partyBooked || !countsWholeParty(turn.message.text ?? ''))
    return null;
  return total > slots.partyBooked ? total - slots.partyBooked : null;
}

/**
 * The kinds the message names: one, or one per room when several rooms are asked for ("una doble y
 * una individual"), the largest first, as the rooms' parties are, so that each takes its share.
 */
function roomTypesNamed(turn: Turn, rooms = 1): string[] {
  const named = [...new Set(turn.entities('room_type').map((entity) => entity.value.roomTypeId))];
  if (rooms < 2 || named.length < 2) return named.slice(0, 1);
  const places = (id: string): number => turn.tenant.roomTypes.find((room) => room.id === id)?.maxGuests ?? 0;
  return named.slice(0, rooms).sort((a, b) => places(b) - places(a));
}

/** The kinds of a request naming one per room ("una doble y una individual"), this room's first; else null. */
export function kindsAsked(stay: Pick<BookingSlots, 'roomTypeId' | 'nextRoomTypes'>): string[] | null {
  return stay.roomTypeId && stay.nextRoomTypes ? [stay.roomTypeId, ...stay.nextRoomTypes] : null;
}

/** How many rooms of `roomTypeId` the request still needs: all of them, or those of that kind when each room has one. */
export function roomsNeeded(stay: BookingSlots, roomTypeId: string): number {
  const kinds = kindsAsked(stay);
  return kinds ? kinds.filter((kind) => kind === roomTypeId).length : (stay.rooms ?? 1);
}

/**
 * "Una suite y una doble, somos 6": shared evenly (3 and 3), the double could not take its share;
 * by what each kind sleeps (4 and 2) instead. Undefined when the even shares fit, or nothing does.
 */
export function sharesByKind(guests: number, sleeps: readonly number[]): number[] | undefined {
  const even = roomShares({ guests, rooms: sleeps.length });
  if (even.every((share, i) => share <= sleeps[i])) return undefined;
  const shares: number[] = [];
  let left = guests;
  for (const [i, places] of sleeps.entries()) {
    const share = Math.min(places, left - (sleeps.length - i - 1));
    shares.push(share);
    left -= share;
  }
  return left === 0 && shares.every((share) => share >= 1) ? shares : undefined;
}

/** Each room's places, the first (largest) share first: as the guest said them, or the party shared evenly. */
export function roomShares(stay: { guests: number; rooms?: number; roomParties?: number[] }): number[] {
  if (stay.roomParties) return stay.roomParties;
  const shares: number[] = [];
  let left = stay.guests;
  for (let rooms = stay.rooms ?? 1; rooms > 0; rooms--) {
    shares.push(Math.ceil(left / rooms));
    left -= shares[shares.length - 1];
  }
  return shares;
}

/**
 * The places of the room being booked: what the guest said for it, or the party shared evenly among
 * the rooms still to book (the first takes the odd one).
 */
export function partyInRoom(stay: { guests: number; rooms?: number; roomParties?: number[] }): number {
  return stay.roomParties?.[0] ?? Math.ceil(stay.guests / (stay.rooms ?? 1));
}

/** A party as the replies write it: its adults and children when there are children, else how many. */
export function partyValues(
  guests: number,
  children = 0,
): { guests: number; adults: number; children: number } {
  return { guests, adults: guests - children, children };
}

export function nightsOf(slots: { checkIn: string; checkOut: string }): number {
  return isoDaysBetween(slots.checkIn, slots.checkOut);
}

/**
 * The day a lone date names as the departure of an arrival with none yet: the first day after it with
 * that day of the month (the 5th after 3 January), possibly one the month lacks (29 February 2027
 * after the 27th), which is never moved a month on. Null when the date is no answer to "until when?".
 */
function departureOf(slots: BookingSlots, date: string): CalendarDate | null {
  if (slots.checkIn === undefined || slots.checkOut) return null;
  if (date > slots.checkIn) return fromUtcDate(new Date(`${date}T00:00:00Z`));
  const dayAfter = fromUtcDate(new Date(`${shiftIsoDate(slots.checkIn, 1)}T00:00:00Z`));
  return dayNumberedFrom(dayAfter, Number(date.slice(8, 10)));
}

/** The departure the guest just named, when its month lacks that day ("hasta el 29" after 27 February 2027). */
export function missingDeparture(
  turn: Turn,
  slots: BookingSlots,
): { day: number; month: number; year?: number } | null {
  const date = turn.entity('date')?.value.date;
  if (!date || turn.entity('date_range') || turn.entity('nights')) return null;
  const until = departureOf(slots, date);
  if (!until || isValidDate(until)) return null;
  // 2000 had every day a month can have: a day missing only this year is 29 February.
  const isLeapDay = isValidDate({ ...until, year: 2000 });
  return { day: until.day, month: until.month, year: isLeapDay ? until.year : undefined };
}

/** Each room's places, when there is one count per room still to book and they add up to the party. */
function roomPartiesOf(slots: {
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

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
