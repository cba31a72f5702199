import type { Entity } from '../../nlp/nlp.types';
import type { Reservation } from '../../pms/pms.types';
import { arrivalMovedTo, nightsOf } from '../booking/stay-dates';
import { shiftIsoDate } from '../../nlp/entities/calendar';
import {
  asksToChangeTheParty,
  correctsTheDays,
  peopleAdded,
  stayEndNamed,
} from '../dialogue/booking-change-wording';
import { isPartOfBookingName } from '../dialogue/booking-owner';
import { keepsTheNights, movesTheArrivalTo } from '../dialogue/move-wording';
import { partnerJoinsOne } from '../dialogue/someone-joining';
import { stayMovedByDays } from '../dialogue/stay-moved-by-days';
import type { Turn } from '../dialogue/turn';

// How a change asked of a booking made reads against it: what the guest says of the booking as it is,
// and which day of it they move.

/**
 * Whether the entity says what the booking already is ("reservé una doble del 12 al 14 a nombre de
 * Carlos"): its days, its room (or words that fit it), its party, its name or part of it, its arrival.
 * Such details describe the booking to change, not the change.
 */
export function describesTheBooking(turn: Turn, entity: Entity, booking: Reservation): boolean {
  switch (entity.type) {
    case 'date_range':
      return entity.value.checkIn === booking.checkIn && entity.value.checkOut === booking.checkOut;
    case 'date': {
      // "Añade la noche del 15" to a stay ending the 15th adds it: the departure only when said as one.
      const end = stayEndNamed(turn.message.text ?? '', entity.start, entity.end) ?? 'checkIn';
      return entity.value.date === booking[end];
    }
    case 'room_type':
      return (
        entity.value.roomTypeId === booking.roomTypeId ||
        (entity.value.alsoFits ?? []).includes(booking.roomTypeId)
      );
    case 'guests':
      return entity.value.total === booking.guests;
    case 'guest_name':
      return isPartOfBookingName(entity.value.name, booking.guestName);
    default:
      return false;
  }
}

/** A booking's stay moved, and the entities the guest said it with (not to be read again as days). */
export interface MovedStay {
  checkIn: string;
  checkOut: string;
  read: Entity[];
}

/**
 * "Al final llegamos el 13", "cámbiame la salida al 15": the stay with the day named as its arrival
 * or its departure, the other end as booked (an arrival past the departure keeps the nights); "nos
 * vamos un día antes": with that end moved by those days (which may leave no night). Null when the
 * message names no such day.
 */
export function stayMoved(turn: Turn, booking: Reservation): MovedStay | null {
  const shifted = stayShifted(turn, booking);
  if (shifted) return shifted;
  const days = turn.entities('date');
  if (days.length !== 1 || turn.entity('date_range')) return null;
  const [day] = days;
  const date = day.value.date;
  const text = turn.message.text ?? '';
  // "Perdón, quise decir el 13": the arrival corrected (the stay moved with its nights when the day is past its end).
  // "¿Se puede cambiar la fecha al 20? mismas noches": the stay moved there, its nights kept.
  if (keepsTheNights(text) || (movesTheArrivalTo(text, turn.nlu) && !stayEndNamed(text, day.start, day.end)))
    return { checkIn: date, checkOut: shiftIsoDate(date, nightsOf(booking)), read: [day] };
  const corrected = correctsTheDays(text) ? 'checkIn' : null;
  const end = stayEndNamed(text, day.start, day.end) ?? corrected;
  if (end === 'checkIn') return { ...arrivalMovedTo(booking, date), read: [day] };
  if (end === 'checkOut' && date > booking.checkIn)
    return { checkIn: booking.checkIn, checkOut: date, read: [day] };
  return null;
}

/** "Llegamos un día antes", "we'll check out two days early": that end of the stay, moved. */
function stayShifted(turn: Turn, booking: Reservation): MovedStay | null {
  const moved = stayMovedByDays(turn.message.text ?? '', booking);
  if (!moved) return null;
  // "Un día" in "un día antes" reads, to the NLU, as a day from today.
  const read = turn.entities('date').filter((day) => day.start < moved.end && day.end > moved.start);
  return { checkIn: moved.checkIn, checkOut: moved.checkOut, read };
}

/**
 * "¿Puedo añadir una persona más?" (a party of one, to the NLU): those booked and the one added; "al
 * final somos 3": the party said. Null when the message asks no other party.
 */
export function partyAsked(turn: Turn, booking: Reservation): number | null {
  const text = turn.message.text ?? '';
  // "Cambio a una doble porque al final viene mi pareja" to a booking for one.
  if (partnerJoinsOne(text, booking.guests)) return 2;
  if (!asksToChangeTheParty(text, turn.nlu)) return null;
  const added = peopleAdded(text);
  const party = added === null ? turn.entity('guests')?.value.total : booking.guests + added;
  return party && party !== booking.guests ? party : null;
}

/**
 * The room for a new party: the booking's while it sleeps them, else the smallest (then cheapest) of
 * the hotel's that does; undefined when none does (the party is then shared among rooms).
 */
export function roomForParty(turn: Turn, booking: Reservation, party: number): string | undefined {
  const rooms = turn.tenant.roomTypes;
  const booked = rooms.find((room) => room.id === booking.roomTypeId);
  if (booked && booked.maxGuests >= party) return booked.id;
  const fitting = rooms
    .filter((room) => room.maxGuests >= party)
    .sort((a, b) => a.maxGuests - b.maxGuests || a.rate - b.rate);
  return fitting[0]?.id;
}
