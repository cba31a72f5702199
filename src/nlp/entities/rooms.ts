import type { Entity } from '../nlp.types';
import { foldText } from '../../common/fold-text';
import { COUNT_PATTERN, parseCount } from './numbers';

/** More rooms than this in one message is a group: the hotel's e-mail handles those. */
const MAX_ROOMS = 9;

const ROOM_COUNT = new RegExp(`\\b(${COUNT_PATTERN})\\s+(?:habitaciones|habs?\\b|cuartos|rooms)\\b`, 'g');

/**
 * "2 habitaciones", "two rooms": how many rooms the guest asks for, when more than one (one is what
 * every booking is). Read in the folded text, whose indices are the message's.
 */
export function extractRoomCount(text: string): Entity[] {
  const folded = foldText(text);
  const entities: Entity[] = [];
  for (const match of folded.matchAll(ROOM_COUNT)) {
    const rooms = parseCount(match[1] ?? '');
    if (rooms === null || rooms < 2 || rooms > MAX_ROOMS) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    entities.push({ type: 'rooms', value: { rooms }, text: text.slice(start, end), start, end });
  }
  return entities;
}
