import type { Reservation } from '../../pms/pms.types';
import { reservationDetails } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';
import type { StayExtras } from './booking-extras';
import { extrasCost, pricedStayOf } from './extras-total';

/** A room booked, with the extras its total counts. */
export interface BookedRoom {
  reservation: Reservation;
  extras: StayExtras;
}

/**
 * "¿Cuánto es el total de todo?", "what's the total for all rooms?" after several rooms booked in one
 * request (each a booking of its own): each room's total with its extras, and what they all come to.
 */
export function sayTotalTogether(turn: Turn, rooms: BookedRoom[]): void {
  let roomsTotal = 0;
  let extrasTotal = 0;
  const lines = rooms.map(({ reservation, extras }) => {
    const { cost, names } = extrasCost(turn, extras, pricedStayOf(reservation));
    roomsTotal += reservation.total;
    extrasTotal += cost;
    return turn.text('status.total_together_line', {
      ...reservationDetails(turn, reservation),
      total: turn.money(reservation.total + cost, reservation.currency),
      extras: names,
    });
  });
  const currency = rooms[0]?.reservation.currency ?? turn.tenant.currency;
  turn.say('status.total_together', {
    rooms: rooms.length,
    lines: lines.join('\n'),
    total: turn.money(roomsTotal + extrasTotal, currency),
    extras: extrasTotal > 0 ? 'some' : 'none',
    roomTotal: turn.money(roomsTotal, currency),
    extrasTotal: turn.money(extrasTotal, currency),
  });
}
