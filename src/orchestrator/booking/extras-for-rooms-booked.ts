import type { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsUnavailableError } from '../../pms/pms.errors';
import type { Turn } from '../dialogue/turn';
import { bookedTogether } from './booked-together';
import { extrasAddedNow } from './booking-extras';
import type { BookingSlots } from './booking-slots';
import { noteExtrasForAll, saysEveryRoom } from './extras-for-booking';

/**
 * "Y añadir parking a las dos" while the next room of a request waits for its yes (QA 31, H10: the
 * room still to book got it, the one booked did not): the rooms of the request already booked get
 * it too, the staff told. A PMS that cannot be read leaves them as they are.
 */
export async function noteExtrasForRoomsBooked(
  turn: Turn,
  pms: PmsAdapter,
  slots: BookingSlots,
): Promise<void> {
  if (!slots.nextRoom || !saysEveryRoom(turn.message.text ?? '')) return;
  const added = extrasAddedNow(turn);
  const booked = bookedTogether(turn.state);
  if (added.length === 0 || booked.length === 0) return;
  try {
    const found = await Promise.all(
      booked.map((reference) => pms.getReservation(turn.tenant.id, reference, turn.signal)),
    );
    const extras = Object.fromEntries(added.map((extra) => [extra, true]));
    noteExtrasForAll(
      turn,
      found.filter((reservation) => reservation.status !== 'cancelled'),
      extras,
    );
  } catch (error) {
    // The room being booked still gets the extras; the booked ones can be asked for by their code.
    if (!(error instanceof PmsUnavailableError)) throw error;
  }
}
