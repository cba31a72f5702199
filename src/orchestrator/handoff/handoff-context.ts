import { foldText } from '../../common/fold-text';
import { readBookingSlots } from '../booking/booking-slots';
import type { Turn } from '../dialogue/turn';

/**
 * What the guest was booking when they asked for a person, for the staff notice (staff language):
 * the room, days, party and name known so far, or 'none'. Read before the flow is ended.
 */
export function bookingInProgress(turn: Turn): string {
  if (turn.state.dialogue.flow !== 'make_reservation' && turn.state.dialogue.flow !== 'check_availability')
    return 'none';
  const slots = readBookingSlots(turn.state.dialogue.slots);
  const room = slots.roomTypeId;
  const parts = [
    room ? turn.inLanguage(turn.staffLanguage, () => turn.roomName(room)) : undefined,
    slots.checkIn && slots.checkOut ? `${slots.checkIn} → ${slots.checkOut}` : slots.checkIn,
    slots.guests ? `${slots.guests} pax` : undefined,
    slots.guestName,
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : 'none';
}

/**
 * "No me fío de los bots, quiero llamar: ¿cuál es el teléfono?", "what's your phone number?": the
 * guest asks how to reach the hotel, which is answered, rather than handed to a person.
 */
const ASKS_FOR_CONTACT =
  /\b(?:telefono|tlf|tfno|numero de (?:telefono|contacto)|(?:quiero|prefiero|puedo|para) llamar(?:os|te)?|phone number|your phone|number to call|(?:want|like|prefer) to (?:call|phone|ring)|call you)\b/;

/** "Mi teléfono es 600…", "hablar con una persona": the guest's own number, or a person asked for. */
const NOT_THE_HOTELS =
  /\b(?:mi (?:telefono|numero|movil)|my (?:phone|number|mobile)|hablar con|talk to|speak (?:to|with))\b/;

export function asksHowToReachTheHotel(text: string): boolean {
  const folded = foldText(text);
  return ASKS_FOR_CONTACT.test(folded) && !NOT_THE_HOTELS.test(folded);
}
