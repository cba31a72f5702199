import { STAY_ENTITIES } from '../dialogue/booking-readings';
import type { Turn } from '../dialogue/turn';

/**
 * "La doble" at a list with a Doble Estándar and a Doble Superior: the listed rooms the words fit
 * equally, two or more, so that the guest is asked which rather than booked the plainer one. Empty
 * when the words name one (or the message changes the stay too, which lists the rooms again).
 */
export function roomsItMayBe(turn: Turn, listed: readonly string[]): string[] {
  const named = turn.entities('room_type');
  if (named.length !== 1 || turn.nlu.entities.some((entity) => STAY_ENTITIES.has(entity.type))) return [];
  const { roomTypeId, alsoFits = [] } = named[0].value;
  const fits = [roomTypeId, ...alsoFits].filter((id) => listed.includes(id));
  return fits.length > 1 ? listed.filter((id) => fits.includes(id)) : [];
}

/** "¿Cuál de ellas: Doble Estándar o Doble Superior?", with those rooms as the choices (and their prices kept). */
export function askWhichRoom(turn: Turn, rooms: readonly string[]): void {
  const names = rooms.map((id) => turn.roomName(id));
  turn.askKeepingPrices(
    turn.text('ask.which_room', { rooms: turn.list(names, 'disjunction') }),
    rooms.map((id, index) => ({ id: `room:${id}`, title: names[index] })),
  );
  turn.state.dialogue.awaiting = 'room_type';
}
