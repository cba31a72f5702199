import { foldText } from '../../common/fold-text';
import { partyToHouse, sayNoRoomTakes } from './room-party';
import { roomsListed } from './slot-questions';
import type { Turn } from './turn';

/**
 * Which of them: "¿cuál me recomiendas?", "which one do you recommend?", "¿qué habitación nos
 * recomiendas?", "cualquiera, la que me recomiendes" (QA 28, S21: a tip for places nearby).
 */
const WHICH_ROOM =
  /\b(?:cual|cuales|which|que habitacion|what room|la mejor|the best|la que|the one you|cualquiera|whichever)\b/;

/** A room asked for by its words, with no list to pick from: "what room do you recommend for us all?". */
const A_ROOM_ASKED =
  /\b(?:(?:what|which) (?:room|kind of room|type of room|one)|que (?:habitacion|cuarto|pieza|tipo de habitacion)|cual (?:habitacion|cuarto|pieza))\b/;

/** "What room…", "¿qué habitación…?": a room asked about, by its words. */
export function asksForARoom(text: string): boolean {
  return A_ROOM_ASKED.test(foldText(text));
}

/**
 * "¿Cuál me recomiendas?" at the rooms listed for a stay: the first listed (the cheapest that takes
 * the party) and, when there is one, the next for more room; the list stands for the guest to pick.
 * "What room do you recommend for us all?" elsewhere: the best value that sleeps the party (the
 * one said, else the booking's), beside the room offered when that is another. False, with nothing
 * said, when no room is asked for.
 */
export function recommendRoom(turn: Turn): boolean {
  const [cheapest, next] = roomsListed(turn);
  const text = foldText(turn.message.text ?? '');
  if (cheapest) {
    if (!WHICH_ROOM.test(text)) return false;
    turn.say('booking.recommend', {
      cheapest: turn.roomName(cheapest),
      next: next ? turn.roomName(next) : 'none',
    });
    return true;
  }
  if (!asksForARoom(text)) return false;
  const { chosen: offered, party } = partyToHouse(turn, false);
  if (party === undefined) {
    turn.say('booking.recommend_ask_party');
    return true;
  }
  const fitting = turn.tenant.roomTypes
    .filter((room) => room.maxGuests >= party)
    .sort((a, b) => a.rate - b.rate);
  const best = fitting[0];
  if (!best) {
    sayNoRoomTakes(turn, party);
  } else {
    // The room chosen named beside the best value only when it sleeps more (review 31, 5).
    const chosen = turn.tenant.roomTypes.find((room) => room.id === offered);
    if (chosen && chosen.maxGuests > best.maxGuests)
      turn.say('booking.recommend_cheaper', {
        cheapest: turn.roomName(best.id),
        rate: turn.money(best.rate),
        guests: party,
        room: turn.roomName(chosen.id),
      });
    else turn.say('booking.recommend_for_party', { room: turn.roomName(best.id), guests: party });
  }
  return true;
}
