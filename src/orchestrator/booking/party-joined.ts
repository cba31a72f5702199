import { peopleAdded } from '../dialogue/booking-change-wording';
import { babiesAdded } from '../dialogue/babies-added';
import { childJoins, partnerJoinsOne } from '../dialogue/someone-joining';
import type { Turn } from '../dialogue/turn';
import { type BookingSlots, readBookingSlots } from './booking-slots';
import { endFlow } from '../dialogue/conversation-state';
import { countsWholeParty } from './stay-changes';

// Someone, or a baby, said to join a party already counted.

/**
 * "¿Puedo añadir una persona más?" (a party of one, to the NLU) once the party is known: those
 * counted and the ones added. Undefined when no one is added.
 */
export function partyAdded(
  turn: Turn,
  slots: BookingSlots,
): { total: number; children?: number; infants?: number } | undefined {
  const added = partnerJoinsOne(turn.message.text ?? '', slots.guests)
    ? 1
    : peopleAdded(turn.message.text ?? '');
  if (!slots.guests || added === null) return undefined;
  const children = (slots.children ?? 0) + (childJoins(turn.message.text ?? '') ? added : 0);
  return { total: slots.guests + added, children: children || undefined, infants: slots.infants };
}

/**
 * "Ah, y vamos con un bebé de 1 año" once the party is known: the same party, with the babies said (in
 * a cot). Undefined when no baby is added.
 */
export function babiesJoined(
  turn: Turn,
  slots: BookingSlots,
): { total: number; children?: number; infants: number } | undefined {
  const babies = babiesAdded(turn.message.text ?? '');
  if (!slots.guests || babies === null) return undefined;
  return { total: slots.guests, children: slots.children, infants: Math.max(slots.infants ?? 0, babies) };
}

/**
 * "Al final somos 3" at the next room when the rooms booked already sleep 3: the rest are not
 * booked, and the guest hears so.
 */
export function everyoneHoused(turn: Turn): boolean {
  const slots = readBookingSlots(turn.state.dialogue.slots);
  const total = turn.entity('guests')?.value.total;
  if (!total || !slots.nextRoom || !slots.partyBooked || total > slots.partyBooked) return false;
  if (!countsWholeParty(turn.message.text ?? '')) return false;
  endFlow(turn.state);
  turn.say('booking.rooms_dropped', { others: slots.rooms ?? 1 });
  return true;
}
