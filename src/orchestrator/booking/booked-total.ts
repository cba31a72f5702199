import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import type { PmsAdapter } from '../../pms/pms-adapter.port';
import type { Reservation } from '../../pms/pms.types';
import { type ConversationState, isReplacedBookingPending } from '../dialogue/conversation-state';
import { knownReferences, perBooking, setPerBooking } from '../dialogue/known-bookings';
import { asksStayTotal } from '../dialogue/price-basis';
import { findGuestReservations, reservationDetails } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';
import type { PhraseValues } from '../replies/phrasebook';
import { declinedRebook } from '../dialogue/declined-rebook';
import { asksTotalOfEverything } from '../dialogue/total-of-everything';
import { roomsBookedWith } from './booked-together';
import { EXTRA_FIELDS, extraHint, readStayExtras, type StayExtras } from './booking-extras';
import { COUNTED_EXTRAS, type ExtraCounts, readExtraCounts } from './extra-counts';
import { extrasCost, grandTotal, pricedStayOf, stayTotalSentence } from './extras-total';
import { sayTotalTogether } from './group-total';
import { everyBookingAsked } from './total-of-all';
import { extrasNamed } from './stay-total';

// "¿Cuánto es el total?" once a booking is made: that booking's total, with what comes along with it
// (the PMS booking holds the room's total only, so the extras taken are remembered here).

/** Details of a stay: a total asked with them ("¿cuánto es el total para 3?") prices another stay. */
const STAY_DETAILS: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'nights',
  'guests',
  'rooms',
  'room_type',
]);

/** "¿Cuánto pagué?", "how much do we owe?": what the booking comes to. */
const WHAT_IS_PAID =
  /\bcuanto (?:pague|pagamos|pago|pagaremos|tengo que pagar|tenemos que pagar|me (?:cobrais|cobrasteis|cobran|cobraron|sale|salio)|(?:es|sale|seria) todo)\b|\bhow much (?:did|do|will) (?:i|we) (?:pay|owe)\b|\bwhat do (?:i|we) owe\b|\bhow much (?:is|for) everything\b/;

/**
 * "¿Cuánto es el total?", "what's the total?" with no booking under way (or only a change of one the
 * guest said no to) and one made or looked up.
 * "¿Cuánto pagamos?" only of the stay: not of something named ("¿cuánto pagamos por el parking?"),
 * nor of a cancellation ("si cancelo, ¿cuánto me cobráis?", the terms' to answer).
 */
export function asksTotalOfBooking(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const folded = foldText(text);
  const paid =
    WHAT_IS_PAID.test(folded) &&
    !nlu.entities.some((entity) => entity.type === 'info_topic') &&
    !/\b(?:cancel\w*|anul\w*)\b/.test(folded);
  return (
    // Also at "¿cancelo la anterior?" after a change was booked: asked again after the total.
    (state.dialogue.flow === null || declinedRebook(state) !== null || isReplacedBookingPending(state)) &&
    knownReferences(state).length > 0 &&
    (asksStayTotal(text) || paid) &&
    !nlu.entities.some((entity) => STAY_DETAILS.has(entity.type))
  );
}

/** Keeps the extras taken with a booking of this conversation (added to those kept for it before). */
export function rememberBookedExtras(
  state: ConversationState,
  reference: string,
  extras: StayExtras & ExtraCounts,
): void {
  const taken = EXTRA_FIELDS.filter((extra) => extras[extra] === true);
  if (taken.length === 0) return;
  const counted = Object.entries(COUNTED_EXTRAS).filter(
    ([count, extra]) => taken.includes(extra) && extras[count as keyof ExtraCounts] !== undefined,
  );
  const added = {
    ...bookedExtrasOf(state, reference),
    ...Object.fromEntries(taken.map((extra) => [extra, true])),
    ...Object.fromEntries(counted.map(([count]) => [count, extras[count as keyof ExtraCounts]])),
  };
  setPerBooking(state, 'bookedExtras', reference, added);
}

/** Forgets extras a booking of this conversation was made or noted with ("al final sin desayuno"). */
export function forgetBookedExtras(
  state: ConversationState,
  reference: string,
  dropped: ReadonlyArray<keyof StayExtras>,
): void {
  // A count goes with its extra ("2 plazas" with the parking).
  const extraOf = (field: string): string => COUNTED_EXTRAS[field as keyof ExtraCounts] ?? field;
  const kept = Object.fromEntries(
    Object.entries(bookedExtrasOf(state, reference)).filter(
      ([field, taken]) => taken !== undefined && !dropped.includes(extraOf(field) as keyof StayExtras),
    ),
  );
  state.dialogue.slots.bookedExtras = { ...perBooking(state, 'bookedExtras'), [reference]: kept };
}

/**
 * The total of the booking named by its code, else of the one a change was declined for, else of the
 * conversation's latest still on (with the other rooms booked in the same request), with its extras
 * and those the question names ("¿cuánto es el total con parking?", how to add them said after). False,
 * with nothing said, when the conversation has no booking.
 */
export async function answerBookingTotal(turn: Turn, pms: PmsAdapter): Promise<boolean> {
  if (answerNothingBooked(turn)) return true;
  if (!asksTotalOfBooking(turn.message.text ?? '', turn.nlu, turn.state)) return false;
  const reservations = await findGuestReservations(turn, pms, 'reservation_status');
  // Not found, or the PMS could not be asked: the guest has been told.
  if (!reservations) return true;
  const reservation = bookingMeant(turn, reservations);
  if (reservation.status === 'cancelled') {
    turn.say('status.found', reservationDetails(turn, reservation));
    return true;
  }
  // "¿Cuánto es el total de todo?" after 2 rooms booked one by one: both; "total for everything?"
  // after bookings of other stays: all of them.
  const together = turn.entity('reference')
    ? []
    : everyBookingAsked(turn.message.text ?? '', reservations).concat(
        roomsBookedWith(turn.state, reservation.reference),
      );
  const rooms = reservations.filter(
    (room) => together.includes(room.reference) && room.status !== 'cancelled',
  );
  if (rooms.length > 1) {
    sayTotalTogether(
      turn,
      rooms.map((room) => ({ reservation: room, extras: extrasCounted(turn, room) })),
    );
  } else {
    const total = totalOf(turn, reservation);
    turn.say('status.total', { ...reservationDetails(turn, reservation), total });
  }
  // "What's the total?" with another booking still on (kept after a change of dates): it, and what
  // they all come to.
  if (!turn.entity('reference')) {
    const shown = rooms.length > 1 ? rooms : [reservation];
    sayOtherBookings(turn, shown, reservations);
  }
  const topics = new Set(turn.entities('info_topic').map((entity) => entity.value.topic));
  const hint = extraHint(turn, bookedExtrasOf(turn.state, reservation.reference), topics);
  if (hint) turn.sayText(hint);
  return true;
}

/**
 * "Total for everything?", "¿total de todo?" while a stay is being asked for, with none booked here:
 * no booking to add up, said so (the stay's question follows). The room prices handler asks this only
 * after answerStayTotal and answerListedTotals found no stay priced (an offer, a summary, rooms listed).
 */
function answerNothingBooked(turn: Turn): boolean {
  const { flow } = turn.state.dialogue;
  if (flow !== 'make_reservation' && flow !== 'check_availability') return false;
  if (knownReferences(turn.state).length > 0) return false;
  if (!asksTotalOfEverything(foldText(turn.message.text ?? ''))) return false;
  if (turn.nlu.entities.some((entity) => STAY_DETAILS.has(entity.type))) return false;
  turn.say('status.total_none');
  return true;
}

/**
 * The bookings of the conversation still on besides those whose total was given, each with its total,
 * and what all of them come to. Nothing when there are none.
 */
function sayOtherBookings(turn: Turn, shown: Reservation[], reservations: Reservation[]): void {
  const codes = new Set(shown.map((room) => room.reference));
  const others = reservations.filter((room) => room.status !== 'cancelled' && !codes.has(room.reference));
  const currency = shown[0].currency;
  if (others.length === 0 || others.some((room) => room.currency !== currency)) return;
  const costOf = (room: Reservation, extras: StayExtras): number =>
    room.total + extrasCost(turn, extras, pricedStayOf(room)).cost;
  const shownTotal = shown.reduce((sum, room) => sum + costOf(room, extrasCounted(turn, room)), 0);
  const listed = others.map((room) => {
    const cost = costOf(room, bookedExtrasOf(turn.state, room.reference));
    return { text: `${room.reference} (${turn.money(cost, currency)})`, cost };
  });
  turn.say('status.total_others', {
    others: others.length,
    list: turn.list(listed.map((other) => other.text)),
    total: turn.money(shownTotal + listed.reduce((sum, other) => sum + other.cost, 0), currency),
    count: shown.length + others.length,
  });
}

/** The booking a total is asked of: the one a change was declined for, else the latest still on. */
function bookingMeant(turn: Turn, reservations: Reservation[]): Reservation {
  const declined = turn.entity('reference') ? null : declinedRebook(turn.state);
  const onGoing = reservations.filter((reservation) => reservation.status !== 'cancelled');
  return (
    reservations.find((reservation) => reservation.reference === declined) ??
    onGoing.at(-1) ??
    reservations[reservations.length - 1]
  );
}

function totalOf(turn: Turn, reservation: Reservation): string {
  return stayTotalSentence(turn, extrasCounted(turn, reservation), pricedStayOf(reservation));
}

/** The extras the booking was made or noted with, and those the question names as if taken. */
function extrasCounted(turn: Turn, reservation: Reservation): StayExtras & ExtraCounts {
  const booked = bookedExtrasOf(turn.state, reservation.reference);
  const named = extrasNamed(turn);
  return {
    ...Object.fromEntries(
      EXTRA_FIELDS.filter((extra) => booked[extra] || named[extra]).map((extra) => [extra, true]),
    ),
    parkingSpaces: booked.parkingSpaces,
    breakfastFor: booked.breakfastFor,
  };
}

/**
 * A booking's details for its status, the total with the extras it was made or noted with ("310 €
 * (habitación 218 € + extras 92 €)", as its confirmation said; QA 28, S19: the room's alone).
 */
export function statusDetails(turn: Turn, reservation: Reservation): PhraseValues {
  const details = reservationDetails(turn, reservation);
  const extras = bookedExtrasOf(turn.state, reservation.reference);
  const total = grandTotal(turn, extras, pricedStayOf(reservation));
  return total === null ? details : { ...details, total };
}

/** The extras a booking of this conversation was made or noted with. */
export function bookedExtrasOf(state: ConversationState, reference: string): StayExtras & ExtraCounts {
  const extras = perBooking(state, 'bookedExtras')[reference];
  return typeof extras === 'object' && extras !== null
    ? {
        ...readStayExtras(extras as Record<string, unknown>),
        ...readExtraCounts(extras as Record<string, unknown>),
      }
    : {};
}
