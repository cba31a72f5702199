import { foldText } from '../../common/fold-text';
import { placesOfRoomFor, ROOM_KIND, ROOM_WORD } from '../../nlp/entities/room-whom';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';
import { roomShares } from './room-shares';
import { withSurname } from './surname-question';

/**
 * "Y otra para mi hermano", "and another one for my parents", "one more room for 2", "y otra
 * individual para…": a room more, said by a room word, a room's kind, "one" or straight "para".
 */
const ANOTHER_ROOM = new RegExp(
  '^\\W*(?:(?:y|e|and|also|plus|ah|oh|ademas|tambien|si)\\W+)*(?:otra|another|one more|una mas)\\s+' +
    `(?:(?:${ROOM_WORD}|${ROOM_KIND}|reserva|booking|one|igual)\\b|(?:mas\\s+|more\\s+)?(?:para|for)\\b)`,
);

/**
 * A room more for someone else, asked while a booking is under way ("and another one, same dates,
 * for my brother, under Mark Johnson"): the request takes one more room, of the same kind unless
 * the message names one, for the places said; a name said with it is that room's, not this
 * booking's. False, with nothing changed, when the message asks no such thing, names no party for
 * it, or gives it days of its own (another stay, not a room more for this one).
 */
export function anotherRoomAdded(turn: Turn, slots: BookingSlots): boolean {
  if (slots.mode !== 'book' || !slots.guests || !slots.checkIn || !slots.checkOut) return false;
  const folded = foldText(turn.message.text ?? '');
  // "¿Y otra más barata para 2?", "¿otra opción para 2?": a question about the offer, not a room more.
  if (!ANOTHER_ROOM.test(folded) || /[?¿]/.test(turn.message.text ?? '')) return false;
  const range = turn.entity('date_range')?.value;
  const otherDays =
    turn.entity('date') !== undefined ||
    (range !== undefined && (range.checkIn !== slots.checkIn || range.checkOut !== slots.checkOut));
  const room = otherDays ? null : placesOfRoomFor(folded);
  if (room === null) return false;
  const shares = roomShares({ guests: slots.guests, rooms: slots.rooms, roomParties: slots.roomParties });
  const kind = turn.entity('room_type')?.value.roomTypeId;
  if (slots.roomTypeId && (slots.nextRoomTypes || (kind && kind !== slots.roomTypeId))) {
    const kinds = slots.nextRoomTypes ?? shares.slice(1).map(() => slots.roomTypeId as string);
    slots.nextRoomTypes = [...kinds, kind ?? slots.roomTypeId];
  }
  const name = turn.entity('guest_name')?.value.name;
  if (name) {
    const names = slots.nextRoomNames ?? shares.slice(1).map(() => null);
    slots.nextRoomNames = [...names, name];
  }
  // "For my brother", no name given: his name is asked when his room is booked.
  const forOthers = slots.nextRoomsForOthers ?? shares.slice(1).map(() => false);
  slots.nextRoomsForOthers = [...forOthers, room.forOthers && !name];
  slots.rooms = shares.length + 1;
  slots.roomParties = [...shares, room.places];
  slots.guests += room.places;
  slots.roomsSplit = undefined;
  // For this message's answer only (forgetEarlierAnswers): it says the room added, not "changed".
  turn.state.dialogue.slots.roomAdded = turn.message.id;
  return true;
}

/**
 * The name the message gives the booking; with several rooms asked for, each under its own name
 * ("una a mi nombre Sonia Pérez y la otra a nombre de Clara Pérez"), the first room's, and the next
 * rooms' in the order said.
 */
export function nameTheRooms(turn: Turn, slots: BookingSlots): void {
  const [name, ...others] = turn.entities('guest_name').map((entity) => entity.value.name);
  if (!name) return;
  slots.guestName = withSurname(turn, slots, name);
  if (others.length > 0 && slots.rooms) slots.nextRoomNames = others.slice(0, slots.rooms - 1);
}
