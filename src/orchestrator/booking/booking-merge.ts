import { isValidDate, shiftIsoDate, toIsoDate } from '../../nlp/entities/calendar';
import { arrivesInSmallHours } from '../dialogue/arrival-time';
import type { Turn } from '../dialogue/turn';
import { anotherRoomAdded, nameTheRooms } from './another-room';
import { mergeExtrasOf } from './extras-merged';
import { setAsideBreakfastParty } from './extra-counts';
import { type BookingSlots, isStay, roomPartiesOf, STAY_FIELDS, type Stay } from './booking-slots';
import { arrivalInMonthSaid } from './arrival-month';
import { babiesJoined, partyAdded } from './party-joined';
import { firstOfKinds, kindsAsked, roomShares, sharesByKind } from './room-shares';
import { kindsKnownFor, roomKindsNamed, roomsInOrder } from './rooms-in-order';
import { departureOf, nightsOf } from './stay-dates';
import {
  addsANight,
  countsWholeParty,
  inTheStaysMonth,
  inTheStaysWeek,
  isForAnother,
  nightsChange,
  roomsKept,
  saysFrom,
  saysUntil,
  weekdayInTheStaysWeek,
} from './stay-changes';
import { rereadSlipAnswer } from './slip-rereading';
import { stayCorrected, weekdaySlipsOfStay } from './weekday-slips';
import { stayMonthFor } from './weekday-warnings-moved';
import { periodStartNamed, wholePeriodTaken } from './whole-period';
import { dayShiftedStay, nightsMeant } from './draft-stay-moves';
import { otherRoomMeant } from './other-room-meant';

/**
 * Folds what the guest just said into the slots: a date range, a start date with a number of nights,
 * a second date answering "until when?", the party size, the room, the name. A change to the stay
 * invalidates the summary (and its booking key). Returns whether the stay changed.
 */
export function mergeBookingEntities(turn: Turn, slots: BookingSlots): boolean {
  // Also on a yes ("saturday is fine" at the room offered), which does not pass through `continue`.
  rereadSlipAnswer(turn, slots);
  setAsideBreakfastParty(turn);
  const stayOf = (): string => JSON.stringify(STAY_FIELDS.map((field) => slots[field]));
  const before = stayOf();
  // Its party, room and name are the room's it adds, not this booking's.
  if (anotherRoomAdded(turn, slots)) return settleChange(slots);
  wholePeriodTaken(turn, slots);
  otherRoomMeant(turn, slots);
  const range = turn.entity('date_range');
  const dateSaid = turn.entity('date');
  // "Mejor en febrero, del 11 al 13": a month named elsewhere in the message placed the days already.
  // "En enero" answering "which dates?", then "del 3 al 5": the month's days (booking-next-step.ts).
  const stayMonth = stayMonthFor(turn, slots);
  // "Mejor llegamos el lunes" at a stay weeks ahead: that Monday of the stay's week, not next Monday.
  const day = dateSaid && inTheStaysMonth({ checkIn: dateSaid.value.date }, dateSaid.text, stayMonth).checkIn;
  const date = day && dateSaid && weekdayInTheStaysWeek(day, dateSaid.text, slots.checkIn);
  const nights = nightsMeant(turn);
  const checkOutBefore = slots.checkOut;
  const corrected = date ? stayCorrected(turn, slots, date) : null;
  const arrivalInMonth = !dateSaid && !range ? arrivalInMonthSaid(turn, slots) : null;
  const shifted = dayShiftedStay(turn, slots);
  if (shifted) {
    // "We'll arrive one day later" at a stay known (heard as tomorrow): that end, moved.
    slots.checkIn = shifted.checkIn;
    slots.checkOut = shifted.checkOut;
  } else if (arrivalInMonth) {
    slots.checkIn = arrivalInMonth;
  } else if (corrected) {
    // "Perdona, el viernes 11" after "el viernes 12", a Saturday: that day of the stay, corrected.
    slots.checkIn = corrected.checkIn;
    slots.checkOut = corrected.checkOut;
  } else if (range) {
    const stay = inTheStaysMonth(
      inTheStaysWeek(
        { ...range.value, text: range.text },
        slots.checkIn ?? slots.periodFrom ?? periodStartNamed(turn),
      ),
      range.text,
      stayMonth,
    );
    slots.checkIn = stay.checkIn;
    slots.checkOut = stay.checkOut;
    slots.periodFrom = undefined;
  } else if (date && (nights ?? (slots.checkIn ? undefined : slots.nights)) && !saysUntil(turn)) {
    // Not "salida el 8, o sea una noche más": the day is the departure, the night is in it.
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
  } else if (date && slots.checkIn && slots.checkOut && date < slots.checkOut && saysFrom(turn, true)) {
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
  slots.weekdaySlips = weekdaySlipsOfStay(turn, slots, checkOutBefore);
  const party = partyAdded(turn, slots) ?? turn.entity('guests')?.value ?? babiesJoined(turn, slots);
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
  const inOrder = rooms && roomsInOrder(rooms, kindsKnownFor(turn, rooms.rooms, slots.roomTypeId));
  const roomsBefore = slots.rooms ?? 1;
  if (rooms) {
    slots.roomsSplit = slots.nextRoomNames = undefined;
    slots.rooms = rooms.rooms;
    slots.roomParties = inOrder?.parties;
    slots.nextRoomsForOthers = inOrder?.forOthers?.slice(1);
  }
  // "Al final somos 4": the rooms' places said before no longer add up to the party.
  slots.roomParties = roomPartiesOf(slots);
  const roomTypes = roomKindsNamed(turn, slots.rooms, inOrder?.said);
  if (!rooms && roomTypes.length === 1 && firstOfKinds(slots, roomTypes[0])) {
    // "Yes, standard double first" to a double and a single asked (QA 29: two doubles were booked).
  } else if (roomTypes.length > 0) {
    slots.roomTypeId = roomTypes[0];
    slots.nextRoomTypes = roomTypes.length > 1 ? roomTypes.slice(1) : undefined;
    slots.kindsProposed = undefined;
  } else if (rooms && !party && roomsBefore !== slots.rooms && sleepsMoreThanAShare(turn, slots)) {
    // "Make it 2 rooms" at a double for 2 (QA 28, E21): the rooms that suit each share are listed again.
    slots.roomTypeId = slots.nextRoomTypes = slots.kindsProposed = undefined;
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
  nameTheRooms(turn, slots);
  const email = guestEmailSaid(turn);
  if (email) slots.email = email;
  mergeExtrasOf(turn, slots);
  if (isForAnother(turn.message.text ?? '')) slots.forAnother = true;
  // "Una doble para mí y otra para mis padres": the first room is the guest's own.
  if (inOrder?.forOthers) slots.forAnother = inOrder.forOthers[0] || undefined;
  return stayOf() !== before && settleChange(slots);
}

/** A changed stay: the summary shown (and its booking key) no longer holds. */
function settleChange(slots: BookingSlots): true {
  slots.bookingKey = slots.step = slots.kindsShown = undefined;
  return true;
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
 * "No, la tercera no" / "skip the second room" at an offer or a summary of several rooms: the last
 * rooms go, and the people of their shares with them; one room left is this room alone.
 */
export function dropRooms(turn: Turn, slots: BookingSlots): void {
  const kinds = kindsAsked(slots);
  const rooms = kinds?.length ?? slots.rooms ?? 1;
  // Only said to an offer or a summary: "solo una pregunta…" while asked for a name drops nothing.
  const answersOffer = turn.state.dialogue.awaiting === 'confirmation';
  const kept = answersOffer && isStay(slots) ? roomsKept(turn.message.text ?? '', rooms) : null;
  if (kept === null || !isStay(slots)) return;
  const shares = roomShares(slots);
  slots.guests = shares.slice(0, kept).reduce((sum, share) => sum + share, 0);
  slots.children = undefined;
  slots.rooms = kept > 1 ? kept : undefined;
  slots.roomParties = kept > 1 ? shares.slice(0, kept) : undefined;
  slots.nextRoomTypes = kinds && kept > 1 ? kinds.slice(1, kept) : undefined;
  slots.kindsShown = undefined;
  slots.bookingKey = undefined;
  slots.step = undefined;
}

/** The room chosen sleeps more than each room's share of the party. */
function sleepsMoreThanAShare(turn: Turn, slots: BookingSlots): boolean {
  const room = turn.tenant.roomTypes.find((type) => type.id === slots.roomTypeId);
  return (
    room !== undefined &&
    slots.guests !== undefined &&
    room.maxGuests > Math.ceil(slots.guests / (slots.rooms ?? 1))
  );
}
