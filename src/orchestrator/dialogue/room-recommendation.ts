import { foldText } from '../../common/fold-text';
import { roomsListed } from './slot-questions';
import type { Turn } from './turn';

/**
 * Which of them: "¿cuál me recomiendas?", "which one do you recommend?", "¿qué habitación nos
 * recomiendas?", "cualquiera, la que me recomiendes" (QA 28, S21: a tip for places nearby).
 */
const WHICH_ROOM =
  /\b(?:cual|cuales|which|que habitacion|what room|la mejor|the best|la que|the one you|cualquiera|whichever)\b/;

/**
 * "¿Cuál me recomiendas?" at the rooms listed for a stay: the first listed (the cheapest that takes
 * the party) and, when there is one, the next for more room; the list stands for the guest to pick.
 * False, with nothing said, when no rooms are listed.
 */
export function recommendRoomListed(turn: Turn): boolean {
  const [cheapest, next] = roomsListed(turn);
  if (!cheapest || !WHICH_ROOM.test(foldText(turn.message.text ?? ''))) return false;
  turn.say('booking.recommend', {
    cheapest: turn.roomName(cheapest),
    next: next ? turn.roomName(next) : 'none',
  });
  return true;
}
