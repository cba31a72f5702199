import type { Availability } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import type { Stay } from './booking-slots';
import { enoughOf, listOffers } from './room-offers';

/**
 * "¿Qué precio tiene la doble y la superior del 3 al 5 para 2?": while just looking (or, booking, when
 * they are named as alternatives: "¿doble o suite?"), the kinds a message names for one room are listed
 * side by side, each with its price for the stay, when every one is free for it. False, with nothing
 * said, otherwise: the first one named is offered (or, when it is not free, the kinds that are).
 */
export function listKindsCompared(turn: Turn, stay: Stay, availability: Availability): boolean {
  if ((stay.mode !== 'browse' && !namesAlternatives(turn)) || stay.rooms) return false;
  const named = [...new Set(turn.entities('room_type').map((entity) => entity.value.roomTypeId))];
  if (named.length < 2) return false;
  const free = enoughOf(availability, stay).filter((offer) => named.includes(offer.roomTypeId));
  if (free.length !== named.length) return false;
  stay.roomTypeId = undefined;
  listOffers(turn, stay, { ...availability, offers: free });
  return true;
}

/**
 * "Double or junior suite for 2, dec 26-29?", "¿doble o suite?": kinds named as alternatives, to
 * compare even when the message asks to book (QA 29: the first one was taken and the name asked).
 */
function namesAlternatives(turn: Turn): boolean {
  const kinds = turn.entities('room_type');
  const text = turn.message.text ?? '';
  return kinds.some(
    (kind, i) =>
      i > 0 &&
      /^\s*,?\s*(?:o|u|or)\s+(?:(?:the|la|el|a|an|una|un)\s+)?$/i.test(
        text.slice(kinds[i - 1].end, kind.start),
      ),
  );
}
