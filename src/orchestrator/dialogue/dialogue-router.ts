import { Injectable } from '@nestjs/common';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { foldText } from '../../common/fold-text';
import { formatName } from '../../nlp/entities/guest-name';
import { codeTypedAlone } from '../../nlp/entities/identifiers';
import { type Entity, type IntentName, NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import { isAffirmation } from './affirmation';
import { BOOKING_CHOICE } from './reservation-lookup';
import { asksCheckOutTime, asksForChange, isJustACode, ordinalChoice } from './guest-wording';
import type { Awaiting, ConversationState, FlowName } from './conversation-state';

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
const BOOKING_ENTITIES: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'nights',
  'guests',
  'rooms',
  'room_type',
]);
/** How a room typed from a list of rooms may classify when it only picks it ("la superior", "sí, la suite"). */
const PICKING_INTENTS: ReadonlySet<string> = new Set([
  'make_reservation',
  'check_availability',
  'confirm',
  NO_INTENT,
]);
/** What tells two bookings apart in "which one?": their room type or their days. */
const PICKING_ENTITIES: ReadonlySet<Entity['type']> = new Set(['room_type', 'date', 'date_range']);
/** Readings of a message naming a room or a day that are no pick ("no, mejor mantengo la del 20"). */
const NOT_A_PICK: ReadonlySet<string> = new Set([
  'human_handoff',
  'deny',
  'make_reservation',
  'check_availability',
  'goodbye',
]);
/** Longer than this, an answer to "which booking?" is taken for a request of its own. */
const SHORT_PICK = 60;
/** Details of a stay: alone in a message, they ask about availability. */
const STAY_ENTITIES: ReadonlySet<Entity['type']> = new Set(['date_range', 'date', 'nights', 'guests']);
const SLOT_ENTITIES: Record<Exclude<Awaiting, 'confirmation'>, ReadonlyArray<Entity['type']>> = {
  dates: ['date_range', 'date', 'nights'],
  // "3 habitaciones" answers "how many people?" after too few rooms were asked for.
  guests: ['guests', 'rooms'],
  room_type: ['room_type'],
  guest_name: ['guest_name'],
  reference: ['reference'],
};
/** "2", "2.", "la 2", "option 2": an option by its number ("el 2" is a day). */
const NUMBERED_CHOICE = /^\s*(?:(?:la|n[uú]mero|number|opci[oó]n|option)\s+)?(\d{1,2})\s*[.)]?\s*$/i;
const BARE_NUMBER = /^\s*(\d{1,2})\s*$/;
/** A plausible personal name: 1-5 words of letters, nothing else. */
const NAME_LIKE = /^\s*\p{L}[\p{L}'’.-]*(\s+\p{L}[\p{L}'’.-]*){0,4}\s*$/u;
/** Below this, a classified intent does not outweigh an answer to the question the bot asked. */
const CONFIDENT = 0.8;

/**
 * Decides which handler answers a message, given the conversation: a tapped button or a numbered
 * e-mail choice wins; then the answer to the question the bot asked; then a follow-up to the booking
 * being discussed; then the classifier's intent; else the fallback.
 */
@Injectable()
export class DialogueRouter {
  route(message: UnifiedMessage, nlu: ParseResult, state: ConversationState): Routing {
    const choice = chosenId(message, state, nlu);
    if (choice) {
      const routed = this.routeChoice(choice, nlu, state);
      if (routed) return routed;
    }
    const flow = state.dialogue.flow as FlowName | null;
    const awaiting = state.dialogue.awaiting as Awaiting | null;
    // "La de la doble", "the one on the 20th" answering "which booking?": the flow that asked goes on.
    if (flow && picksBookingByDetail(message.text ?? '', nlu, state))
      return { intent: flow, via: 'choice', nlu };
    // "Si cancelo, ¿me cobráis algo?", "can I cancel for free?": the terms, not a cancellation.
    if (nlu.intent === 'cancel_reservation' && asksCancellationTerms(message.text ?? '', nlu))
      return { intent: 'hotel_info', via: 'nlu', nlu };
    // "Al final seremos 3" at a summary reads as a cancellation ("al final no vamos"); with no word of
    // cancelling, new details are a change to the booking: read as if nothing were classified.
    if (nlu.intent === 'cancel_reservation' && changesBookingNotCancels(message.text ?? '', nlu, state))
      return this.route(message, { ...nlu, intent: NO_INTENT }, state);
    const intent = nlu.intent === NO_INTENT ? null : nlu.intent;
    const redirected = intent !== null && intent !== flow && REDIRECTING.has(intent);
    // "No, mejor para 3" / "What about 3 people?" (often read as deny) changes the booking, and so does
    // "the suite instead", however it classifies (room photos, late check-out...).
    // After a "no" to the summary the bot asked what to change, and "the suite please" answers it too.
    const followUp =
      isBookingFlow(flow) &&
      hasBookingEntity(nlu) &&
      !asksAboutAnotherRoom(message.text ?? '', nlu, state) &&
      ((!redirected && FOLLOW_UP_INTENTS.has(nlu.intent)) ||
        (!ALWAYS_REDIRECTING.has(nlu.intent) &&
          (asksForChange(message.text ?? '', nlu) || answersWhatToChange(message.text ?? '', state))));
    // "Maria Lopez" typed at "shall I book it?": a yes, under that name; at a summary, or when asked
    // what to change, the name changes.
    const named =
      awaiting === 'confirmation' && flow === 'make_reservation' && nameAtYesNo(message.text ?? '', nlu);
    if (named) {
      return { intent: state.dialogue.slots.step === 'offer' ? 'confirm' : flow, via: 'slot', nlu: named };
    }
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
      isAffirmation(message.text)
    ) {
      return { intent: 'confirm', via: 'nlu', nlu };
    }
    if (flow && awaiting && awaiting !== 'confirmation') {
      // The answer to the question asked wins, even when the classifier hears another request in it
      // ("me llamo Ana García" is a name, not a call for a person); without it, a request redirects.
      const filled = carriesSlot(awaiting, nlu)
        ? nlu
        : (nameAnswer(awaiting, message.text ?? '', nlu, redirected) ??
          (redirected ? null : fillsSlot(awaiting, message, nlu)));
      if (filled) return { intent: flow, via: 'slot', nlu: filled };
    }
    if (followUp && flow) return { intent: flow, via: 'follow_up', nlu };
    // "How can I contact you?" may classify as a greeting; a named hotel topic says what is asked.
    if (
      nlu.entities.some((entity) => entity.type === 'info_topic') &&
      (intent === null || LOW_INFORMATION.has(intent))
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
      (intent !== null && !STAY_INTENTS.has(intent) && hasStayAndParty(nlu));
    if (!flow && stayRequest) {
      return { intent: 'check_availability', via: 'nlu', nlu };
    }
    // "What time is check-out?" reads as late check-out; only "late", "later", "tarde"... ask for one.
    if (intent === 'late_checkout' && asksCheckOutTime(message.text ?? '', nlu)) {
      return { intent: 'hotel_info', via: 'nlu', nlu };
    }
    // "Llego a las 12.30", "can we drop our bags at 10?": an arrival, however it classifies (the map, a
    // late check-out).
    if ((intent === 'location' || intent === 'late_checkout') && asksAboutArrival(nlu, message.text ?? '')) {
      return { intent: 'hotel_info', via: 'nlu', nlu };
    }
    // A booking code on its own ("7M37S4"), however it classifies: the guest asks about that booking.
    if (!flow && isJustACode(message.text ?? '', nlu))
      return { intent: 'reservation_status', via: 'nlu', nlu };
    if (intent) return { intent, via: 'nlu', nlu };
    // "Somos 3" or "del 12 al 15 de diciembre" on its own reads as off-topic, yet stay details with
    // nothing else around them can only be asking whether there is room.
    if (!flow && nlu.entities.some((entity) => STAY_ENTITIES.has(entity.type))) {
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

/**
 * "Is the suite bigger?", "how much is the suite?" at a summary: a question about a room, answered
 * beside the pending booking (which stays as it is); "the suite instead" changes it.
 */
function asksAboutAnotherRoom(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const onlyARoom = nlu.entities.every(
    (entity) => entity.type === 'room_type' || !BOOKING_ENTITIES.has(entity.type),
  );
  return (
    state.dialogue.slots.step === 'summary' && /[?¿]/.test(text) && onlyARoom && !asksForChange(text, nlu)
  );
}

const CANCEL_WORDS =
  /\b(?:cancel\w*|anul\w*|borr\w*|elimin\w*|desist\w*|dar de baja|dej\w*|olvid\w*|ya no|no (?:vamos|podemos|puedo|voy)|never ?mind|forget|drop)\b/;

/** What the terms of a cancellation are asked in: its cost, its conditions, the hotel's policy. */
const TERMS =
  /\b(?:si cancel\w*|si anul\w*|if (?:i|we) cancel\w*|gratis|free|cobr\w*|charg\w*|fee|coste|costo|cost|penaliz\w*|penalt\w*|politica|policy|reembols\w*|refund\w*|devuelv\w*|hasta cuando)\b/;

/** "Si cancelo, ¿me cobráis algo?": a question about the terms, naming no booking to cancel. */
function asksCancellationTerms(text: string, nlu: ParseResult): boolean {
  const namesTerms = nlu.entities.some(
    (entity) => entity.type === 'info_topic' && entity.value.topic === 'cancellation_policy',
  );
  const namesBooking = nlu.entities.some((entity) => entity.type === 'reference');
  return namesTerms && !namesBooking && /[?¿]/.test(text) && TERMS.test(foldText(text));
}

/** New party, dates or room for the summary waiting for its yes, with no word of cancelling or giving up. */
function changesBookingNotCancels(text: string, nlu: ParseResult, state: ConversationState): boolean {
  return (
    state.dialogue.flow === 'make_reservation' &&
    state.dialogue.awaiting === 'confirmation' &&
    state.dialogue.slots.step === 'summary' &&
    hasBookingEntity(nlu) &&
    !CANCEL_WORDS.test(foldText(text))
  );
}

/** A short answer to "which booking?" naming a room type or a day rather than a code or a place. */
function picksBookingByDetail(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const options = state.dialogue.slots.options;
  const isBookingList =
    Array.isArray(options) &&
    options.length > 0 &&
    options.every((option) => typeof option === 'string' && option.startsWith(BOOKING_CHOICE));
  return (
    isBookingList &&
    state.dialogue.awaiting === 'reference' &&
    text.length <= SHORT_PICK &&
    !/[?¿]/.test(text) &&
    nlu.entities.some((entity) => PICKING_ENTITIES.has(entity.type)) &&
    !NOT_A_PICK.has(nlu.intent)
  );
}

/** A room, dates or a party told (not asked about) when the bot asked what to change. */
function answersWhatToChange(text: string, state: ConversationState): boolean {
  return state.dialogue.slots.step === 'change' && !text.includes('?');
}

/** The booking's own yes/no questions: a room offered, or the summary. */
function isBookingYesNo(state: ConversationState): boolean {
  const step = state.dialogue.slots.step;
  return step === 'summary' || step === 'offer';
}

function isBookingFlow(flow: string | null): flow is 'make_reservation' | 'check_availability' {
  return flow === 'make_reservation' || flow === 'check_availability';
}

/** Dates of a stay: a range, or a day with the nights or the party ("the 12th, 3 nights"). */
function asksForStay(nlu: ParseResult): boolean {
  const has = (type: Entity['type']): boolean => nlu.entities.some((entity) => entity.type === type);
  return has('date_range') || (has('date') && (has('nights') || has('guests')));
}

/** The way to the hotel: "we arrive at the airport at 9, how do we get there?" is about directions. */
const DIRECTIONS =
  /\b(?:aeropuerto|airport|estacion|station|tren|train|bus|autobus|taxi|uber|metro|como (?:llego|llegamos|vamos|voy)|get (?:to|there)|directions)\b/;

/** A check-in question and no check-out one, nor the way to the hotel. */
function asksAboutArrival(nlu: ParseResult, text: string): boolean {
  const topics = nlu.entities.flatMap((entity) => (entity.type === 'info_topic' ? [entity.value.topic] : []));
  return topics.includes('check_in') && !topics.includes('check_out') && !DIRECTIONS.test(foldText(text));
}

function hasParty(nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => entity.type === 'guests');
}

function hasStayAndParty(nlu: ParseResult): boolean {
  const has = (type: Entity['type']): boolean => nlu.entities.some((entity) => entity.type === type);
  return has('date_range') && has('guests');
}

function hasBookingEntity(nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => BOOKING_ENTITIES.has(entity.type));
}

/**
 * The id behind a tapped button or list row, behind "2" answering a numbered e-mail choice, or
 * behind "the first one" / "la última" answering a list of rooms.
 */
function chosenId(message: UnifiedMessage, state: ConversationState, nlu: ParseResult): string | null {
  if (message.interactive) return message.interactive.id;
  const options = state.dialogue.slots.options;
  if (!Array.isArray(options)) return null;
  const index = chosenIndex(message.text ?? '', state, nlu, options);
  const picked: unknown = index === null ? undefined : options[index];
  return typeof picked === 'string' ? picked : null;
}

function chosenIndex(
  text: string,
  state: ConversationState,
  nlu: ParseResult,
  options: unknown[],
): number | null {
  const match = NUMBERED_CHOICE.exec(text);
  // A bare number is a party size when that is the question.
  if (match) return state.dialogue.awaiting === 'guests' ? null : Number(match[1]) - 1;
  const listOf = (prefix: string): boolean =>
    options.every((option) => typeof option === 'string' && option.startsWith(prefix));
  // "Sí" to "is that the one?" (a list of one booking), or its place in a longer list.
  if (listOf(BOOKING_CHOICE))
    return options.length === 1 && nlu.intent === 'confirm' ? 0 : ordinalChoice(text, options.length, false);
  // "Yes" to a list of one room ("only the Superior Double is free; would you like it?").
  if (options.length === 1 && listOf('room:') && nlu.intent === 'confirm') return 0;
  const namesADay = nlu.entities.some((entity) => entity.type === 'date' || entity.type === 'date_range');
  if (!listOf('room:') || namesADay) return null;
  // "La superior" typed instead of tapped: the same choice, unless it asks about it ("¿y la superior?",
  // "fotos de la superior").
  const named = nlu.entities.find((entity) => entity.type === 'room_type');
  const listed = named ? options.indexOf(`room:${named.value.roomTypeId}`) : -1;
  const picks =
    state.dialogue.awaiting === 'room_type' && PICKING_INTENTS.has(nlu.intent) && !/[?¿]/.test(text);
  if (listed >= 0 && picks) return listed;
  return ordinalChoice(text, options.length);
}

/** Whether the message carries the entity the awaited slot takes. */
function carriesSlot(awaiting: Exclude<Awaiting, 'confirmation'>, nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => SLOT_ENTITIES[awaiting].includes(entity.type));
}

/** A bare number answering "how many people?", or a code typed with spaces answering "which code?". */
function fillsSlot(
  awaiting: Exclude<Awaiting, 'confirmation'>,
  message: UnifiedMessage,
  nlu: ParseResult,
): ParseResult | null {
  const text = message.text ?? '';
  const code = awaiting === 'reference' ? codeTypedAlone(text) : null;
  if (code) {
    return withEntity(nlu, {
      type: 'reference',
      value: { reference: code },
      text,
      start: 0,
      end: text.length,
    });
  }
  if (awaiting === 'guests' && BARE_NUMBER.test(text)) {
    const total = Number(text.trim());
    if (total < 1) return null;
    return withEntity(nlu, {
      type: 'guests',
      value: { adults: total, children: 0, infants: 0, total },
      text: text.trim(),
      start: 0,
      end: text.length,
    });
  }
  return null;
}

/** Words that answer "whose name?" with something else (a greeting, a yes, a thanks). */
const NOT_NAMES = new Set(
  (
    'hola hi hello hey buenas buenos ok okay okey oki vale si sí sip sipi claro dale acuerdo listo yes yeah yep yup ' +
    'sure no nop nope gracias thanks adios adiós bye perfecto genial it its is under the name my mi nombre es'
  ).split(' '),
);

/** A word as NOT_NAMES holds it: lower case, a stretched last letter undone ("siii", "okk"). */
const plainWord = (word: string): string => word.toLowerCase().replace(/(\p{L})\1+$/u, '$1');
/** A courtesy after the name ("John Smith, please", "Ana García, gracias!"): not part of it. */
const TRAILING_COURTESY =
  /[\s,.!]*\b(?:please|pls|plz|thanks|thank you|thx|ty|cheers|gracias|muchas gracias|por favor|porfa)[\s.!]*$/i;

/**
 * A name typed in answer to "whose name?". The classifier scores unknown words (most surnames)
 * unpredictably — "María López" can come out as `location` with full confidence — so capitalised
 * words are taken as the name whatever it says; uncapitalised ones only when it is unsure.
 */
function nameAnswer(
  awaiting: Awaiting,
  text: string,
  nlu: ParseResult,
  redirected: boolean,
): ParseResult | null {
  if (awaiting !== 'guest_name') return null;
  const bare = text.replace(TRAILING_COURTESY, '');
  if (!NAME_LIKE.test(bare) || bare.trim().length > 60) return null;
  const words = bare.trim().split(/\s+/);
  if (words.some((word) => NOT_NAMES.has(plainWord(word)))) return null;
  const capitalised = words.every((word) => /^\p{Lu}/u.test(word));
  const unsure = nlu.intent === NO_INTENT || nlu.confidence < CONFIDENT;
  if (!capitalised && (redirected || !unsure)) return null;
  const name = formatName(words.join(' '));
  // The whole answer is the name: a day or a room read in it ("Ángel Domingo") is part of the name.
  const answer = { ...nlu, entities: nlu.entities.filter((entity) => entity.start >= bare.length) };
  return withEntity(answer, { type: 'guest_name', value: { name }, text: name, start: 0, end: text.length });
}

/**
 * Capitalised words a guest may write at a yes/no question that are no name: a yes ("Por Favor",
 * "Claro"), or words of a request or a pause ("Cuanto Cuesta El Parking", "Un Momento", "Not Yet").
 */
const NOT_IN_A_NAME = new Set(
  (
    'por favor claro dale acuerdo listo hecho adelante bien correcto exacto sure great fine good perfect ' +
    'que cuanto cuando como donde quiero queremos necesito puedo podemos hay tienen con un una el los las mi me ' +
    'te se es esta espera momento mejor otra otro todavia aun what how when where can want need is are do the a ' +
    'an to my me hold on wait not yet let think please thanks gracias'
  ).split(' '),
);

/**
 * A full name and nothing else typed at a booking's yes/no question: two to five words, each
 * capitalised (not shouted: a guest writing in capitals is not naming anyone), none a word of a
 * request, and nothing else read in it.
 */
function nameAtYesNo(text: string, nlu: ParseResult): ParseResult | null {
  const words = text.replace(TRAILING_COURTESY, '').trim().split(/\s+/);
  if (words.length < 2 || words.some((word) => NOT_IN_A_NAME.has(foldText(word)))) return null;
  if (!words.every((word) => /^\p{Lu}/u.test(word)) || text === text.toUpperCase()) return null;
  if (nlu.entities.some((entity) => entity.type !== 'guest_name')) return null;
  return nameAnswer('guest_name', text, nlu, false);
}

function withEntity(nlu: ParseResult, entity: Entity): ParseResult {
  return { ...nlu, entities: [...nlu.entities, entity] };
}
