import { LockTimeoutError } from '../../lock/lock.errors';
import { roomNightLockKeys } from '../../lock/lock-keys';
import type { LockService } from '../../lock/lock.service';
import type { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsInvalidRequestError, PmsRejectedError } from '../../pms/pms.errors';
import { endFlow, startFlow } from '../dialogue/conversation-state';
import { rememberCotsNoted } from '../dialogue/cots-noted';
import { rememberBooking } from '../dialogue/known-bookings';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import { rememberStay } from '../dialogue/same-dates';
import type { Turn } from '../dialogue/turn';
import { rememberBookedEmail } from './booked-emails';
import { extrasLines, extrasStaffNotices } from './extras-lines';
import { grandTotal } from './extras-total';
import { rememberBookedExtras } from './booked-total';
import { rememberBookedTogether } from './booked-together';
import { type Stay, writeBookingSlots } from './booking-slots';
import { offerNextRoom } from './next-room';
import { partyInRoom } from './room-shares';
import { nightsOf } from './stay-dates';
import { sayInvalidDates } from './booking-notes';
import { askToCancel } from './cancel-question';
import { bookingChanged } from './own-booking-hold';
import { rememberBookedInstead } from './replaced-booking-kept';

/** Room-night locks are held for one PMS write; a guest waits this long behind another booking. */
const BOOKING_LOCK_WAIT_MS = 3000;
const BOOKING_LOCK_TTL_MS = 30_000;

/** A summarised stay, ready to book: its room, its name and the key the summary fixed. */
export type SummarisedStay = Stay & { roomTypeId: string; guestName: string; bookingKey: string };

/**
 * Books the summarised stay in the PMS under its room-night locks, with the summary's idempotency
 * key; tells the guest (and the staff, of what the PMS cannot hold), then offers the next of several
 * rooms. A failure is answered so that a second yes is safe: the same key books once.
 */
export async function placeBooking(
  ports: { pms: PmsAdapter; locks: LockService },
  turn: Turn,
  stay: SummarisedStay,
): Promise<void> {
  const tenantId = turn.tenant.id;
  // The e-mail the guest gave wins over the address they write from.
  const contact =
    turn.message.channel === 'gmail'
      ? { email: stay.email ?? turn.message.from }
      : { phone: turn.message.from, ...(stay.email ? { email: stay.email } : {}) };
  try {
    const reservation = await ports.locks.withLock(
      roomNightLockKeys(tenantId, stay.roomTypeId, stay.checkIn, stay.checkOut),
      (signal) =>
        ports.pms.createReservation(
          {
            tenantId,
            checkIn: stay.checkIn,
            checkOut: stay.checkOut,
            roomTypeId: stay.roomTypeId,
            guests: partyInRoom(stay),
            guestName: stay.guestName,
            contact,
            idempotencyKey: stay.bookingKey,
          },
          signal,
        ),
      {
        waitMs: BOOKING_LOCK_WAIT_MS,
        ttlMs: BOOKING_LOCK_TTL_MS,
        owner: `booking:${stay.bookingKey}`,
        signal: turn.signal,
      },
    );
    // What comes along is paid at the hotel, apart from the room: the total is the room's and the
    // extras' ("Total 411 € (habitación 327 € + extras 84 €)"), each extra said under it. Breakfast is
    // for those in this room: each of several rooms carries its own share.
    const priced = {
      nights: nightsOf(stay),
      guests: partyInRoom(stay),
      roomTotal: reservation.total,
      currency: reservation.currency,
    };
    const confirmed = turn.text('booking.confirmed', {
      reference: reservation.reference,
      room: turn.roomName(reservation.roomTypeId),
      checkIn: turn.date(reservation.checkIn),
      checkOut: turn.date(reservation.checkOut),
      total: grandTotal(turn, stay, priced) ?? turn.money(reservation.total, reservation.currency),
      checkInTime: turn.tenant.info.checkIn,
    });
    turn.sayText([confirmed, ...extrasLines(turn, stay, priced.nights, priced.guests)].join('\n'));
    // The PMS booking has no place for a pet or a parking space: the hotel's staff are told, as for a handover.
    turn.staffNotices.push(
      ...extrasStaffNotices(turn, stay, {
        reference: reservation.reference,
        room: turn.roomName(reservation.roomTypeId),
        checkIn: reservation.checkIn,
        checkOut: reservation.checkOut,
        name: stay.guestName,
        guests: priced.guests,
      }),
    );
    if (stay.infants) rememberCotsNoted(turn.state, reservation.reference, stay.infants);
    // The name of the first booking for the guest is theirs; a room for others is under someone else's.
    if (!stay.forAnother) turn.state.guestName ??= stay.guestName;
    endFlow(turn.state);
    // Who it was for: "cancela la de mis padres" later means a booking made for someone else.
    rememberBooking(turn.state, reservation.reference, stay.forAnother === true);
    rememberBookedExtras(turn.state, reservation.reference, stay);
    rememberBookedEmail(turn.state, reservation.reference, stay.email);
    rememberBookedTogether(turn.state, reservation.reference, stay);
    rememberStay(turn.state, reservation);
    if (stay.rooms) {
      // Several rooms in place of one booking: it is still on, and how to cancel it is said at once.
      if (stay.replaces) turn.say('booking.replaces', { reference: stay.replaces });
      await offerNextRoom(ports.pms, turn, stay);
    } else if (stay.replaces)
      await askToCancelReplaced(ports.pms, turn, stay.replaces, reservation.reference);
  } catch (error) {
    bookingFailed(turn, stay, error);
  }
}

/**
 * A new stay booked in place of a booking made before (the PMS changes no booking): that one is still
 * on, and the guest is asked whether to cancel it, with any late charge, rather than left to say
 * "cancela la …" (or to forget it and keep two rooms). Told how to, if the PMS cannot show it now.
 */
async function askToCancelReplaced(
  pms: PmsAdapter,
  turn: Turn,
  reference: string,
  booked: string,
): Promise<void> {
  const replaced = await bookingChanged(pms, turn, reference);
  if (!replaced) return turn.say('booking.replaces', { reference });
  if (replaced.status === 'cancelled') return;
  startFlow(turn.state, 'cancel_reservation');
  askToCancel(turn, replaced, turn.text('booking.replaced_still_on', { reference }));
  rememberBookedInstead(turn, booked);
}

function bookingFailed(turn: Turn, stay: Stay, error: unknown): void {
  if (error instanceof LockTimeoutError) {
    turn.askToConfirm(turn.text('booking.busy'));
    return; // still awaiting the confirmation, with the same booking key
  }
  if (
    error instanceof PmsRejectedError &&
    (error.reason === 'no_availability' || error.reason === 'unknown_room_type')
  ) {
    turn.askToConfirm(turn.text('booking.sold_out'));
    writeBookingSlots(turn, { ...stay, roomTypeId: undefined, bookingKey: undefined, step: 'sold_out' });
    return;
  }
  if (error instanceof PmsInvalidRequestError) {
    sayInvalidDates(turn, error.reason);
    writeBookingSlots(turn, {
      ...stay,
      checkIn: undefined,
      checkOut: undefined,
      bookingKey: undefined,
      step: undefined,
    });
    turn.state.dialogue.awaiting = 'dates';
    return;
  }
  if (answerPmsUnavailable(turn, error)) return; // the guest may say yes again: same key, one booking
  throw error;
}
