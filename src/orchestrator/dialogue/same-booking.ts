import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';

// "Otra reserva del 20 al 22, la misma habitación": a second booking like the conversation's last one.

/** "La misma habitación", "same room": the room, and the party it was booked for. */
const SAME_ROOM =
  /\b(?:(?:la |el )?mism[oa] (?:habitacion|hab|cuarto|tipo de habitacion)|otra igual|(?:the )?same (?:room|room type|kind of room|type of room))\b/;
/** "Las mismas personas", "same people": the party alone. */
const SAME_PARTY =
  /\b(?:(?:las |los )?mism[oa]s (?:personas|huespedes|adultos|gente)|(?:the )?same (?:people|guests|party|number of (?:people|guests)))\b/;
/**
 * "Lo mismo pero del 20 al 22", "book the same for my parents": the room and the party. Not "me da lo
 * mismo" (no preference), "¿cuesta lo mismo para 3?" nor "is it the same for children?".
 */
const THE_SAME =
  /^\s*(?:y\s+)?lo mismo (?:pero|para|otra vez|de nuevo)\b|\b(?:reserva(?:me)?|quiero|repite|hazme|dame) lo mismo\b|^\s*(?:and\s+)?(?:the\s+)?same (?:again|but|for)\b|\b(?:book|do|want|reserve|get|make)(?: me| us)? the same\b/;
/** "Las mismas", "the same" answering "¿para cuántas personas?". */
const SAME_ALONE = /^\s*(?:(?:las|los) mism[oa]s|lo mismo|(?:the )?same(?: as before)?)\s*[.!]*\s*$/;

interface LastRoom {
  roomTypeId: string;
  guests: number;
}

/**
 * The message with the room and the party of the conversation's last booking where it says they are
 * the same ("la misma habitación", "las mismas personas", "lo mismo pero del 20 al 22"), unless it
 * names its own or the booking being made has them already; null when nothing is added.
 */
export function withSameRoomAndParty(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): ParseResult | null {
  const last = lastRoom(state);
  if (!last) return null;
  const folded = foldText(text);
  const slots = state.dialogue.slots;
  const room = SAME_ROOM.exec(folded) ?? THE_SAME.exec(folded);
  const answer = state.dialogue.awaiting === 'guests' ? SAME_ALONE.exec(folded) : null;
  const party = room ?? SAME_PARTY.exec(folded) ?? answer;
  const added: Entity[] = [];
  const has = (type: Entity['type']): boolean => nlu.entities.some((entity) => entity.type === type);
  if (room && !has('room_type') && slots.roomTypeId === undefined)
    added.push({ type: 'room_type', value: { roomTypeId: last.roomTypeId }, ...said(text, room) });
  if (party && !has('guests') && slots.guests === undefined) {
    const value = { adults: last.guests, children: 0, infants: 0, total: last.guests };
    added.push({ type: 'guests', value, ...said(text, party) });
  }
  return added.length > 0 ? { ...nlu, entities: [...nlu.entities, ...added] } : null;
}

function lastRoom(state: ConversationState): LastRoom | null {
  const last = state.dialogue.slots.lastRoom as Partial<LastRoom> | undefined;
  if (typeof last?.roomTypeId !== 'string' || typeof last.guests !== 'number') return null;
  return { roomTypeId: last.roomTypeId, guests: last.guests };
}

/** Where the words were said: foldText keeps the length of the text it folds. */
function said(text: string, match: RegExpExecArray): { text: string; start: number; end: number } {
  const end = match.index + match[0].length;
  return { text: text.slice(match.index, end), start: match.index, end };
}
