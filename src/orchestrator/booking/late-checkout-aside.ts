import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { rememberTopics } from '../dialogue/topic-follow-up';
import type { Turn } from '../dialogue/turn';

/** "¿Se puede hacer late checkout?", "can we check out late?", "salida tardía". */
const LATE_CHECK_OUT =
  /\b(?:late check ?-?out|salida tardia|check ?-?out tardio|(?:check|checking) out late|salir mas tarde|leave late)\b/;

export function asksLateCheckOut(text: string): boolean {
  return LATE_CHECK_OUT.test(foldText(text));
}

/** Words that ask for it, not about it: "quiero", "añade", "I'd like", "para mi reserva". */
const WANTS =
  /\b(?:(?:can|could|may) (?:i|we) (?:have|get|add|book)|can you (?:add|give us|give me|book)|(?:me|nos) (?:pones|pon[eé]is|das|dais|anades|anadis|apuntas|apuntais)|quiero|queremos|quisiera|quisieramos|me gustaria|nos gustaria|necesit\w*|pido|pedimos|anad\w*|agreg\w*|pon(?:me|nos|lo|la)|apunt\w*|anot\w*|(?:para|en) (?:mi|nuestra) reserva|i'?d like|we'?d like|i would like|we would like|i want|we want|i need|we need|add|book|request|(?:for|on|to) (?:my|our) booking)\b/;
/** A question about it ("¿cuánto cuesta el late checkout?", "how much is late check-out?"): its terms, not a request. */
const ASKS_ABOUT =
  /\b(?:cuanto|precio|cuesta|how much|price|cost|hay|tienen|teneis|do you (?:have|offer)|is there)\b/;

/** "No necesitamos late checkout", "we don't need a late check-out" (review 29: noted as asked). */
const NOT_WANTED =
  /\b(?:no|not|don'?t|do not|sin|ni|nunca|never)\s+(?:\w+\s+){0,2}?(?:necesit\w*|quiero|queremos|hace falta|need|want|late check|salida tardia)/;

/**
 * "Quiero late checkout el día 7 para mi reserva", "can I have late checkout on the 5th?", "can you
 * add late checkout on the last day?": a late check-out asked for, not about.
 */
export function wantsLateCheckOut(text: string): boolean {
  const folded = foldText(text);
  return asksLateCheckOut(text) && WANTS.test(folded) && !ASKS_ABOUT.test(folded) && !NOT_WANTED.test(folded);
}

/**
 * "¿Cuánto cuesta la doble del 15 al 17? ¿Y se puede hacer late checkout?" (heard as the late
 * check-out): a stay asked for — its days, with a room, a party or a price or rooms asked — with the
 * late check-out beside it. Not "can we check out late on the 14th?", the day of a stay booked.
 */
export function asksAStayBesideLateCheckOut(text: string, nlu: ParseResult): boolean {
  if (nlu.intent !== 'late_checkout') return false;
  const has = (type: string) => nlu.entities.some((entity) => entity.type === type);
  const days = has('date_range') || has('date');
  const asksRooms = ASKS_ROOMS.test(foldText(text).replace(OWN_ROOM, ' '));
  return days && (has('room_type') || has('guests') || asksRooms);
}

/** The guest's own room ("I'm in room 305", "mañana salgo, ¿puedo dejar la habitación a las 13h?"): no room asked for. */
const OWN_ROOM =
  /\b(?:(?:in|en|la|mi|my|the|our|nuestra|dejar|leave|keep)\s+(?:la\s+)?(?:habitacion|room|cuarto|hab)\b(?:\s*\d+)?|(?:habitacion|room|hab)\s*\d+)/g;

/** Words that ask for rooms or their price: "¿cuánto cuesta…?", "¿tenéis habitación…?", "available". */
const ASKS_ROOMS =
  /\b(?:cuanto|precio|disponib\w*|habitacion\w*|how much|price|rates?|available|availability|rooms?)\b/;

/** The late check-out as the hotel sells it (until when, at what price), or the standard hour. */
export function lateCheckOutAnswer(turn: Turn): string {
  const { lateCheckout, checkOut, phone } = turn.tenant.info;
  if (!lateCheckout) return turn.text('late_checkout.none', { checkOut });
  return turn.text('late_checkout.offer', {
    until: lateCheckout.until,
    price: turn.money(lateCheckout.price),
    checkOut,
    phone,
  });
}

/**
 * What a booking request says of a late check-out in it: asked for ("can you add late checkout on
 * the last day?", QA 28 E11: only "call us") its terms as noted for the staff, asked about its terms
 * as sold; null when none is named.
 */
export function lateCheckOutAside(turn: Turn): string | null {
  const text = turn.message.text ?? '';
  if (!asksLateCheckOut(text)) return null;
  const { lateCheckout } = turn.tenant.info;
  if (!lateCheckout || !wantsLateCheckOut(text)) return lateCheckOutAnswer(turn);
  return lateCheckOutNotedTerms(turn);
}

/**
 * "La salida tardía es hasta las 14:00… recepción te la confirma": said once it is noted; null where
 * none is sold. Kept as the last answer, for "how much is it?" next.
 */
export function lateCheckOutNotedTerms(turn: Turn): string | null {
  const { lateCheckout } = turn.tenant.info;
  if (lateCheckout) rememberTopics(turn, 'late_checkout');
  return lateCheckout
    ? turn.text('late_checkout.noted_terms', {
        until: lateCheckout.until,
        price: turn.money(lateCheckout.price),
      })
    : null;
}
