import type { InfoTopic } from '../../nlp/nlp.types';
import { isBookingPending } from '../dialogue/conversation-state';
import { petRefusal } from '../dialogue/pet-limits';
import { roomsListed } from '../dialogue/slot-questions';
import { asksForCheaper } from '../dialogue/cheaper-room-asked';
import type { Turn } from '../dialogue/turn';
import {
  declinedExtraTopics,
  EXTRA_FIELDS,
  extraHint,
  sellsBreakfast,
  type StayExtras,
} from './booking-extras';
import { isStay, readBookingSlots } from './booking-slots';
import { extrasCost, stayTotalSentence } from './extras-total';
import { nightsOf } from './stay-dates';

/**
 * "¿Cuánto es en total con todo?", "what's the grand total incl. breakfast?" at a room offered or a
 * summary, or at "whose name?" once a room is chosen: the total shown with the extras taken, and with
 * those the question names as if taken (how to add them follows). False, with nothing said, when no
 * offer, summary or room chosen with its total stands.
 */
export function answerStayTotal(turn: Turn): boolean {
  const slots = readBookingSlots(turn.state.dialogue.slots);
  const atOfferOrSummary =
    isBookingPending(turn.state) && (slots.step === 'offer' || slots.step === 'summary');
  const { flow, awaiting } = turn.state.dialogue;
  const atTheName = flow === 'make_reservation' && awaiting === 'guest_name';
  if (!(atOfferOrSummary || atTheName) || !isStay(slots) || !slots.quote) return false;
  // "¿Y en total la suite?" at the double's summary asks about another room.
  if (turn.entities('room_type').some((room) => room.value.roomTypeId !== slots.roomTypeId)) return false;
  const named = extrasNamed(turn);
  const declined = new Set(declinedExtraTopics(turn));
  const extras: StayExtras = {
    pet: (slots.pet || named.pet) && !declined.has('pets') ? true : undefined,
    parking: (slots.parking || named.parking) && !declined.has('parking') ? true : undefined,
    breakfast: (slots.breakfast || named.breakfast) && !declined.has('breakfast') ? true : undefined,
  };
  const total = stayTotalSentence(turn, extras, {
    nights: nightsOf(slots),
    guests: slots.guests,
    roomTotal: slots.quote.total,
    currency: slots.quote.currency,
    // An offer (and the room chosen from it) prices all the rooms asked for; a summary, the one it books.
    rooms: slots.step === 'offer' || atTheName ? slots.rooms : undefined,
  });
  const topics = new Set<InfoTopic>(turn.entities('info_topic').map((entity) => entity.value.topic));
  const hint = extraHint(turn, slots, topics);
  turn.sayText(hint ? `${total}\n${hint}` : total);
  return true;
}

/** The extras the message names that the hotel offers: "incl. breakfast" prices the stay with it. */
export function extrasNamed(turn: Turn): StayExtras {
  const topics = new Set(turn.entities('info_topic').map((entity) => entity.value.topic));
  const info = turn.tenant.info;
  return {
    pet: topics.has('pets') && info.pets?.allowed === true && !petRefusal(turn) ? true : undefined,
    parking: topics.has('parking') && info.parking?.available === true ? true : undefined,
    breakfast: topics.has('breakfast') && sellsBreakfast(turn) ? true : undefined,
  };
}

/**
 * "¿Cuánto es el total?" with the rooms for the stay listed and none chosen yet: each room's total for
 * the stay, and the choice again (its prices still pick: "la de 218"). False with no such list.
 */
export function answerListedTotals(turn: Turn): boolean {
  const { flow, slots } = turn.state.dialogue;
  const prices = slots.optionPrices as Record<string, number[]> | undefined;
  if ((flow !== 'make_reservation' && flow !== 'check_availability') || !prices) return false;
  const rooms = roomsListed(turn).filter((id) => Array.isArray(prices[`room:${id}`]));
  if (rooms.length === 0) return false;
  // "How much is it with breakfast and parking?" (QA 29: the rooms' totals alone): with the extras named.
  const withExtras = extrasOnTheList(turn);
  // [nightly rate, total for one room, total for all the rooms asked for]
  const lines = rooms.map((id) => {
    const [, one, all] = prices[`room:${id}`];
    return `• ${turn.roomName(id)}: ${turn.money((all ?? one) + (withExtras?.cost ?? 0))}`;
  });
  const choices = rooms.map((id) => ({ id: `room:${id}`, title: turn.roomName(id) }));
  // "Ninguna, son caras. ¿No tienen algo más barato?" (QA 28, S26): the cheapest listed is the floor.
  if (asksForCheaper(turn.message.text ?? '')) {
    const total = (id: string): number => prices[`room:${id}`][2] ?? prices[`room:${id}`][1];
    const cheapest = rooms.reduce((best, id) => (total(id) < total(best) ? id : best));
    const said = { room: turn.roomName(cheapest), total: turn.money(total(cheapest)) };
    turn.askKeepingPrices(turn.text('availability.cheapest_listed', said), choices);
    return true;
  }
  const extras = withExtras?.names ?? 'none';
  turn.askKeepingPrices(turn.text('availability.totals', { lines: lines.join('\n'), extras }), choices);
  return true;
}

/** What the extras the message names cost over the stay listed, for its whole party; null with none. */
function extrasOnTheList(turn: Turn): { cost: number; names: string } | null {
  const slots = readBookingSlots(turn.state.dialogue.slots);
  const named = extrasNamed(turn);
  if (!isStay(slots) || !EXTRA_FIELDS.some((extra) => named[extra])) return null;
  const stay = {
    nights: nightsOf(slots),
    guests: slots.guests,
    roomTotal: 0,
    currency: turn.tenant.currency,
  };
  const priced = extrasCost(turn, named, stay);
  return priced.cost > 0 ? priced : null;
}
