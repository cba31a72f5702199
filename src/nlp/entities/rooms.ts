import type { Entity } from '../nlp.types';
import { foldText } from '../../common/fold-text';
import { COUNT_PATTERN, parseCount } from './numbers';
import type { Span } from './text';

/** More rooms than this is no room count ("2024 rooms renovated"); a group is the booking flow's to refer. */
const MAX_ROOMS = 99;

const ROOM_COUNT = new RegExp(`\\b(${COUNT_PATTERN})\\s+(?:habitaciones|habs?\\b|cuartos|rooms)\\b`, 'g');

/**
 * A count right before a room type the message names: "2 dobles", "two double rooms", "2 suites";
 * not a party ("para 2 suite junior", "for 2 double").
 */
const COUNT_BEFORE = new RegExp(
  `(?<!\\b(?:para|for|de|of|somos|we are)\\s+)\\b(${COUNT_PATTERN})\\s+(?:habitaciones\\s+)?$`,
);

/**
 * "2 habitaciones", "two rooms", "2 dobles" (a count before one of `roomTypes`, the room types found
 * in the message): how many rooms the guest asks for, when more than one (one is what every booking
 * is). Read in the folded text, whose indices are the message's.
 */
export function extractRoomCount(text: string, roomTypes: readonly Span[] = []): Entity[] {
  const folded = foldText(text);
  const found: Array<{ count: string; start: number; end: number }> = [];
  for (const match of folded.matchAll(ROOM_COUNT)) {
    const start = match.index ?? 0;
    found.push({ count: match[1] ?? '', start, end: start + match[0].length });
  }
  for (const room of roomTypes) {
    const before = COUNT_BEFORE.exec(folded.slice(0, room.start));
    if (before && !found.some((counted) => counted.end >= room.start - 1 && counted.start <= room.start))
      found.push({ count: before[1] ?? '', start: before.index, end: room.end });
  }
  return found.flatMap(({ count, start, end }) => {
    const rooms = parseCount(count);
    if (rooms === null || rooms < 2 || rooms > MAX_ROOMS) return [];
    return [{ type: 'rooms' as const, value: { rooms }, text: text.slice(start, end), start, end }];
  });
}
