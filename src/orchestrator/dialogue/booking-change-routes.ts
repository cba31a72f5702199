import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { CANCEL_WORDS, hasBookingEntity } from './booking-readings';
import {
  asksForOtherNights,
  asksToChangeMyBooking,
  asksToChangeTheParty,
  asksToMoveTheStay,
  putsAnotherInItsPlace,
  wantsBookingChanged,
} from './booking-change-wording';
import { changesTheName, correctsTheNights } from './booking-corrections-wording';
import type { ConversationState } from './conversation-state';
import { knownReferences } from './known-bookings';
import type { Routing } from './routing';
import { carriesSlot } from './slot-answers';

/**
 * A change asked of a booking already made, however it reads (often a new booking): that booking's
 * status, and how it can be changed, never a second, overlapping booking. Null when none is asked,
 * or while another flow runs.
 */
export function routeBookingChange(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  // "¿Puedo añadir la salida tardía a mi reserva?": the late check-out, as the hotel sells it.
  const folded = foldText(text);
  if (state.dialogue.flow || LATE_CHECK_OUT.test(folded)) return null;
  const changed = { intent: 'reservation_status', via: 'nlu', nlu } as const;
  // "Hola, reservé una doble del 12 al 14, código KQRK7M, quiero añadir una noche": the code's
  // booking, whose stay the days only describe.
  if (
    carriesSlot('reference', nlu) &&
    !CANCEL_WORDS.test(folded) &&
    nlu.intent !== 'human_handoff' &&
    (wantsBookingChanged(text) || asksForOtherNights(text, nlu)) &&
    hasBookingEntity(nlu)
  )
    return changed;
  // "Please cancel booking KREUKV and book me a single for 5-6 jan instead" (QA 31, H8: the new one booked,
  // the old one never cancelled): the booking changed, so that the old one's cancellation is asked.
  if (carriesSlot('reference', nlu) && putsAnotherInItsPlace(text) && hasBookingEntity(nlu)) return changed;
  if (knownReferences(state).length === 0) return null;
  // "Quiero añadir una noche a mi reserva"; "can I upgrade to the suite?", "quiero cambiar a la
  // superior": another room for it; "al final llegamos el 13, ¿me cambias la entrada?": a day of it;
  // "thx. actually can we add one more person?" (heard as thanks, or as asking for a person): its party;
  // "¿podemos quedarnos una noche más?" (heard as the late check-out, or the rates): its nights.
  const changesRoom = wantsBookingChanged(text) && nlu.entities.some((entity) => entity.type === 'room_type');
  // "Al final somos 3", "can we move it to the 13th-15th?" often read as cancelling ("al final no
  // vamos"): without a word of cancelling, a change.
  if (CANCEL_WORDS.test(folded)) return null;
  if (
    asksToChangeMyBooking(text) ||
    changesRoom ||
    asksToMoveTheStay(text, nlu) ||
    asksToChangeTheParty(text, nlu) ||
    asksForOtherNights(text, nlu) ||
    correctsTheNights(text, nlu) ||
    changesTheName(text, nlu) ||
    addsAnExtra(text, nlu)
  )
    return changed;
  return null;
}

const LATE_CHECK_OUT = /\b(?:late check-?out|salida tardia|check-?out tardio|salir mas tarde)\b/;

/** "Añade desayuno para los dos", "add parking please" after a booking: to that booking (its staff told). */
const ADD = /\b(?:anad\w*|agreg\w*|sum\w*|pon(?:nos|me|le)|add\w*)\b/;
const EXTRAS: ReadonlySet<string> = new Set(['breakfast', 'parking', 'pets']);

function addsAnExtra(text: string, nlu: ParseResult): boolean {
  const extras = nlu.entities.filter(
    (entity) => entity.type === 'info_topic' && EXTRAS.has(entity.value.topic),
  );
  return extras.length > 0 && !hasBookingEntity(nlu) && ADD.test(foldText(text));
}
