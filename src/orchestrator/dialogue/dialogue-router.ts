import { Injectable } from '@nestjs/common';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { foldText } from '../../common/fold-text';
import {
  type Entity,
  type InfoTopic,
  type IntentName,
  NO_INTENT,
  type ParseResult,
} from '../../nlp/nlp.types';
import { changesStayExtras } from '../booking/booking-extras';
import { roomsKept } from '../booking/stay-changes';
import { namesAPeriod } from '../../nlp/entities/named-periods';
import { isAffirmation } from './affirmation';
import {
  answersWhatToChange,
  asksAboutAnotherRoom,
  asksForStay,
  CANCEL_WORDS,
  changesBookingNotCancels,
  hasBookingEntity,
  hasParty,
  hasStayAndParty,
  isBookingFlow,
  isBookingYesNo,
  STAY_ENTITIES,
  takesOfferedRoom,
} from './booking-readings';
import { chosenId, picksBookingByDetail, picksEveryBooking } from './choices';
import type { Awaiting, ConversationState, FlowName } from './conversation-state';
import {
  asksAboutArrival,
  asksForAPause,
  asksCancellationTerms,
  asksCheckOutTime,
  asksForANewBooking,
  asksForChange,
  asksForStayNotABooking,
  asksToChangeMyBooking,
  asksAboutWeather,
  asksWhatARoomHas,
  countsPeopleNotAsksForOne,
  doesNotKnowTheCode,
  asksForRecommendation,
  isJustACode,
} from './guest-wording';
import { knownReferences } from './known-bookings';
import { complainsOfPrice, guestTrouble } from './complaint';
import { asksAboutLanguages } from './language-question';
import { brokenEmailIn, nameAnswer, nameAtYesNo, nameWithEmailAtYesNo } from './name-answers';
import { namesTopic, withEntity } from './parse-results';
import { followUpOfLastAnswer } from './topic-follow-up';
import { BOOKING_CHOICE } from './reservation-lookup';
import { withSameDates } from './same-dates';
import { carriesSlot, fillsSlot } from './slot-answers';

/** Where a message goes: an intent's handler, or the fallback when nothing fits. */
export interface Routing {
  intent: IntentName | null;
  /** Why, for the logs: the tapped button, a numbered choice, the awaited slot, a follow-up, the NLU. */
  via: 'choice' | 'slot' | 'follow_up' | 'nlu' | 'none';
  /** The NLU's reading, plus what a tapped choice said (a room type). */
  nlu: ParseResult;
}

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
/** The rooms the booking waiting for its yes is for: this one and those after it. */
function roomsAsked(state: ConversationState): number {
  const { rooms, nextRoomTypes } = state.dialogue.slots;
  if (Array.isArray(nextRoomTypes)) return nextRoomTypes.length + 1;
  return typeof rooms === 'number' ? rooms : 1;
}

/** "¿Me mandas la confirmación a…?", "can you send it to…?": the guest's own address, asked as a question. */
const SEND_IT_TO =
  /\b(?:manda\w*|envia\w*|send|confirmacion|confirmation|mi (?:correo|mail|email|e-mail)|my (?:e-?mail|address))\b/;

/** "Lo dejamos con mi madre", "we'll leave him at home": the pet stays behind, nothing is given up. */
const LEAVES_IT_WITH = /\b(?:lo|la|los|las) dej\w* (?:con|en|a)\b|\bleave (?:it|him|her|them) (?:with|at)\b/g;

/** Words of changing something: "cambia las fechas", "modify", "move it to". */
const CHANGE_WORDS = /\b(?:cambi\w*|modific\w*|mueve|mover|change\w*|modify|move)\b/;
/** Words pointing at a booking already made: "cancela mi reserva", "the booking", "el código". */
const NAMES_A_BOOKING = /\b(?:reservas?|booking|bookings|reservation|reservations|codigo|code)\b/;
/** Hotel topics a booking request answers in passing (the arrival hour among them). */
const BOOKING_ASIDES: ReadonlySet<InfoTopic> = new Set(['check_in', 'pets', 'breakfast', 'parking', 'wifi']);
/** Intents that say little on their own: a hotel topic in the same message tells what is asked. */
const LOW_INFORMATION: ReadonlySet<IntentName> = new Set(['greeting', 'thanks', 'goodbye']);
/**
 * Intents that keep a message naming a whole stay (its dates and its party); any other reading of
 * one ("llego el 3.1 y me voy el 5.1, somos 2" heard as location, "I arrive… and leave…" as a yes,
 * "check in… check out…" as hotel info) is an availability question.
 */
const STAY_INTENTS: ReadonlySet<IntentName> = new Set([
  'check_availability',
  'make_reservation',
  'room_prices',
  'cancel_reservation',
  'reservation_status',
  'human_handoff',
]);

/**
 * Decides which handler answers a message, given the conversation: a tapped button or a numbered
 * e-mail choice wins; then the answer to the question the bot asked; then a follow-up to the booking
 * being discussed; then the classifier's intent; else the fallback.
 */
@Injectable()
export class DialogueRouter {
  route(message: UnifiedMessage, nlu: ParseResult, state: ConversationState): Routing {
    const text = message.text ?? '';
    const choice = chosenId(message, state, nlu);
    if (choice) {
      const routed = this.routeChoice(choice, nlu, state);
      if (routed) return routed;
    }
    const sameDates = withSameDates(text, nlu, state);
    if (sameDates) return this.route(message, sameDates, state);
    // "¿Habláis alemán?" (heard as anything, a goodbye or a handoff): the fallback names the languages.
    // Not with a stay in it ("switch to English, a double 12-14 for 2"): the stay is the request.
    if (asksAboutLanguages(text) && !hasBookingEntity(nlu)) return { intent: null, via: 'none', nlu };
    const flow = state.dialogue.flow as FlowName | null;
    const awaiting = state.dialogue.awaiting as Awaiting | null;
    // "La de la doble", "the one on the 20th" answering "which booking?": the flow that asked goes on.
    if (flow && picksBookingByDetail(text, nlu, state)) return { intent: flow, via: 'choice', nlu };
    if (flow === 'cancel_reservation' && picksEveryBooking(text, state))
      return { intent: flow, via: 'choice', nlu };
    // "Ok, the suite" to "shall I book the suite?" (heard as asking for its photos): a yes.
    if (
      awaiting === 'confirmation' &&
      isBookingFlow(flow) &&
      isBookingYesNo(state) &&
      takesOfferedRoom(text, nlu, state)
    )
      return { intent: 'confirm', via: 'slot', nlu };
    // "Espera, que lo consulto con mi pareja" at a room offered or the summary: no answer yet.
    if (
      awaiting === 'confirmation' &&
      isBookingFlow(flow) &&
      isBookingYesNo(state) &&
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
      isBookingFlow(flow) &&
      (awaiting === 'confirmation' ? isBookingYesNo(state) : awaiting !== null) &&
      nlu.intent !== 'confirm' &&
      changesStayExtras(text, nlu) &&
      !CANCEL_WORDS.test(foldText(text).replace(LEAVES_IT_WITH, ''))
    )
      return { intent: flow, via: 'follow_up', nlu };
    // "Vale, a nombre de Irene Sanz" at "shall I book it?": a yes under that name (not a change to the offer).
    if (
      awaiting === 'confirmation' &&
      isBookingFlow(flow) &&
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
    if (
      isBookingFlow(flow) &&
      givesEmail &&
      !yesWithIt &&
      !fromSender &&
      (!/[?¿]/.test(text) || SEND_IT_TO.test(foldText(text)))
    ) {
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
    // "El aire no funciona", "the room was dirty": a person, at once, whatever it reads as (not a
    // booking being made, whose own questions come first).
    if (!isBookingFlow(flow) && guestTrouble(text)) return { intent: 'human_handoff', via: 'nlu', nlu };
    // "Ladrones", "ripoff, 219 for a suite??": the cheapest room, however it reads.
    if (complainsOfPrice(text) && !nlu.entities.some((entity) => STAY_ENTITIES.has(entity.type)))
      return { intent: 'room_prices', via: 'nlu', nlu };
    // "Queremos ir el puente, 2 personas" heard as asking for a person: the party of a stay.
    if (nlu.intent === 'human_handoff' && countsPeopleNotAsksForOne(text, nlu))
      return this.route(message, { ...nlu, intent: NO_INTENT }, state);
    // "Quiero añadir una noche a mi reserva" after booking (heard as a new booking): that booking's
    // status and how it can be changed, never a second, overlapping booking.
    if (!flow && knownReferences(state).length > 0 && asksToChangeMyBooking(text))
      return { intent: 'reservation_status', via: 'nlu', nlu };
    // "¿Tenéis transfer?" answered, then "¿y cuánto cuesta?": the transfer's price, not the rooms';
    // "¿y hasta qué hora?" after the late check-out: its hour, not a goodbye.
    const carried = followUpOfLastAnswer(text, nlu, state);
    if (carried) {
      const entities = [...nlu.entities, ...carried.entities];
      return { intent: carried.intent, via: 'follow_up', nlu: { ...nlu, intent: carried.intent, entities } };
    }
    // "¿Me podéis hacer una factura?" reads as a booking ("hacer"): an invoice is asked for, in any flow.
    if (nlu.intent !== 'confirm' && nlu.intent !== 'deny' && namesTopic(nlu, 'invoice'))
      return { intent: 'hotel_info', via: 'nlu', nlu };
    // "¿La suite tiene bañera?" at the room list (heard as asking for it): the hotel's data does not
    // say. Heard as asking for photos ("does it have a view?"), the photos show it.
    if (awaiting !== 'confirmation' && nlu.intent !== 'room_photos' && asksWhatARoomHas(text, nlu))
      return { intent: 'hotel_info', via: 'nlu', nlu };
    // "Si cancelo, ¿me cobráis algo?", "can I cancel for free?": the terms, not a cancellation.
    if (nlu.intent === 'cancel_reservation' && asksCancellationTerms(text, nlu))
      return { intent: 'hotel_info', via: 'nlu', nlu };
    // "Al final seremos 3" at a summary reads as a cancellation ("al final no vamos"); with no word of
    // cancelling, new details are a change to the booking: read as if nothing were classified.
    // "No, la tercera no", "skip the second room", "solo una" at an offer or a summary of several
    // rooms: fewer rooms, however it reads (a no, a cancellation).
    if (
      awaiting === 'confirmation' &&
      flow === 'make_reservation' &&
      roomsKept(text, roomsAsked(state)) !== null
    )
      return { intent: 'make_reservation', via: 'follow_up', nlu };
    // "No, la tercera no, al final un amigo no viene" at the next of several rooms: no to that room,
    // never a cancellation of the rooms just booked (unless one is pointed at: "cancela la reserva X").
    if (
      nlu.intent === 'cancel_reservation' &&
      awaiting === 'confirmation' &&
      flow === 'make_reservation' &&
      state.dialogue.slots.nextRoom === true &&
      !carriesSlot('reference', nlu) &&
      !NAMES_A_BOOKING.test(foldText(text))
    )
      return { intent: 'deny', via: 'slot', nlu };
    // So is "cambia las fechas al 18 al 20" at a summary, heard as asking about a booking made.
    const changesThisOne =
      nlu.intent === 'reservation_status' &&
      !carriesSlot('reference', nlu) &&
      CHANGE_WORDS.test(foldText(text));
    if ((nlu.intent === 'cancel_reservation' || changesThisOne) && changesBookingNotCancels(text, nlu, state))
      return this.route(message, { ...nlu, intent: NO_INTENT }, state);
    const intent = nlu.intent === NO_INTENT ? null : nlu.intent;
    const redirected = intent !== null && intent !== flow && REDIRECTING.has(intent);
    // "No, mejor para 3" / "What about 3 people?" (often read as deny) changes the booking, and so does
    // "the suite instead", however it classifies (room photos, late check-out...).
    // After a "no" to the summary the bot asked what to change, and "the suite please" answers it too.
    const followUp =
      isBookingFlow(flow) &&
      hasBookingEntity(nlu) &&
      !asksAboutAnotherRoom(text, nlu, state) &&
      ((!redirected && FOLLOW_UP_INTENTS.has(nlu.intent)) ||
        (!ALWAYS_REDIRECTING.has(nlu.intent) &&
          (asksForChange(text, nlu) || answersWhatToChange(text, state))));
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
    // reads as thanks or bye (only there: elsewhere a polite "ok, gracias" must not cancel or hand over).
    if (
      awaiting === 'confirmation' &&
      isBookingFlow(flow) &&
      isBookingYesNo(state) &&
      (intent === null || LOW_INFORMATION.has(intent)) &&
      isAffirmation(text)
    ) {
      return { intent: 'confirm', via: 'nlu', nlu };
    }
    // "No tengo código, es una reserva nueva" at "what is your booking code?": a booking to make.
    if (awaiting === 'reference' && !carriesSlot('reference', nlu) && asksForANewBooking(text))
      return { intent: 'make_reservation', via: 'nlu', nlu };
    // "No tengo el código a mano, está a nombre de…" at "what is your booking code?", however it
    // classifies: the deny handler offers a person, who can find it by name.
    if (
      awaiting === 'reference' &&
      !Array.isArray(state.dialogue.slots.options) &&
      !carriesSlot('reference', nlu) &&
      doesNotKnowTheCode(text)
    )
      return { intent: 'deny', via: 'slot', nlu };
    if (flow && awaiting && awaiting !== 'confirmation') {
      // The answer to the question asked wins, even when the classifier hears another request in it
      // ("me llamo Ana García" is a name, not a call for a person); without it, a request redirects.
      const filled = carriesSlot(awaiting, nlu)
        ? nlu
        : (nameAnswer(awaiting, text, nlu, redirected) ??
          (redirected ? null : fillsSlot(awaiting, message, nlu, state.dialogue.slots)));
      if (filled) return { intent: flow, via: 'slot', nlu: filled };
    }
    if (followUp && flow) return { intent: flow, via: 'follow_up', nlu };
    // "How can I contact you?" may classify as a greeting, "vale, ¿y perros?" as a yes (with no yes
    // asked for, which returned above): a named hotel topic says what is asked.
    // Not a whole stay with a question the booking answers in passing ("¿se admiten gatos? una doble
    // del 7 al 9 para 2", "doble 12-14 dic para 2, llegamos a las 3am"): a request.
    if (
      nlu.entities.some((entity) => entity.type === 'info_topic') &&
      (intent === null || intent === 'confirm' || LOW_INFORMATION.has(intent)) &&
      !(hasStayAndParty(nlu) && !flow && [...BOOKING_ASIDES].some((topic) => namesTopic(nlu, topic)))
    ) {
      return { intent: 'hotel_info', via: 'nlu', nlu };
    }
    // "Hi, a room from the 12th to the 14th for 2. Thanks, Tom": the stay is the request. So is any
    // whole stay under another reading (STAY_INTENTS): "check in on the 12th and check out on the 14th,
    // we are 2" sounds like a check-in/out question.
    const stayRequest =
      (intent === 'greeting' && asksForStay(nlu)) ||
      // With a thanks or a goodbye, only a stay with its party: "Thanks, see you Dec 12 to 14!" is a sign-off.
      (intent !== null && LOW_INFORMATION.has(intent) && asksForStay(nlu) && hasParty(nlu)) ||
      (intent !== null && !STAY_INTENTS.has(intent) && hasStayAndParty(nlu)) ||
      // "Reserva para 2 del 24 al 27 de diciembre" heard as asking about a booking already made.
      (intent === 'reservation_status' && asksForStay(nlu) && asksForStayNotABooking(text, nlu));
    if (!flow && stayRequest) {
      return { intent: 'check_availability', via: 'nlu', nlu };
    }
    // "Hola, queremos venir el puente de diciembre, somos 2": a stay in that period, whose days the flow tells.
    if (!flow && namesAPeriod(text) && (intent === null || LOW_INFORMATION.has(intent) || hasParty(nlu)))
      return { intent: 'check_availability', via: 'nlu', nlu };
    // "What time is check-out?" reads as late check-out; only "late", "later", "tarde"... ask for one.
    if (intent === 'late_checkout' && asksCheckOutTime(text, nlu)) {
      return { intent: 'hotel_info', via: 'nlu', nlu };
    }
    // "Llego a las 12.30", "can we drop our bags at 10?": an arrival, however it classifies (the map, a
    // late check-out).
    if ((intent === 'location' || intent === 'late_checkout') && asksAboutArrival(nlu, text)) {
      return { intent: 'hotel_info', via: 'nlu', nlu };
    }
    // "Can you recommend a restaurant nearby?": a recommendation, which the hotel's data has not, not the map.
    if (intent === 'location' && asksForRecommendation(text))
      return { intent: 'hotel_info', via: 'nlu', nlu };
    // A booking code on its own ("7M37S4"), however it classifies: the guest asks about that booking.
    if (!flow && isJustACode(text, nlu)) return { intent: 'reservation_status', via: 'nlu', nlu };
    if (intent) return { intent, via: 'nlu', nlu };
    // "Somos 3" or "del 12 al 15 de diciembre" on its own reads as off-topic, yet stay details with
    // nothing else around them can only be asking whether there is room.
    // Not "¿qué tiempo hará el finde?": the days of a question about something else.
    if (!flow && nlu.entities.some((entity) => STAY_ENTITIES.has(entity.type)) && !asksAboutWeather(text)) {
      return { intent: 'check_availability', via: 'nlu', nlu };
    }
    return { intent: null, via: 'none', nlu };
  }

  private routeChoice(choice: string, nlu: ParseResult, state: ConversationState): Routing | null {
    if (choice === 'confirm_yes') return { intent: 'confirm', via: 'choice', nlu };
    if (choice.startsWith(BOOKING_CHOICE)) {
      // "Which booking?" answered with a tap: the flow that asked goes on with that code.
      const reference = choice.slice(BOOKING_CHOICE.length);
      const entity: Entity = { type: 'reference', value: { reference }, text: '', start: 0, end: 0 };
      const flow = state.dialogue.flow === 'cancel_reservation' ? 'cancel_reservation' : 'reservation_status';
      return { intent: flow, via: 'choice', nlu: withEntity(nlu, entity) };
    }
    if (choice === 'confirm_no' || choice === 'human_no') return { intent: 'deny', via: 'choice', nlu };
    if (choice === 'human_yes') return { intent: 'human_handoff', via: 'choice', nlu };
    if (choice.startsWith('room:')) {
      const roomTypeId = choice.slice('room:'.length);
      const entity: Entity = { type: 'room_type', value: { roomTypeId }, text: '', start: 0, end: 0 };
      // Picking a room from the list is asking to book it, however the button title classifies.
      return {
        intent: 'make_reservation',
        via: 'choice',
        nlu: {
          ...nlu,
          intent: 'make_reservation',
          confidence: 1,
          entities: [...nlu.entities.filter((e) => e.type !== 'room_type'), entity],
        },
      };
    }
    return null;
  }
}
