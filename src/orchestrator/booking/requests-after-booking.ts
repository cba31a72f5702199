import type { Reservation } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import { roomsBookedWith } from './booked-together';
import { extrasStaffNotices } from './extras-lines';
import { specialRequestsIn } from './special-requests';

/**
 * "Por cierto, es nuestro aniversario", "could we have a quiet room?" once booked: noted for the
 * booking (every room of it, when it was booked with others in one request) and the staff told,
 * never promised. False, with nothing said, when the message names no such request.
 */
export function noteRequestsAfterBooking(turn: Turn, found: readonly Reservation[]): boolean {
  const requests = specialRequestsIn(turn.message.text ?? '');
  const latest = found[found.length - 1];
  if (requests.length === 0 || !latest) return false;
  const together = new Set(roomsBookedWith(turn.state, latest.reference));
  const bookings = together.size > 0 ? found.filter(({ reference }) => together.has(reference)) : [latest];
  for (const booking of bookings) {
    turn.staffNotices.push(
      ...extrasStaffNotices(
        turn,
        { requests },
        {
          reference: booking.reference,
          room: turn.roomName(booking.roomTypeId),
          checkIn: booking.checkIn,
          checkOut: booking.checkOut,
          name: booking.guestName,
        },
      ),
    );
  }
  const named = requests.map((request) => turn.text('booking.request', { request }));
  turn.say('status.requests_noted', {
    count: bookings.length,
    references: turn.list(bookings.map(({ reference }) => reference)),
    requests: turn.list(named),
  });
  return true;
}
