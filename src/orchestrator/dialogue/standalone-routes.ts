import { foldText } from '../../common/fold-text';
import { type InfoTopic, type IntentName, type ParseResult } from '../../nlp/nlp.types';
import { namesAPeriod } from '../../nlp/entities/named-periods';
import { asksForStay, hasParty, hasStayAndParty, STAY_ENTITIES } from './booking-readings';
import type { FlowName } from './conversation-state';
import {
  asksAboutArrival,
  asksCheckOutTime,
  asksForRecommendation,
  asksForStayNotABooking,
  isJustACode,
} from './guest-wording';
import { asksAboutWeather, asksOnlyAboutWeather } from './weather-question';
import { statesACancellation } from './cancellation-wording';
import { isCompliment } from './compliment';
import { asksForARoom } from './room-recommendation';
import { wishesTheSeason } from './season-wishes';
import { namesTopic } from './parse-results';
import { MONEY_QUESTIONS } from './hotel-question-routes';
import { asksStayTotal } from './price-basis';
import { extendsABookingMade, extendsTheStay } from './stay-shift-wording';
import { asksTotalOfEverything } from './total-of-everything';
import type { Routing } from './routing';

/** A room named in the words guests use for one, Spain's and Latin America's. */
const A_ROOM_WORD = /\b(?:habitacion(?:es)?|hab|cuartos?|recamaras?|rooms?)\b/;
/** The booking's code asked for again: "el código cuál era?", "what was my booking code?", "¿me recuerdas el código?". */
const ASKS_FOR_THE_CODE =
  /\b(?:(?:recuerda\w*|recordar\w*|repite\w*|repetir\w*|dame|dime|pasame|remind me(?: of)?|tell me|give me|send me) (?:otra vez |again )?(?:el|mi|the|my) (?:codigo|localizador|numero de reserva|(?:booking |reservation |confirmation )(?:code|reference|number)|reference)(?: de (?:la |mi )?reserva)?(?: again| otra vez)?(?=\W*$)|(?:el|mi) (?:codigo|localizador|numero de reserva)(?: de (?:la )?reserva)? (?:cual|que) (?:era|es)|(?:cual|que) (?:era|es) (?:el|mi) (?:codigo|localizador)|(?:what|whats|what's) (?:was|is)? ?(?:my|the) (?:booking |reservation |confirmation )?(?:code|reference|number))\b/;
/** "Nada, solo quería saludar", "just wanted to say hi": no question, a hello. */
const JUST_HELLO =
  /\b(?:solo|solamente|nada,? solo) (?:queria|quiero|era para) saludar\b|\bjust (?:wanted to )?say(?:ing)? (?:hi|hello)\b/;
/** Intents that say little on their own: a hotel topic in the same message tells what is asked. */
export const LOW_INFORMATION: ReadonlySet<IntentName> = new Set(['greeting', 'thanks', 'goodbye']);
/** Hotel topics a booking request answers in passing (the arrival hour among them). */
const BOOKING_ASIDES: ReadonlySet<InfoTopic> = new Set([
  'check_in',
  'pets',
  'breakfast',
  'parking',
  'wifi',
  'cancellation_policy',
  ...MONEY_QUESTIONS,
]);
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
 * A message nothing in the conversation answered, read on its own: the classifier's intent, mended
 * where its words say otherwise (a hotel topic, a whole stay, an arrival hour, a booking code).
 */
export function routeOnItsOwn(
  text: string,
  nlu: ParseResult,
  intent: IntentName | null,
  flow: FlowName | null,
): Routing {
  // "How can I contact you?" may classify as a greeting, "vale, ¿y perros?" as a yes (with no yes
  // asked for, which returned above): a named hotel topic says what is asked.
  // Not a whole stay with a question the booking answers in passing ("¿se admiten gatos? una doble
  // del 7 al 9 para 2", "doble 12-14 dic para 2, llegamos a las 3am", "…para el puente de diciembre,
  // somos dos adultos y un niño, y si se puede aparcar cerca, gracias"): a request.
  if (
    nlu.entities.some((entity) => entity.type === 'info_topic') &&
    (intent === null || intent === 'confirm' || LOW_INFORMATION.has(intent)) &&
    !(
      (hasStayAndParty(nlu) || (hasParty(nlu) && namesAPeriod(text))) &&
      !flow &&
      [...BOOKING_ASIDES].some((topic) => namesTopic(nlu, topic))
    )
  ) {
    return { intent: 'hotel_info', via: 'nlu', nlu };
  }
  // "What's the weather like next week?", "will it rain tomorrow?" (heard as anything, a goodbye, its
  // days a stay): the weather, which the hotel's answer says it does not know.
  if (!flow && asksOnlyAboutWeather(text, nlu)) return { intent: 'hotel_info', via: 'nlu', nlu };
  // "¡Feliz Navidad!" (its holiday read as a day): wishes, answered in kind.
  if (!flow && wishesTheSeason(text, nlu)) return { intent: 'greeting', via: 'nlu', nlu };
  // "We booked 10-13 dec with you, could we extend by one night?" (QA 29, H5: quoted as a new stay, a
  // second booking): a night added to a booking made, which the status flow finds or asks the code of.
  if (!flow && extendsABookingMade(text)) return { intent: 'reservation_status', via: 'nlu', nlu };
  // "Hi, a room from the 12th to the 14th for 2. Thanks, Tom": the stay is the request. So is any
  // whole stay under another reading (STAY_INTENTS): "check in on the 12th and check out on the 14th,
  // we are 2" sounds like a check-in/out question.
  const stayRequest =
    (intent === 'greeting' && asksForStay(nlu)) ||
    // "Hola, quiero un cuarto para 2": a room for a party, with no dates yet.
    (intent === 'greeting' && hasParty(nlu) && A_ROOM_WORD.test(foldText(text))) ||
    // With a thanks or a goodbye, only a stay with its party, a room or a question mark: "Thanks, see
    // you Dec 12 to 14!" is a sign-off, "¿tenéis una doble dentro de un mes? 3 noches" is not.
    (intent !== null &&
      LOW_INFORMATION.has(intent) &&
      asksForStay(nlu) &&
      (hasParty(nlu) || nlu.entities.some((entity) => entity.type === 'room_type') || /\?/.test(text))) ||
    (intent !== null && !STAY_INTENTS.has(intent) && hasStayAndParty(nlu)) ||
    // "Single room 14-18 dec pls. Do you do airport shuttle?", "…and I need an invoice" (QA 28, E5:
    // only the question was answered): a room with its dates, the question its aside.
    (intent === 'hotel_info' && asksForRoomAndDays(text, nlu)) ||
    // "Reserva para 2 del 24 al 27 de diciembre" heard as asking about a booking already made.
    (intent === 'reservation_status' && asksForStay(nlu) && asksForStayNotABooking(text, nlu));
  if (!flow && stayRequest) {
    return { intent: 'check_availability', via: 'nlu', nlu };
  }
  // "Hola, queremos venir el puente de diciembre, somos 2": a stay in that period, whose days the flow tells.
  if (!flow && namesAPeriod(text) && (intent === null || LOW_INFORMATION.has(intent) || hasParty(nlu)))
    return { intent: 'check_availability', via: 'nlu', nlu };
  // "What time is check-out?" reads as late check-out; only "late", "later", "tarde"... ask for one.
  // "¿Se puede poner una cama extra pq somos 4?" (heard as the late check-out): that topic, with no
  // word of leaving later (QA 31, M5).
  if (intent === 'late_checkout' && asksAnotherTopic(text, nlu))
    return { intent: 'hotel_info', via: 'nlu', nlu };
  if (intent === 'late_checkout' && asksCheckOutTime(text, nlu)) {
    return { intent: 'hotel_info', via: 'nlu', nlu };
  }
  // "Can I extend my stay one more night?", "¿puedo quedarme una noche más?" (heard as a late check-out):
  // a night added to a booking, which the status flow finds (or asks the code of).
  if (intent === 'late_checkout' && extendsTheStay(text))
    return { intent: 'reservation_status', via: 'nlu', nlu };
  // "Llego a las 12.30", "can we drop our bags at 10?": an arrival, however it classifies (the map, a
  // late check-out).
  // So is "tengo una reserva para el 12 y llegaré sobre las 23h, ¿hay problema?" (heard as asking about
  // the booking): the arrival asked about needs no code.
  const arrivalOfABooking =
    intent === 'reservation_status' && /[?¿]/.test(text) && !nlu.entities.some((e) => e.type === 'reference');
  if (
    (intent === 'location' || intent === 'late_checkout' || arrivalOfABooking) &&
    asksAboutArrival(nlu, text)
  ) {
    return { intent: 'hotel_info', via: 'nlu', nlu };
  }
  // "Can you recommend a restaurant nearby?": a recommendation, which the hotel's data has not, not the map.
  // "Quiero cancelar mi reserva, ¿es gratis?" (heard as the price list): a cancellation, whose charge the flow tells.
  if (intent === 'room_prices' && statesACancellation(text))
    return { intent: 'cancel_reservation', via: 'nlu', nlu };
  // "Si vamos en coche, ¿dónde aparcamos?": the parking, not the map.
  if (intent === 'location' && namesTopic(nlu, 'parking')) return { intent: 'hotel_info', via: 'nlu', nlu };
  // "Which room do you recommend for 2 adults and a child?" (heard as the rates): the room for them.
  const heardAsRates = intent === 'room_prices' && asksForARoom(text);
  if (
    (intent === 'location' || intent === 'goodbye' || intent === null || heardAsRates) &&
    asksForRecommendation(text)
  )
    return { intent: 'hotel_info', via: 'nlu', nlu };
  // A booking code on its own ("7M37S4"), however it classifies: the guest asks about that booking.
  if (!flow && isJustACode(text, nlu)) return { intent: 'reservation_status', via: 'nlu', nlu };
  // "What's the total?" with nothing booked nor being booked (heard as nothing, or "total for
  // everything?" as thanks): the rates, and the dates asked for, as "¿cuánto es el total?" gets.
  // Heard as a thanks or a goodbye, only a total asked ("gracias! y cuánto sería el total?"), not
  // one mentioned ("vale gracias, el total está bien").
  const asksTotal =
    intent === null
      ? asksStayTotal(text)
      : LOW_INFORMATION.has(intent) &&
        (asksTotalOfEverything(foldText(text)) || (text.includes('?') && asksStayTotal(text)));
  if (!flow && asksTotal) return { intent: 'room_prices', via: 'nlu', nlu };
  // "Ok gracias. Oye, el código cuál era?" (heard as the thanks before it): the booking's details again.
  const folded = foldText(text);
  // "¿Me puedes recordar el código?" (heard as the map; QA 30, es M1) too, with nothing else named.
  const namesNothing =
    nlu.entities.length === 0 && intent !== 'cancel_reservation' && intent !== 'human_handoff';
  if ((intent === null || LOW_INFORMATION.has(intent) || namesNothing) && ASKS_FOR_THE_CODE.test(folded))
    return { intent: 'reservation_status', via: 'nlu', nlu };
  // "Nada, solo quería saludar", "just wanted to say hi": a hello.
  if (intent === null && JUST_HELLO.test(folded)) return { intent: 'greeting', via: 'nlu', nlu };
  // "¡Qué majos sois!" (heard as nothing), "love this hotel!" (as a greeting): praise, thanked.
  const stayDetails = nlu.entities.some((entity) => STAY_ENTITIES.has(entity.type));
  if (
    (intent === null || intent === 'greeting' || intent === 'confirm') &&
    !stayDetails &&
    isCompliment(text)
  )
    return { intent: 'thanks', via: 'nlu', nlu };
  if (intent) return { intent, via: 'nlu', nlu };
  // "Somos 3" or "del 12 al 15 de diciembre" on its own reads as off-topic, yet stay details with
  // nothing else around them can only be asking whether there is room.
  // Not "¿qué tiempo hará el finde?": the days of a question about something else.
  if (!flow && stayDetails && !asksAboutWeather(text)) {
    return { intent: 'check_availability', via: 'nlu', nlu };
  }
  return { intent: null, via: 'none', nlu };
}

/** A room named, or one of a kind, with the stay's days: "single room 14-18 dec", "a room from the 3rd to the 5th". */
function asksForRoomAndDays(text: string, nlu: ParseResult): boolean {
  const named =
    nlu.entities.some((entity) => entity.type === 'room_type') || A_ROOM_WORD.test(foldText(text));
  return named && nlu.entities.some((entity) => entity.type === 'date_range');
}

/** Words of leaving later than check-out: what a late check-out is asked in. */
const LEAVING_LATER =
  /\b(?:late|later|check.?out|checkout|salida|salir|irnos|irme|tard[ei]\w*|quedar\w*|extend\w*|alarg\w*|hasta las?|until|till|stay longer)\b/;

/** Hotel topics named, none of them the check-out, and no word of leaving later. */
function asksAnotherTopic(text: string, nlu: ParseResult): boolean {
  const topics = nlu.entities.filter((entity) => entity.type === 'info_topic');
  return (
    topics.length > 0 &&
    topics.every((topic) => topic.type === 'info_topic' && topic.value.topic !== 'check_out') &&
    !LEAVING_LATER.test(foldText(text))
  );
}
