import type { UnifiedMessage } from '../../messaging/unified-message';
import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { changesStayExtras } from '../booking/booking-extras';
import { declining } from '../booking/extras-wording';
import { specialRequestsIn } from '../booking/special-requests';
import { wantsLateCheckOut } from '../booking/late-checkout-aside';
import { namesAPartToChange } from '../booking/change-named';
import { saysTheOtherRoom } from '../booking/other-room-meant';
import {
  CANCEL_WORDS,
  hasBookingEntity,
  isBookingFlow,
  isBookingYesNo,
  takesOfferedRoom,
} from './booking-readings';
import { saysYes } from './affirmation';
import { type Awaiting, type ConversationState, type FlowName, chosenRoomType } from './conversation-state';
import { peopleAdded } from './booking-change-wording';
import { movesAnEndByDays } from './stay-moved-by-days';
import { asksForAPause } from './guest-wording';
import { reweighsThePet } from './pet-limits';
import { brokenEmailIn, nameAnswer, nameWithEmailAtYesNo } from './name-answers';
import type { Routing } from './routing';
import { changesTheName } from './booking-corrections-wording';
import { asksForACheaperRoom } from './cheaper-room-asked';
import { knownReferences } from './known-bookings';
import { saysTheWholeParty } from './whole-party-said';
import { yesWithAQuestion } from './yes-with-a-question';
import { addsWhatWasOffered } from './extras-taken';

/** "Solo estaba mirando", "just looking", "I was only checking prices". */
const JUST_LOOKING =
  /\b(?:(?:solo|solamente|nada mas|unicamente)\s+(?:estaba|estoy|estabamos|estamos|queria|queriamos)\s+(?:mirando|viendo|consultando|preguntando|curioseando|saber)|(?:just|only)\s+(?:looking|browsing|checking|asking|curious)|(?:was|were|am|are|i'?m|we'?re)\s+(?:just|only)\s+(?:looking|browsing|checking|asking))\b/;

/** "Just checking, is breakfast included?", "solo quería saber si tenéis parking": a question, to answer (review 29). */
const ASKS_TOO = /[?¿]|\b(?:saber si|if|whether)\b/;

function justLooking(text: string): boolean {
  const folded = foldText(text);
  return JUST_LOOKING.test(folded) && !ASKS_TOO.test(folded);
}

/** "¿Me mandas la confirmación a…?", "can you send it to…?": the guest's own address, asked as a question. */
const SEND_IT_TO =
  /\b(?:manda\w*|envia\w*|send|confirmacion|confirmation|mi (?:correo|mail|email|e-mail)|my (?:e-?mail|address))\b/;

/**
 * "Cancel", "no, al final no la quiero" at the summary of a first booking (heard as cancelling one):
 * no booking is made yet, so the one pending is what the guest drops, never a code asked for.
 */
function cancelsOnlyThePending(text: string, nlu: ParseResult, state: ConversationState): boolean {
  return knownReferences(state).length === 0 && nlu.entities.length === 0 && DROPS_IT.test(foldText(text));
}

/**
 * Words of dropping what is offered, naming no booking: "cancel", "al final no la quiero", "forget it";
 * a reason may follow ("nah actually cancel it, plans changed").
 */
const DROPS_IT =
  /^\W*(?:(?:no|nah|ok|vale|bueno|pues|mejor|better)\W+)?(?:al final\s+|actually\s+)?(?:cancel(?:a|ala|alo|ar|arla|ad)?|cancel it|anula(?:la|lo)?|no (?:la|lo) quiero|ya no (?:la|lo) quiero|i don'?t want (?:it|to book)|forget it|olvidalo|dejalo)(?:\W*$|\s*[,.;:!-]\s*[^?¿]{0,50}$)/;

/** A day or stay the message names that is the one being booked, and no booking code. */
function namesThePendingStay(nlu: ParseResult, state: ConversationState): boolean {
  const { checkIn, checkOut } = state.dialogue.slots;
  if (nlu.entities.some((entity) => entity.type === 'reference')) return false;
  return nlu.entities.some(
    (entity) =>
      (entity.type === 'date' && entity.value.date === checkIn) ||
      (entity.type === 'date_range' &&
        entity.value.checkIn === checkIn &&
        entity.value.checkOut === checkOut),
  );
}

/** Words that make the day after them the arrival or the departure: "la salida el", "llegamos el día". */
const DAY_OF_THE_STAY =
  /\b(?:salida|salimos|salgo|entrada|llegada|llegamos|llego|check.?out|check.?in|leaving|arriving|arrive|leave)\s+(?:(?:el|al|on|the|dia|sea|es)\s+)*$/;

/** "Lo dejamos con mi madre", "we'll leave him at home": the pet stays behind, nothing is given up. */
const LEAVES_IT_WITH = /\b(?:lo|la|los|las) dej\w* (?:con|en|a)\b|\bleave (?:it|him|her|them) (?:with|at)\b/g;
/** "Forget the parking", "olvídate del desayuno", "cancel the breakfast": the words drop an extra, not the booking. */
const DROPS_AN_EXTRA = new RegExp(
  declining('(?:desayun\\w*|breakfasts?|brekkie|parking|aparcamiento|garaje|mascotas?|perr\\w*|pets?|dogs?)'),
  'g',
);

/**
 * What a booking being made hears first, whatever the classifier says: a yes by taking the room
 * offered, a pause to think, what comes along (breakfast, parking, a pet), a name with the yes, the
 * guest's e-mail. Null when none of these is said.
 */
export function routeBookingAnswer(
  message: UnifiedMessage,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  const text = message.text ?? '';
  const flow = state.dialogue.flow as FlowName | null;
  const awaiting = state.dialogue.awaiting as Awaiting | null;
  if (!isBookingFlow(flow)) return null;
  // "No, solo estaba mirando precios, gracias" at the rooms, an offer or a summary (QA 28, S26: heard
  // as the total asked): a goodbye, the stay kept for a change of mind.
  if (awaiting !== null && justLooking(text) && !hasBookingEntity(nlu))
    return { intent: 'goodbye', via: 'nlu', nlu };
  // "La habitación", "el nombre" to "¿quieres cambiar algo?" (heard as the photos, a fallback…): that
  // part, asked anew (the yes to the question reads it).
  if (state.dialogue.slots.step === 'change' && namesAPartToChange(text, nlu))
    return { intent: 'confirm', via: 'slot', nlu };
  // "Ok, the suite" to "shall I book the suite?" (heard as asking for its photos): a yes. At the
  // summary, whose yes books, only with a yes said: "estándar" alone may be the start of another request.
  if (awaiting === 'confirmation' && isBookingYesNo(state) && takesOfferedRoom(text, nlu, state)) {
    const yes = state.dialogue.slots.step !== 'summary' || saysYes(text);
    // Without it, the summary is shown again (its room is the one named), whatever the message read as.
    return yes ? { intent: 'confirm', via: 'slot', nlu } : { intent: flow, via: 'follow_up', nlu };
  }
  // "Can you put the booking under my wife's name instead? Olympe Maxime" at the summary (heard as asking
  // about a booking made): the summary's name changes.
  if (awaiting === 'confirmation' && state.dialogue.slots.step === 'summary' && changesTheName(text, nlu))
    return { intent: flow, via: 'follow_up', nlu };
  // "Cancela la del 22" at the summary of the stay from the 22nd: that booking is not made (a no),
  // rather than a booking made before cancelled.
  if (
    awaiting === 'confirmation' &&
    isBookingYesNo(state) &&
    nlu.intent === 'cancel_reservation' &&
    (namesThePendingStay(nlu, state) || cancelsOnlyThePending(text, nlu, state))
  )
    return { intent: 'deny', via: 'slot', nlu };
  // "Nah actually cancel it, plans changed" at the rooms or at a detail asked, nothing booked yet (QA
  // 30, en M6: a booking code asked for, in a loop): the booking under way is dropped.
  if (
    isBookingFlow(flow) &&
    awaiting !== null &&
    nlu.intent === 'cancel_reservation' &&
    cancelsOnlyThePending(text, nlu, state)
  )
    return { intent: 'deny', via: 'slot', nlu };
  // "Mejor la otra" once a room is chosen (heard as a no): another room for the same booking.
  if (awaiting !== null && state.dialogue.slots.roomTypeId !== undefined && saysTheOtherRoom(text))
    return { intent: flow, via: 'follow_up', nlu };
  // "Y la salida el 6", "mejor llegamos el día 2" (heard as the late check-out, or as anything): a day
  // of the stay being booked changes.
  if (
    awaiting !== null &&
    nlu.entities.some(
      (entity) => entity.type === 'date' && DAY_OF_THE_STAY.test(foldText(text.slice(0, entity.start))),
    )
  )
    return { intent: flow, via: 'follow_up', nlu };
  // "Too expensive", "what's the cheapest you have?" at a room offered or at "whose name?": the rooms again.
  if (asksForACheaperRoom(text, nlu, state)) return { intent: flow, via: 'follow_up', nlu };
  // "We'll leave a day earlier", "llegamos un día más tarde" (heard as anything) once the stay is known:
  // that end of it moves.
  if (awaiting !== null && state.dialogue.slots.checkOut !== undefined && movesAnEndByDays(text))
    return { intent: flow, via: 'follow_up', nlu };
  // "Al final los niños no vienen, seríamos solo 2" while a booking is being made: its whole party.
  if (awaiting !== null && saysTheWholeParty(text, nlu, state))
    return { intent: flow, via: 'follow_up', nlu };
  // "Our son is coming too", "espera, viene un compañero" (heard as anything) while a booking is
  // being made: one more in its party.
  if (awaiting !== null && nlu.intent !== 'confirm' && peopleAdded(text) !== null)
    return { intent: flow, via: 'follow_up', nlu };
  // "Espera, que lo consulto con mi pareja" at a room offered, the rooms listed (QA 28, E10: "let me
  // ask my wife" got the map) or the summary: no answer yet.
  if (
    ((awaiting === 'confirmation' && isBookingYesNo(state)) || awaiting === 'room_type') &&
    nlu.intent !== 'confirm' &&
    asksForAPause(text) &&
    !hasBookingEntity(nlu)
  )
    return { intent: flow, via: 'follow_up', nlu };
  // "Al final sin parking", "con el perro" at a room offered or the summary (heard as a hotel
  // question or a cancellation): what comes along changes, and the stay is shown again. A yes with
  // it ("sí, con parking") is the confirm handler's, which takes it too. Said while the booking
  // asks a name or a party ("con desayuno", as the breakfast answer suggests), it is kept and the
  // question asked again.
  if (
    (awaiting === 'confirmation' ? isBookingYesNo(state) : awaiting !== null) &&
    nlu.intent !== 'confirm' &&
    changesStayExtras(text, nlu, chosenRoomType(state)) &&
    !CANCEL_WORDS.test(foldText(text).replace(LEAVES_IT_WITH, '').replace(DROPS_AN_EXTRA, ''))
  )
    return { intent: flow, via: 'follow_up', nlu };
  // "Ok add them" after a total with breakfast and parking at a room offered (heard as anything; QA 29,
  // M13): they join the stay, shown again. A yes with it is the confirm handler's.
  if (
    awaiting === 'confirmation' &&
    isBookingYesNo(state) &&
    nlu.intent !== 'confirm' &&
    addsWhatWasOffered(text, nlu, state)
  )
    return { intent: flow, via: 'follow_up', nlu };
  // "¿Y si es de 12 kilos?" after the pet was told about (heard as a yes, even at a summary): the
  // flow answers for that weight and asks its question again.
  if (awaiting !== null && reweighsThePet(text, state.dialogue.slots))
    return { intent: flow, via: 'follow_up', nlu };
  // "Vale, a nombre de Irene Sanz" at "shall I book it?": a yes under that name (not a change to the offer).
  if (
    awaiting === 'confirmation' &&
    state.dialogue.slots.step === 'offer' &&
    nlu.intent !== 'deny' &&
    nlu.intent !== 'cancel_reservation' &&
    !/^\W*no\b/.test(foldText(text)) &&
    !CANCEL_WORDS.test(foldText(text)) &&
    nlu.entities.some((entity) => entity.type === 'guest_name') &&
    nlu.entities.every((entity) => entity.type === 'guest_name' || entity.type === 'email')
  )
    return { intent: 'confirm', via: 'slot', nlu };
  // "My email is ana@example.com" in a booking (heard as asking for the hotel's e-mail): the guest's
  // address for the booking; a question naming one ("¿os escribo a reservas@…?") is still a question.
  // So is an address that is none ("marta@gmailcom"), which the flow asks to write again.
  const givesEmail =
    nlu.entities.some((entity) => entity.type === 'email') || brokenEmailIn(text) !== undefined;
  // Not with a yes ("sí, mándamela a ana@…", which books with it), nor the sender's own address in a signature.
  const yesWithIt = awaiting === 'confirmation' && nlu.intent === 'confirm';
  const fromSender = nlu.entities.some(
    (entity) => entity.type === 'email' && entity.value.email === message.from.toLowerCase(),
  );
  if (givesEmail && !yesWithIt && !fromSender && (!/[?¿]/.test(text) || SEND_IT_TO.test(foldText(text)))) {
    // With a name: at "whose name?" it is the name; at a yes/no only written as one ("Ana García, ana@…"),
    // and at a room offered it is a yes under that name.
    const atYesNo = awaiting === 'confirmation';
    const named =
      awaiting === 'guest_name'
        ? nameAnswer(awaiting, text, nlu, false)
        : atYesNo
          ? nameWithEmailAtYesNo(text, nlu)
          : null;
    if (named && atYesNo && state.dialogue.slots.step === 'offer')
      return { intent: 'confirm', via: 'slot', nlu: named };
    return named ? { intent: flow, via: 'slot', nlu: named } : { intent: flow, via: 'follow_up', nlu };
  }
  // "¿Podría ser una habitación tranquila?", "it's our anniversary" at one of the booking's questions
  // (heard as anything): noted for the staff, and the question asked again. With a yes or a no to a
  // yes/no question, the yes or the no takes it; "big bed, not two small beds" at "whose name?" is no no.
  if (
    awaiting !== null &&
    nlu.intent !== 'confirm' &&
    (nlu.intent !== 'deny' || awaiting !== 'confirmation') &&
    (specialRequestsIn(text).length > 0 || wantsLateCheckOut(text))
  )
    return { intent: flow, via: 'follow_up', nlu };
  // "Yes confirm. btw what's the wifi password?" at the summary: booked, and the question answered.
  const yes =
    awaiting === 'confirmation' && state.dialogue.slots.step === 'summary' && isBookingYesNo(state)
      ? yesWithAQuestion(text, nlu)
      : undefined;
  if (yes) return { intent: 'confirm', via: 'slot', nlu: yes };
  return null;
}
