import { foldText } from '../../common/fold-text';
import { largestRoom, partyToHouse, sayNoRoomTakes } from './room-party';
import type { Turn } from './turn';

/** "Can we all fit in one room?", "¿cabemos todos en una habitación?": the whole party in one room. */
const ALL_IN_ONE_ROOM =
  /\b(?:(?:can|could|will|would|do) (?:we|they|us) all (?:fit(?: in)?|(?:stay|sleep|be) (?:together )?in (?:one|the same|a single|1|the) (?:room|suite))|all (?:of us )?(?:fit|stay|sleep) (?:in|together in) (?:one|the same|a single|1) room|(?:cabemos|entramos|caben|entran) todos|(?:podemos|pueden) (?:estar|dormir|quedarnos|quedarse) todos (?:juntos )?en (?:una|la misma|un mismo|1) (?:sola )?(?:habitacion|cuarto|pieza)|todos (?:juntos )?en (?:una|la misma|un mismo|1) (?:sola )?(?:habitacion|cuarto|pieza))\b/;

/** Whether the message asks if the whole party fits in one room (not "could we all stay until 2pm?"). */
export function asksWhetherAllFit(text: string): boolean {
  return ALL_IN_ONE_ROOM.test(foldText(text));
}

/**
 * Whether the party (the one said, else the booking's) fits in one room: the room offered when it
 * takes them, else the best value that does, else that none does; with no party known, the largest
 * room's places. False, with nothing said, when the message does not ask it.
 */
export function answerWhetherAllFit(turn: Turn): boolean {
  if (!asksWhetherAllFit(turn.message.text ?? '')) return false;
  const rooms = [...turn.tenant.roomTypes].sort((a, b) => a.rate - b.rate);
  const { chosen, party } = partyToHouse(turn, true);
  if (party === undefined) {
    const largest = largestRoom(turn);
    turn.say('room_fit.largest', { room: turn.roomName(largest.id), max: largest.maxGuests });
    return true;
  }
  const offered = rooms.find((room) => room.id === chosen);
  const fits =
    offered && offered.maxGuests >= party ? offered : rooms.find((room) => room.maxGuests >= party);
  if (!fits) sayNoRoomTakes(turn, party);
  else if (!offered || fits === offered)
    turn.say('room_fit.yes', { room: turn.roomName(fits.id), max: fits.maxGuests, guests: party });
  else
    turn.say('room_fit.in_another', {
      offered: turn.roomName(offered.id),
      offeredMax: offered.maxGuests,
      room: turn.roomName(fits.id),
      max: fits.maxGuests,
      guests: party,
    });
  return true;
}
