import type { Availability } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import type { Stay } from './booking-slots';
import { enoughOf, listOffers } from './room-offers';

/**
 * "¿Qué precio tiene la doble y la superior del 3 al 5 para 2?": while just looking, the kinds a
 * message names for one room are listed side by side, each with its price for the stay, when every
 * one is free for it. False, with nothing said, otherwise: the first one named is offered (or, when
 * it is not free, the kinds that are).
 */
export function listKindsCompared(turn: Turn, stay: Stay, availability: Availability): boolean {
  if (stay.mode !== 'browse' || stay.rooms) return false;
  const named = [...new Set(turn.entities('room_type').map((entity) => entity.value.roomTypeId))];
  if (named.length < 2) return false;
  const free = enoughOf(availability, stay).filter((offer) => named.includes(offer.roomTypeId));
  if (free.length !== named.length) return false;
  stay.roomTypeId = undefined;
  listOffers(turn, stay, { ...availability, offers: free });
  return true;
}
