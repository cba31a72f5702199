import { foldText } from '../../common/fold-text';
import type { Entity } from '../nlp.types';

/** No more rooms than this are read from "each needs their own room" (larger groups are the team's). */
const MAX_OWN_ROOMS = 9;

/**
 * "Each will require a single room", "cada uno necesita su habitación": a room of their own for each
 * of the party.
 */
const EACH_OWN_ROOM =
  /\b(?:each(?: one| of them| of us)?|cada uno|cada una|cada cual)\s+(?:will\s+|would\s+)?(?:requires?|need|needs|wants?|like|gets?|has|have|necesita|necesitara|necesitaria|quiere|querra|querria|tendra)\s+(?:a|an|their own|his own|her own|una|un|su)\s+(?:own\s+|propia\s+)?(?:single|individual|room|habitacion|cuarto)\b/;

/** As many rooms as the party said beside it, one place each; none when no party of 2 or more is said. */
export function roomsEachOwn(text: string, guests: readonly Entity[]): Entity[] {
  const match = EACH_OWN_ROOM.exec(foldText(text));
  const party = guests.find((entity) => entity.type === 'guests');
  const total = party?.type === 'guests' ? party.value.total : 0;
  if (!match || total < 2 || total > MAX_OWN_ROOMS) return [];
  const start = match.index;
  const end = start + match[0].length;
  const parties = Array.from({ length: total }, () => 1);
  return [{ type: 'rooms', value: { rooms: total, parties }, text: text.slice(start, end), start, end }];
}
