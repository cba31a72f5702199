import { foldText } from '../../common/fold-text';
import { readBookingSlots } from '../booking/booking-slots';
import { guestTrouble } from '../dialogue/complaint';
import { reportsRoomBreakdown } from '../dialogue/room-breakdown';
import type { Turn } from '../dialogue/turn';

/** Why the guest is handed over, as the staff notice says it (the `reason` of `handoff.staff_notice`). */
export type HandoffReason = 'breakdown' | 'complaint' | 'room_request' | 'person';

/** Words of something that fails: "no funciona", "roto", "broken", "not working". */
const FAULT =
  /\b(?:no funciona\w*|no va|no anda|rot[oa]s?|estropead\w*|averiad\w*|not working|doesn'?t work|does not work|broken)\b/;
/** A thing of the room (or the room itself), so a fault named with it is a breakdown, not a web page's. */
const ROOM_THING =
  /\b(?:habitacion|hab|cuarto|room|aire|ac|a\/c|air ?con\w*|calefaccion|radiador|heating|heater|radiator|ducha|shower|bano|bathroom|toilet|inodoro|vater|wc|cisterna|flush|grifo|taps?|faucet|lavabo|sink|luz|luces|lights?|lamparas?|lamps?|tele|tv|television|wifi|wi-fi|nevera|minibar|fridge|cerradura|lock|llave|key ?card|keys?|puerta|door|ventanas?|windows?|persianas?|blinds?|cama|bed|secador|hair ?dryer|caja fuerte|safe|enchufes?|sockets?|plugs?|agua|water|ventilador|fan)\b/;

/**
 * Why the guest's message goes to a person, for the staff notice: a breakdown in the room ("no hay
 * agua caliente en la 204", "the AC in my room isn't working", "la ducha no funciona"), a complaint
 * ("the room was dirty", "nadie contesta"), something asked for the room ("¿me podéis subir
 * toallas?"), or else a person asked for.
 */
export function handoffReason(text: string): HandoffReason {
  const trouble = guestTrouble(text);
  if (!trouble) return 'person';
  const folded = foldText(text);
  if (reportsRoomBreakdown(folded) || (FAULT.test(folded) && ROOM_THING.test(folded))) return 'breakdown';
  return trouble;
}

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
