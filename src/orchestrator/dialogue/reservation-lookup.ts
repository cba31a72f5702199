import { codeLikeToken } from '../../nlp/entities/identifiers';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsRejectedError } from '../../pms/pms.errors';
import type { Reservation } from '../../pms/pms.types';
import type { PhraseValues } from '../replies/phrasebook';
import type { FlowName } from './conversation-state';
import { isBookingPending, startFlow } from './conversation-state';
import { mayAccess, referenceBeingVerified } from './booking-owner';
import { pointedAt } from './booking-pointed-at';
import { type BookingPlace, namedBookingPlace } from './cancellation-wording';
import { bookingAtPlaceNamed, firstBookingNamed, lastBookingNamed } from './first-booking';
import { offerHuman } from './fallback';
import { lacksTheCode } from './guest-wording';
import { knownReferences } from './known-bookings';
import { answerPmsUnavailable } from './pms-trouble';
import { isForSomeoneElse, madeForOthers } from './someone-elses-booking';
import type { Turn } from './turn';

/** The id of a "which booking?" choice: the code after the prefix. */
export const BOOKING_CHOICE = 'booking:';

/**
 * The reservations the guest means: the one whose code they wrote, else the ones made or looked up
 * earlier in this conversation (oldest first). Asks for the code when there is none; answers "not
 * found" or "cannot check now" itself, in `flow`. Returns null when the guest has been answered
 * already; when it returns reservations, the flow running before is untouched (the caller decides).
 */
export async function findGuestReservations(
  turn: Turn,
  pms: PmsAdapter,
  flow: FlowName,
): Promise<Reservation[] | null> {
  const named = turn.entity('reference')?.value.reference ?? referenceBeingVerified(turn);
  const text = turn.message.text ?? '';
  // "Q1W2E3" typed at "what is your code?" is no code of ours either.
  const typed = turn.state.dialogue.awaiting === 'reference' ? (codeLikeToken(text) ?? undefined) : undefined;
  const misnamed = named ? undefined : (notACode(text) ?? typed);
  if (misnamed) {
    // "cancel booking 12345" is about 12345: never a booking made earlier in the conversation.
    return notFound(turn, misnamed, flow);
  }
  const references = named ? [named] : knownReferences(turn.state);
  if (references.length === 0) {
    // "¿Me dices el código? Está a nombre de Ana Torres": a name is no key to a booking here, but the
    // staff can find it by name.
    if (lacksTheCode(turn.message.text ?? '')) {
      offerHuman(turn, turn.text('reference.offer_human'));
      return null;
    }
    startFlow(turn.state, flow);
    turn.say('ask.reference');
    turn.state.dialogue.awaiting = 'reference';
    return null;
  }
  try {
    const found = await Promise.all(references.map((reference) => lookUp(turn, pms, reference)));
    const reservations = found.filter((reservation) => reservation !== null);
    // A code the guest wrote is theirs to see only with the name on it, where the hotel asks for that.
    if (named && reservations.length === 1 && !mayAccess(turn, reservations[0], flow)) return null;
    // A code the guest wrote, or every remembered one, unknown to the PMS.
    if (reservations.length > 0) return reservations;
    return notFound(turn, references[references.length - 1], flow);
  } catch (error) {
    if (!keepsPendingBooking(turn, flow)) startFlow(turn.state, flow);
    if (answerPmsUnavailable(turn, error)) return null;
    throw error;
  }
}

/**
 * The one reservation the guest means, for a change such as a cancellation: when the conversation
 * holds several that are still on, asks which (their codes as choices) and returns null.
 */
export async function findGuestReservation(
  turn: Turn,
  pms: PmsAdapter,
  flow: FlowName,
): Promise<Reservation | null> {
  const reservations = await findGuestReservations(turn, pms, flow);
  return reservations && pickReservation(turn, reservations, flow);
}

/** Of the reservations found, the one the message points at; else "which one?" is asked (null). */
export function pickReservation(turn: Turn, reservations: Reservation[], flow: FlowName): Reservation | null {
  startFlow(turn.state, flow);
  const onGoing = reservations.filter((reservation) => reservation.status !== 'cancelled');
  // "Cancela la segunda" with one booking: there is no second, and the one there is was not named
  // (unless by its code: "la otra, la K7QX2M").
  const place = turn.entity('reference') ? null : namedBookingPlace(turn.message.text ?? '');
  const text = turn.message.text ?? '';
  const byPlace = turn.entity('reference')
    ? null
    : (firstBookingNamed(text, reservations) ??
      bookingAtPlaceNamed(text, reservations) ??
      lastBookingNamed(text, reservations));
  if (byPlace) return byPlace;
  if (place && onGoing.length === 1 && flow === 'cancel_reservation')
    return offerTheOnlyOne(turn, onGoing[0], place);
  const { pointed: active, missed } = pointedAt(turn, onGoing);
  // "Cancela la del 12" with nothing on the 12th: said, and what there is offered as a choice (never
  // straight to "confirm cancelling" a booking the guest did not name).
  if (missed) turn.say('cancel.none_fits');
  // "Cancela la de mis padres" with no booking under a name the guest said: the one booked in this
  // conversation for someone else ("para mis padres"), or which of several; with none, theirs may have
  // been made elsewhere (its code finds it), so the guest's own is only offered as a choice.
  const forSomeoneElse = !missed && isForSomeoneElse(turn, onGoing, flow);
  const forOthers = forSomeoneElse ? madeForOthers(turn, active) : [];
  if (forOthers.length === 1) return forOthers[0];
  // Theirs, cancelled already: the cancellation says so, rather than "no booking in their name".
  const othersCancelled = forSomeoneElse && forOthers.length === 0 ? madeForOthers(turn, reservations) : [];
  if (othersCancelled.length === 1) return othersCancelled[0];
  if (forSomeoneElse && forOthers.length === 0) turn.say('cancel.not_theirs');
  if (active.length <= 1 && !missed && !forSomeoneElse)
    return active[0] ?? reservations[reservations.length - 1];
  const listed = forOthers.length > 0 ? forOthers : active;
  const lines = listed.map((reservation) =>
    turn.text('cancel.which_line', reservationDetails(turn, reservation)),
  );
  turn.ask(
    turn.text(listed.length === 1 ? 'cancel.is_it_this' : 'cancel.which', { lines: lines.join('\n') }),
    listed.map((reservation) => ({
      id: `${BOOKING_CHOICE}${reservation.reference}`,
      title: reservation.reference,
    })),
  );
  turn.state.dialogue.awaiting = 'reference';
  return null;
}

/**
 * "Sí" or anything but a pick at "which one do you want to cancel?": the question again, with the
 * bookings it offered as choices (not the code asked for from scratch). False when no list of
 * bookings waits for a pick.
 */
export function askWhichBookingAgain(turn: Turn): boolean {
  const options = turn.state.dialogue.slots.options;
  const codes = (Array.isArray(options) ? options : [])
    .filter((id): id is string => typeof id === 'string' && id.startsWith(BOOKING_CHOICE))
    .map((id) => id.slice(BOOKING_CHOICE.length));
  if (turn.state.dialogue.awaiting !== 'reference' || codes.length < 2) return false;
  turn.ask(
    turn.text('cancel.which_again'),
    codes.map((code) => ({ id: `${BOOKING_CHOICE}${code}`, title: code })),
  );
  return true;
}

/** "No second one: that one?", with the one booking there is as the choice (a pick, not yet a yes). */
function offerTheOnlyOne(turn: Turn, reservation: Reservation, place: BookingPlace): null {
  turn.ask(turn.text('cancel.only_one', { ...reservationDetails(turn, reservation), place }), [
    { id: `${BOOKING_CHOICE}${reservation.reference}`, title: reservation.reference },
  ]);
  turn.state.dialogue.awaiting = 'reference';
  return null;
}

/** A reservation as the replies name it: code, room, days, party, status and total. */
export function reservationDetails(turn: Turn, reservation: Reservation): PhraseValues {
  return {
    reference: reservation.reference,
    room: turn.roomName(reservation.roomTypeId),
    checkIn: turn.date(reservation.checkIn),
    checkOut: turn.date(reservation.checkOut),
    guests: reservation.guests,
    // A booking with no name (one the PMS shows without it) says none.
    name: reservation.guestName.trim() || 'none',
    status: reservation.status,
    total: turn.money(reservation.total, reservation.currency),
  };
}

/** A remembered code the PMS no longer knows is skipped; one the guest wrote is "not found". */
async function lookUp(turn: Turn, pms: PmsAdapter, reference: string): Promise<Reservation | null> {
  try {
    return await pms.getReservation(turn.tenant.id, reference, turn.signal);
  } catch (error) {
    if (error instanceof PmsRejectedError && error.reason === 'unknown_reference') return null;
    throw error;
  }
}

/**
 * "No such code", and the code asked for again; asked about while a booking waits for its yes
 * ("¿y mi reserva ABC123?" at a summary), the booking stays pending instead.
 */
function notFound(turn: Turn, reference: string, flow: FlowName): null {
  turn.say('reference.not_found', { reference });
  if (keepsPendingBooking(turn, flow)) return null;
  startFlow(turn.state, flow);
  turn.state.dialogue.awaiting = 'reference';
  return null;
}

/** A status question asked while a room offer or a summary waits for a yes leaves that booking pending. */
function keepsPendingBooking(turn: Turn, flow: FlowName): boolean {
  return flow === 'reservation_status' && isBookingPending(turn.state);
}

/** A code named after a cue ("booking 12345", "reserva nº 4411-B") that is not one of ours. */
const CUED_TOKEN =
  /\b(?:reservas?|reservation|booking|codigo|código|code|localizador|referencia|reference|ref)\b[\s:#nº°.]*(?:(?:is|es|number|numero|número)\s+)?([A-Za-z0-9][A-Za-z0-9-]{2,14})\b/iu;

/** A code written in capitals and digits anywhere ("cancela la otra, la ABC123"), though none of ours. */
const CAPITALS_AND_DIGITS = /\b(?=[A-Z0-9]*\d)(?=(?:\d*[A-Z]){2})[A-Z0-9]{5,10}\b/;

function notACode(text: string): string | undefined {
  const token = CUED_TOKEN.exec(text)?.[1];
  if (token && /\d/.test(token)) return token;
  const code = CAPITALS_AND_DIGITS.exec(text)?.[0];
  // "IB3456", "UX1094": a flight (two letters, then its number), not a booking.
  return code && !FLIGHT_NUMBER.test(code) ? code : undefined;
}

const FLIGHT_NUMBER = /^[A-Z0-9]{2}\d{3,4}$/;
