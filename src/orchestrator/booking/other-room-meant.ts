import { foldText } from '../../common/fold-text';
import { asksForACheaperRoom } from '../dialogue/cheaper-room-asked';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';
import { partyInRoom } from './room-shares';

/** "Mejor la otra", "the other one then", "no, el otro": the message says only that. */
const THE_OTHER =
  /^\W*(?:(?:mejor|no|pues|bueno|vale|ok|okay|then|actually|hmm|mm)\W+)*(?:la otra|el otro|the other(?: one)?)(?:\W+(?:then|instead|entonces|mejor|please|pls|por favor|porfa))*\W*$/;

export function saysTheOtherRoom(text: string): boolean {
  return THE_OTHER.test(foldText(text));
}

/**
 * "Too expensive" at a room offered or at "whose name?": the room is dropped, the rooms listed again.
 * "Mejor la otra": the other room (takeTheOtherRoom).
 */
export function otherRoomMeant(turn: Turn, slots: BookingSlots): void {
  if (asksForACheaperRoom(turn.message.text ?? '', turn.nlu, turn.state))
    slots.roomTypeId = slots.kindsShown = undefined;
  else takeTheOtherRoom(turn, slots);
}

/**
 * "Mejor la otra" once a room is chosen (QA 30, es M4: the booking dropped, "De acuerdo, no hago la
 * reserva"): the one other room that sleeps the party, or, when there are several, the rooms listed
 * again with the rest of the booking kept.
 */
export function takeTheOtherRoom(turn: Turn, slots: BookingSlots): void {
  if (!slots.roomTypeId || turn.entity('room_type') || !saysTheOtherRoom(turn.message.text ?? '')) return;
  const party = slots.guests ? partyInRoom({ ...slots, guests: slots.guests }) : 1;
  const others = turn.tenant.roomTypes.filter(
    (room) => room.id !== slots.roomTypeId && room.maxGuests >= party,
  );
  slots.roomTypeId = others.length === 1 ? others[0].id : undefined;
  slots.kindsShown = undefined;
}
