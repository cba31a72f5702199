import { Injectable } from '@nestjs/common';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import type { Reservation } from '../../pms/pms.types';
import { bookedEmailOf } from '../booking/booked-emails';
import { extrasAskedFor, extrasDeclined } from '../booking/booking-extras';
import { dropExtrasOf } from '../booking/extras-dropped';
import { noteConfirmationEmail } from '../booking/confirmation-email';
import {
  asksAnExtra,
  bookingsForExtras,
  noteExtras,
  noteExtrasForAll,
  saysEveryRoom,
} from '../booking/extras-for-booking';
import { noteNameChange, noteRequestsAfterBooking } from '../booking/requests-after-booking';
import { nightsOf } from '../booking/stay-dates';
import { BookingFlow } from '../booking/booking-flow';
import {
  endFlow,
  isBookingPending,
  startFlow,
  isReplacedBookingPending,
} from '../dialogue/conversation-state';
import { asksToUndoCancellation } from '../dialogue/cancellation-wording';
import {
  asksForOtherNights,
  asksToChangeTheParty,
  asksToMoveTheStay,
  putsAnotherInItsPlace,
  wantsBookingChanged,
} from '../dialogue/booking-change-wording';
import { changesTheName, correctsTheNights } from '../dialogue/booking-corrections-wording';
import { asksNameOnBooking } from '../dialogue/booking-readings';
import { declinedRebook } from '../dialogue/declined-rebook';
import { asksLateCheckOutForBooking } from '../dialogue/late-checkout-request';
import { extrasTakenFor, rememberExtrasAsked } from '../dialogue/extras-taken';
import { IntentHandler } from '../dialogue/intent-handler';
import { knownReferences, rememberBooking } from '../dialogue/known-bookings';
import { findGuestReservations } from '../dialogue/reservation-lookup';
import { bookedExtrasOf, statusDetails } from '../booking/booked-total';
import { cotsNoted } from '../dialogue/cots-noted';
import { rememberStay } from '../dialogue/same-dates';
import type { Turn } from '../dialogue/turn';
import { describesTheBooking, partyAsked, roomForParty, stayMoved } from './rebooking';

/** What a change must name to be looked for as a new stay: its days or its room. */
const REBOOKED = ['date_range', 'date', 'nights', 'room_type'] as const;

/**
 * "¿Cómo está mi reserva K7QX2M?": the reservation as the PMS has it; "mis reservas" without a code:
 * every booking of this conversation. Asked while a room offer or a summary waits for a yes, it is a
 * side question: the booking stays pending (and is asked for again).
 */
@Injectable()
export class ReservationStatusHandler extends IntentHandler {
  readonly intent = 'reservation_status';

  constructor(
    private readonly pms: PmsAdapter,
    private readonly booking: BookingFlow,
  ) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    // "Mis reservas" at the summary of a first booking: none yet, and the one pending stays (asked again).
    if (
      isBookingPending(turn.state) &&
      !turn.entity('reference') &&
      knownReferences(turn.state).length === 0
    ) {
      turn.say('status.none_yet');
      return;
    }
    const found = await findGuestReservations(turn, this.pms, 'reservation_status');
    if (!found) return;
    // "No, lo dejamos como estaba pero con desayuno" after saying no to a night more: the booking as it was.
    const declined = declinedRebook(turn.state);
    // "Vale, añádelo" after the price of breakfast: the extra the last answer was about (read before
    // the flow ends, which forgets it).
    const taken = extrasTakenFor(turn);
    // "Vale, apúntamelo" after the late check-out's terms: read before the flow ends, too.
    const lateCheckOut = asksLateCheckOutForBooking(turn.message.text ?? '', turn.state);
    // "¿Mi reserva sigue activa?" at "¿cancelo la anterior?" after a change was booked: that question
    // stays, asked again after the answer.
    const keeps = isBookingPending(turn.state) || isReplacedBookingPending(turn.state);
    if (!keeps || declined) endFlow(turn.state);
    // "Can you send me a confirmation email?", "my email is ann@…" once booked (QA 28, E19).
    if (!keeps && !turn.entity('reference') && noteConfirmationEmail(turn, found)) return;
    const extras = { ...extrasAskedFor(turn), ...taken };
    const reservations = asksAnExtra(extras) ? bookingsForExtras(turn, found, declined) : found;
    // "Al final no queremos desayuno, quitadlo": that extra off the booking, never the booking cancelled.
    const dropped = asksAnExtra(extras) ? [] : extrasDeclined(turn.message.text ?? '', turn.nlu);
    // "No queremos desayuno, pero sí una cuna": the cot noted too (review 28, 9).
    if (dropped.length > 0 && dropExtrasOf(turn, reservations, dropped))
      return void noteRequestsAfterBooking(turn, reservations, lateCheckOut);
    if (asksNameOnBooking(turn.message.text ?? '', turn.state)) {
      const reservation = reservations[reservations.length - 1];
      turn.say('status.name', { reference: reservation.reference, name: reservation.guestName });
      return;
    }
    // "The name should be Jake Black": the staff correct it in the PMS.
    if (changesTheName(turn.message.text ?? '', turn.nlu) && noteNameChange(turn, reservations)) return;
    // "Por cierto, es nuestro aniversario": noted for the latest booking, not a status to read.
    if (
      !asksAnExtra(extras) &&
      !turn.entity('reference') &&
      noteRequestsAfterBooking(turn, reservations, lateCheckOut)
    )
      return;
    if (reservations.length === 1) {
      const [reservation] = reservations;
      turn.say('status.found', statusDetails(turn, reservation));
      rememberBooking(turn.state, reservation.reference);
      // "Otra igual para el 20", "same dates" after a booking looked up: this one.
      rememberStay(turn.state, reservation);
      if (asksAnExtra(extras))
        return noteExtras(turn, reservation, extras, declined !== null || asksAnExtra(taken));
      if ((await this.rebook(turn, reservation)) || (await this.bookAgain(turn, reservation))) return;
      this.sayHowToChange(turn);
      return;
    }
    // "Queremos desayuno en las dos": for every room of the request.
    if (asksAnExtra(extras) && saysEveryRoom(turn.message.text ?? ''))
      return noteExtrasForAll(turn, reservations, extras);
    const lines = reservations.map((reservation) =>
      turn.text('status.line', statusDetails(turn, reservation)),
    );
    turn.say('status.list', { lines: lines.join('\n') });
    // "Queremos desayuno" with several bookings and none pointed at: which, before anything is noted.
    if (!asksAnExtra(extras)) return this.sayHowToChange(turn);
    turn.say('status.extras_which');
    rememberExtrasAsked(turn, extras);
  }

  /**
   * "Quiero cambiar las fechas al 13-16 de diciembre": nothing here changes a booking, so the new stay
   * is looked for at once, the rest as booked; once it is booked, the guest hears how to cancel the old
   * one. False when the message names nothing new, or a booking already waits for its yes.
   */
  private async rebook(turn: Turn, reservation: Reservation): Promise<boolean> {
    if (reservation.status === 'cancelled' || isBookingPending(turn.state)) return false;
    const text = turn.message.text ?? '';
    const changes = asksAChange(turn) || asksToMoveTheStay(text, turn.nlu) || putsAnotherInItsPlace(text);
    if (!changes && !asksToChangeTheParty(text, turn.nlu)) return false;
    // "Reservé una doble del 12 al 14, código KQRK7M, quiero añadir una noche": the days and the room
    // say which booking; read as the new stay, they would undo the night added.
    turn.setAside((entity) => describesTheBooking(turn, entity, reservation));
    const moved = stayMoved(turn, reservation);
    const party = partyAsked(turn, reservation);
    if (!moved && !party && !REBOOKED.some((type) => turn.entity(type))) return false;
    if (moved && moved.checkOut <= moved.checkIn) {
      turn.say('status.no_nights_left', { reference: reservation.reference, nights: nightsOf(reservation) });
      return true;
    }
    turn.say('status.rebook', { reference: reservation.reference });
    this.lookAgainFor(turn, reservation, reservation.reference);
    if (party) this.lookForRoomFor(turn, reservation, party);
    // "Book me a single instead": a room for one, asked with no party, is for one.
    else if (!turn.entity('guests') && roomNamedFor(turn) === 1) turn.state.dialogue.slots.guests = 1;
    if (moved) {
      // "Llegamos el 13" reads, to the booking flow, as the departure: the day is placed here. "One more
      // night, leave on the 15th": the day said is the stay's end, the night it adds counted in it.
      Object.assign(turn.state.dialogue.slots, { checkIn: moved.checkIn, checkOut: moved.checkOut });
      turn.setAside((entity) => moved.read.includes(entity) || entity.type === 'nights');
    }
    await this.booking.continue(turn, 'book');
    return true;
  }

  /**
   * "¿Puedo añadir una persona más?": the room for the new party, the one booked while it sleeps
   * them, else the smallest that does (the guest hears why), unless the message names one. The
   * booking flow reads the party from the message itself, as it does at a summary.
   */
  private lookForRoomFor(turn: Turn, reservation: Reservation, party: number): void {
    const slots = turn.state.dialogue.slots;
    if (turn.entity('room_type')) return;
    const room = roomForParty(turn, reservation, party);
    if (room !== reservation.roomTypeId) {
      const booked = turn.tenant.roomTypes.find((type) => type.id === reservation.roomTypeId);
      if (booked && room)
        turn.say('status.rebook_room_for_party', {
          room: turn.roomName(booked.id),
          max: booked.maxGuests,
          guests: party,
          other: turn.roomName(room),
        });
    }
    slots.roomTypeId = room;
  }

  /**
   * "¿Puedo deshacer la cancelación?": a cancelled booking cannot be restored, so the same stay is
   * looked for again, to book anew. False when the booking is not cancelled or nothing of the kind is asked.
   */
  private async bookAgain(turn: Turn, reservation: Reservation): Promise<boolean> {
    if (reservation.status !== 'cancelled' || isBookingPending(turn.state)) return false;
    if (!asksToUndoCancellation(turn.message.text ?? '')) return false;
    turn.say('status.book_again');
    this.lookAgainFor(turn, reservation);
    await this.booking.continue(turn, 'book');
    return true;
  }

  /**
   * The booking flow, started on the reservation's stay, room and name, with what came along with it
   * in this conversation (breakfast, parking, a pet, cots: QA 31, H2, dropped when a stay was moved).
   */
  private lookAgainFor(turn: Turn, reservation: Reservation, replaces?: string): void {
    const infants = cotsNoted(turn.state, reservation.reference);
    startFlow(turn.state, 'make_reservation');
    Object.assign(turn.state.dialogue.slots, {
      ...bookedExtrasOf(turn.state, reservation.reference),
      ...(infants > 0 && { infants }),
      checkIn: reservation.checkIn,
      checkOut: reservation.checkOut,
      guests: reservation.guests,
      roomTypeId: reservation.roomTypeId,
      guestName: reservation.guestName,
      email: bookedEmailOf(turn.state, reservation.reference),
      ...(replaces && { replaces }),
    });
  }

  /**
   * "Quiero cambiar las fechas de mi reserva", "¿puedo añadir parking?": nothing here changes a
   * booking, so the guest hears what can be done instead of the status alone.
   */
  private sayHowToChange(turn: Turn): void {
    if (asksAChange(turn)) turn.say('status.how_to_change', { phone: turn.tenant.info.phone });
  }
}

/** "Quiero cambiar las fechas", "¿podemos quedarnos una noche más?": a change asked of the booking. */
function asksAChange(turn: Turn): boolean {
  const text = turn.message.text ?? '';
  return wantsBookingChanged(text) || asksForOtherNights(text, turn.nlu) || correctsTheNights(text, turn.nlu);
}

/** How many the room the message names sleeps, if it names one. */
function roomNamedFor(turn: Turn): number | undefined {
  const named = turn.entity('room_type')?.value.roomTypeId;
  return turn.tenant.roomTypes.find((type) => type.id === named)?.maxGuests;
}
