import { Injectable } from '@nestjs/common';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { foldText } from '../../common/fold-text';
import { type IntentName, NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import { asksTotalOfBooking } from '../booking/booked-total';
import { asksTotalWhileBooking } from './total-of-everything';
import { asksWhatIf, isAffirmation } from './affirmation';
import {
  answersWhatToChange,
  asksAboutAnotherRoom,
  asksNameOnBooking,
  changesBookingNotCancels,
  asksForThatRoomInstead,
  changesRoomAtTheName,
  hasBookingEntity,
  isBookingFlow,
  isBookingYesNo,
  STAY_ENTITIES,
} from './booking-readings';
import { chosenId, picksBookingByDetail } from './choices';
import { routeChoice } from './choice-routes';
import { type Awaiting, type ConversationState, type FlowName, chosenRoomType } from './conversation-state';
import { asksForChange, countsPeopleNotAsksForOne } from './guest-wording';
import { routeBookingChange } from './booking-change-routes';
import { routeForBookingMade } from './after-booking-routes';
import { peopleAdded } from './booking-change-wording';
import { opensAMessage } from './openers';
import { knownReferences } from './known-bookings';
import { complainsOfPrice, troubleNow } from './complaint';
import { reportsOwnRoomBreakdown } from './room-breakdown';
import { picksAnotherRoomOverPrice } from './room-over-price';
import { withoutTheDay } from './dated-questions';
import { routeBookingAside } from './booking-aside-routes';
import { asksAboutLanguages, writesInAnotherLanguage } from './language-question';
import { asksAboutWhoAnswers } from './who-answers';
import { nameAnswer, nameAtYesNo } from './name-answers';
import { ownNameAnswer } from './own-name-answer';
import { followUpOfLastAnswer } from './topic-follow-up';
import { asksNightsOfRoomPriced } from './room-priced';
import { asksToUndoCancellation } from './cancellation-wording';
import { routeBookingAnswer } from './booking-answer-routes';
import { routeFewerRooms } from './fewer-rooms-routes';
import { asksAStayBesideLateCheckOut } from '../booking/late-checkout-aside';
import { routeBabyAdded } from './baby-routes';
import type { Routing } from './routing';
import { routeHotelQuestion } from './hotel-question-routes';
import { routeCodeAnswer } from './code-answer-routes';
import { LOW_INFORMATION, routeOnItsOwn } from './standalone-routes';
import { withStayMeant } from './stay-meant';
import { routeCancelAnswer } from './cancel-answer-routes';
import { isNoGoodbye } from './leave-taking';
import { carriesSlot, fillsSlot } from './slot-answers';

/** Intents that take over whatever flow is running: the guest asked for something else. */
const REDIRECTING: ReadonlySet<IntentName> = new Set([
  'human_handoff',
  'cancel_reservation',
  'reservation_status',
  'goodbye',
  'hotel_info',
  'location',
  'room_photos',
  'late_checkout',
]);
/** Requests that end a booking in progress even when they name a room or a date. */
const ALWAYS_REDIRECTING: ReadonlySet<string> = new Set([
  'human_handoff',
  'cancel_reservation',
  'reservation_status',
]);
/** Intents a booking follow-up ("¿y para 3 personas?", "no, mejor la suite") may be read as. */
const FOLLOW_UP_INTENTS: ReadonlySet<string> = new Set([
  'check_availability',
  'make_reservation',
  'room_prices',
  'deny',
  NO_INTENT,
]);
/** Readings of a plain yes that names the booking ("proceda con la reserva"). */
const BOOKING_READINGS: ReadonlySet<string> = new Set(['reservation_status', 'make_reservation']);
/** Words of changing something: "cambia las fechas", "modify", "move it to". */
const CHANGE_WORDS = /\b(?:cambi\w*|modific\w*|mueve|mover|change\w*|modify|move)\b/;
/**
 * Decides which handler answers a message, given the conversation: a tapped button or a numbered
 * e-mail choice wins; then the answer to the question the bot asked; then a follow-up to the booking
 * being discussed; then the classifier's intent; else the fallback.
 */
@Injectable()
export class DialogueRouter {
  /** `today`: the hotel's calendar day, in its time zone (by default the UTC day the message came). */
  route(
    message: UnifiedMessage,
    nlu: ParseResult,
    state: ConversationState,
    today: string = message.receivedAt.slice(0, 10),
  ): Routing {
    const text = message.text ?? '';
    const choice = chosenId(message, state, nlu);
    if (choice) {
      const routed = routeChoice(choice, nlu, state);
      if (routed) return routed;
    }
    const reread = withStayMeant(text, nlu, state, today);
    if (reread) return this.route(message, reread, state, today);
    // "¿Habláis alemán?" (heard as anything, a goodbye or a handoff): the fallback names the languages.
    // Not with a stay in it ("switch to English, a double 12-14 for 2"): the stay is the request.
    // A message in a language it does not write ("bonjour, avez-vous une chambre du 12 au 14 ?"): the same.
    if ((asksAboutLanguages(text) && !hasBookingEntity(nlu)) || writesInAnotherLanguage(text))
      return { intent: null, via: 'none', nlu };
    // "Una pregunta", "te escribo xq" (heard as a yes or a goodbye): the guest goes on in the next message.
    if (opensAMessage(text) && !hasBookingEntity(nlu)) return { intent: 'greeting', via: 'nlu', nlu };
    // "¿Y si llegamos tarde?" at a summary (its "si" heard as a yes): a question, never the yes that books.
    if (nlu.intent === 'confirm' && asksWhatIf(text))
      return this.route(message, { ...nlu, intent: NO_INTENT }, state, today);
    const flow = state.dialogue.flow as FlowName | null;
    const awaiting = state.dialogue.awaiting as Awaiting | null;
    // "La de la doble", "the one on the 20th" answering "which booking?": the flow that asked goes on.
    if (flow && picksBookingByDetail(text, nlu, state)) return { intent: flow, via: 'choice', nlu };
    const cancelAnswer = routeCancelAnswer(text, nlu, state);
    if (cancelAnswer) return cancelAnswer;
    // "¿Me pasas con recepción? Tengo una duda sobre una factura": a person asked for, whatever else
    // the message asks (the invoice, a booking's detail) and wherever the booking stands; "are you an AI?".
    if (asksAboutWhoAnswers(text, nlu)) return { intent: 'human_handoff', via: 'nlu', nlu };
    // "No hay agua caliente en la 204" while booking another stay: their room comes first.
    if (reportsOwnRoomBreakdown(foldText(text))) return { intent: 'human_handoff', via: 'nlu', nlu };
    // "Ah, y vamos con un bebé" at the name, "necesitamos una cuna" after a booking: the baby joins the stay.
    const answered = routeBabyAdded(text, nlu, state) ?? routeBookingAnswer(message, nlu, state);
    if (answered) return answered;
    const aside = routeBookingAside(text, nlu, state);
    if (aside === 'without_the_day') return this.route(message, withoutTheDay(nlu), state, today);
    if (aside) return aside;
    // "El aire no funciona": a person, at once (not while booking, nor of a stay gone by beside a new one).
    if (!isBookingFlow(flow) && troubleNow(text, nlu)) return { intent: 'human_handoff', via: 'nlu', nlu };
    // "Ladrones", "ripoff, 219 for a suite??": the cheapest room, however it reads.
    // Not with another room named at a booking ("muy cara, la doble estándar"): that room is wanted.
    if (
      complainsOfPrice(text) &&
      !nlu.entities.some((entity) => STAY_ENTITIES.has(entity.type)) &&
      !picksAnotherRoomOverPrice(text, nlu, state)
    )
      return { intent: 'room_prices', via: 'nlu', nlu };
    // "Queremos ir el puente, 2 personas" heard as asking for a person: the party of a stay; so is
    // "¿puedo añadir a una persona más?".
    if (
      nlu.intent === 'human_handoff' &&
      (countsPeopleNotAsksForOne(text, nlu) || peopleAdded(text) !== null)
    )
      return this.route(message, { ...nlu, intent: NO_INTENT }, state, today);
    if (asksAStayBesideLateCheckOut(text, nlu))
      return this.route(message, { ...nlu, intent: 'check_availability' }, state, today);
    if (isNoGoodbye(text, nlu, state))
      return this.route(message, { ...nlu, intent: NO_INTENT }, state, today);
    const change = routeBookingChange(text, nlu, state) ?? routeForBookingMade(text, nlu, state);
    if (change) return change;
    // "¿Puedo deshacer la cancelación?" (heard as cancelling): the booking's status, and the same stay
    // looked for again when it is cancelled.
    if (
      (knownReferences(state).length > 0 || carriesSlot('reference', nlu)) &&
      nlu.intent !== 'human_handoff' &&
      asksToUndoCancellation(text)
    )
      return { intent: 'reservation_status', via: 'nlu', nlu };
    // "¿Tenéis transfer?" answered, then "¿y cuánto cuesta?": the transfer's price, not the rooms';
    // "¿y hasta qué hora?" after the late check-out: its hour, not a goodbye.
    const carried = followUpOfLastAnswer(text, nlu, state);
    if (carried) {
      const entities = [...nlu.entities, ...carried.entities];
      return { intent: carried.intent, via: 'follow_up', nlu: { ...nlu, intent: carried.intent, entities } };
    }
    // "And for 7 nights?" after the single's rate (heard as a stay asked): the single's price for them.
    if (asksNightsOfRoomPriced(text, nlu, state)) return { intent: 'room_prices', via: 'follow_up', nlu };
    // "What's the total?" after a booking (heard as nothing): that booking's total.
    if (asksTotalOfBooking(text, nlu, state) || asksTotalWhileBooking(text, nlu.intent, flow))
      return { intent: 'room_prices', via: 'follow_up', nlu };
    if (asksNameOnBooking(text, state)) return { intent: 'reservation_status', via: 'follow_up', nlu };
    const asked =
      routeHotelQuestion(text, nlu, awaiting, chosenRoomType(state)) ?? routeFewerRooms(text, nlu, state);
    if (asked) return asked;
    // "Al final seremos 3" at a summary reads as a cancellation ("al final no vamos"); with no word of
    // cancelling, new details are a change to the booking: read as if nothing were classified.
    // So is "cambia las fechas al 18 al 20" at a summary, heard as asking about a booking made.
    const changesThisOne =
      nlu.intent === 'reservation_status' &&
      !carriesSlot('reference', nlu) &&
      CHANGE_WORDS.test(foldText(text));
    if ((nlu.intent === 'cancel_reservation' || changesThisOne) && changesBookingNotCancels(text, nlu, state))
      return this.route(message, { ...nlu, intent: NO_INTENT }, state, today);
    const intent = nlu.intent === NO_INTENT ? null : nlu.intent;
    const redirected = intent !== null && intent !== flow && REDIRECTING.has(intent);
    // "No, mejor para 3" / "What about 3 people?" (often read as deny) changes the booking, and so does
    // "the suite instead", however it classifies (room photos, late check-out...).
    // After a "no" to the summary the bot asked what to change, and "the suite please" answers it too;
    // so it does "whose name?".
    const followUp =
      isBookingFlow(flow) &&
      hasBookingEntity(nlu) &&
      !asksAboutAnotherRoom(text, nlu, state) &&
      ((!redirected && FOLLOW_UP_INTENTS.has(nlu.intent)) ||
        (!ALWAYS_REDIRECTING.has(nlu.intent) &&
          (asksForChange(text, nlu) ||
            answersWhatToChange(text, state) ||
            changesRoomAtTheName(text, nlu, state) ||
            asksForThatRoomInstead(text, nlu))));
    // "Sí, confírmela. Un cordial saludo, Ana Belén Torres": a yes signed off, never a new name.
    if (awaiting === 'confirmation' && isBookingFlow(flow) && isBookingYesNo(state) && isAffirmation(text)) {
      const unsigned = nlu.entities.filter((entity) => entity.type !== 'guest_name');
      return { intent: 'confirm', via: 'nlu', nlu: { ...nlu, entities: unsigned } };
    }
    // "Maria Lopez" typed at "shall I book it?": a yes, under that name; at a summary, or when asked
    // what to change, the name changes.
    const named = awaiting === 'confirmation' && flow === 'make_reservation' && nameAtYesNo(text, nlu);
    if (named) {
      return { intent: state.dialogue.slots.step === 'offer' ? 'confirm' : flow, via: 'slot', nlu: named };
    }
    // "Alex Kim" typed at the list of rooms or at "how many?": the name is kept, and the question
    // asked again (not at "which dates?": "Semana Santa" is no name).
    const namedEarly =
      (awaiting === 'room_type' || awaiting === 'guests') && isBookingFlow(flow) && nameAtYesNo(text, nlu);
    if (namedEarly) return { intent: 'make_reservation', via: 'slot', nlu: namedEarly };
    if (awaiting === 'confirmation' && (intent === 'confirm' || (intent === 'deny' && !followUp))) {
      return { intent, via: 'nlu', nlu };
    }
    // "Perfect, thank you" / "ok I'll take it" to a room offered or a summary is a yes, though it
    // reads as thanks or bye (only there: elsewhere a polite "ok, gracias" must not cancel or hand over);
    // so is "de acuerdo, proceda con la reserva", heard as asking about a booking.
    if (
      awaiting === 'confirmation' &&
      isBookingFlow(flow) &&
      isBookingYesNo(state) &&
      (intent === null || LOW_INFORMATION.has(intent) || BOOKING_READINGS.has(intent)) &&
      isAffirmation(text)
    ) {
      return { intent: 'confirm', via: 'nlu', nlu };
    }
    const aboutTheCode = routeCodeAnswer(text, nlu, state);
    if (aboutTheCode) return aboutTheCode;
    if (flow && awaiting && awaiting !== 'confirmation') {
      // The answer to the question asked wins, even when the classifier hears another request in it
      // ("me llamo Ana García" is a name, not a call for a person); without it, a request redirects.
      const filled = carriesSlot(awaiting, nlu)
        ? nlu
        : (nameAnswer(awaiting, text, nlu, redirected, state.dialogue.slots) ??
          ownNameAnswer(text, nlu, state) ??
          (redirected ? null : fillsSlot(awaiting, message, nlu, state.dialogue.slots)));
      if (filled) return { intent: flow, via: 'slot', nlu: filled };
    }
    if (followUp && flow) return { intent: flow, via: 'follow_up', nlu };
    return routeOnItsOwn(text, nlu, intent, flow);
  }
}
