import { foldText } from '../../common/fold-text';
import type { Entity } from '../nlp.types';

/** "No la suite", "ni la superior", "not the suite": a room refused, its words next. */
const REFUSED_BEFORE = /\b(?:no|ni|not|nor)\s+(?:(?:la|el|una|un|the|a)\s+)?$/;
/** "La suite no, la doble", "la superior no. mejor la estándar", "the suite no, the double": said before its "no". */
const REFUSED_AFTER =
  /^\s+no\s*(?:[,.;!]|$|(?:mejor|sino|la|el|una|un|quiero|queremos|prefiero|preferimos|the|i'?d|we'?d)\b)/;

/**
 * Room types named only to be refused ("la suite no, la doble estándar"; QA 28, S2: the suite stayed
 * booked) are no room asked for. Not "la doble no tiene balcón?" nor "no, la suite" (a no, then the room).
 */
export function withoutRoomsRefused(text: string, roomTypes: Entity[]): Entity[] {
  if (roomTypes.length === 0) return roomTypes;
  const folded = foldText(text);
  // "Quiero la doble no la suite": a "no" right before the next room is that room's (review 28, 2).
  const beforeTheNext = (room: Entity): boolean =>
    roomTypes.some(
      (next) =>
        next.start > room.end &&
        /^\s+no\s+(?:la|el|una|un|the|a)?\s*$/.test(folded.slice(room.end, next.start)),
    );
  return roomTypes.filter(
    (room) =>
      !REFUSED_BEFORE.test(folded.slice(0, room.start)) &&
      (beforeTheNext(room) || !REFUSED_AFTER.test(folded.slice(room.end))),
  );
}
