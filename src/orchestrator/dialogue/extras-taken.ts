import { foldText } from '../../common/fold-text';
import type { Entity, InfoTopic, ParseResult } from '../../nlp/nlp.types';
import { sellsBreakfast, type StayExtras } from '../booking/booking-extras';
import type { ConversationState } from './conversation-state';
import { declinedRebook } from './declined-rebook';
import { ANOTHER_STAY } from './extras-after-booking';
import { knownReferences } from './known-bookings';
import { petRefusal } from './pet-limits';
import type { Routing } from './routing';
import { lastAnsweredTopics, rememberTopics } from './topic-follow-up';
import type { Turn } from './turn';

// "¿Cuánto cuesta el desayuno?" answered after a booking, then "vale, añádelo" / "ah pues lo queremos"
// / "yes please, we need a spot": the extra the last answer was about, asked for that booking.

type Extra = keyof StayExtras;

const EXTRA_OF_TOPIC: Partial<Record<InfoTopic, Extra>> = {
  breakfast: 'breakfast',
  parking: 'parking',
  pets: 'pet',
};

/** Taking what was just priced, in so many words (a bare "vale" or "ok" only acknowledges it). */
const ACCEPTS = [
  // "En todas", "en las dos", "both", "all of them" at "which booking is it for?" (QA 30, es H2).
  /^\W*(?:(?:si|yes|vale|ok)\W+)?(?:(?:en|para|a|in|for|to|on)\s+)?(?:todas|todos|las dos|los dos|las 2|los 2|ambas|ambos|all(?: of them)?|both(?: of them)?|(?:all|both) (?:the )?(?:bookings|rooms))(?:\W+(?:por favor|porfa|please))?\W*$/,
  // "Vale, para los dos", "sí, para 2", "ok, for both of us": for whom, so it is taken.
  /^\W*(?:vale|ok|okay|si|venga|perfecto|yes|sure|great)\W+(?:para|pa|for)\s+(?:los dos|las dos|los 2|2|dos|ambos|todos|both(?: of us)?|the two of us|two|all of us)\b/,
  /\b(?:anad\w*|agreg\w*|sumal\w*|apunta(?:lo|la|melo|noslo)|anota(?:lo|la|melo|noslo)|pon(?:lo|la|los|las|nos|me|melo|noslo|selo)|incluye(?:lo|la|nos)|incluid(?:lo|la)|(?:lo|la|los|las) (?:quiero|queremos|cogemos|tomamos|necesitamos)|me (?:lo|la) quedo|nos (?:lo|la) quedamos|si,? (?:por favor|porfavor|porfa|plis|claro)|venga,? (?:si|vale))\b/,
  /\b(?:add (?:it|that|them|one|this|him|her)|add (?:it|that|him|her) (?:on|too|please|pls|plz)|include (?:it|that)|put (?:it|us|me) (?:on|down)|(?:we|i)(?:'ll| will) take (?:it|one|that)|(?:we|i)(?:'d| would) like (?:it|one|that)|(?:we|i) (?:need|want) (?:it|one|that|a spot|a space|a place)|yes,? please|sure,? please|go for it)\b/,
];
/** "No, gracias", "mejor no", "no thanks, we don't need it": not taken. */
const DECLINES =
  /^\W*no\b|\b(?:no gracias|no hace falta|no (?:lo|la) (?:quiero|queremos|necesit\w*)|mejor no|ya no|no thanks|not (?:needed|now)|don'?t|do not|never ?mind)\b/;
/** What makes the message about something else: another stay, a booking pointed at, another topic. */
const OWN_SUBJECT: ReadonlySet<Entity['type']> = new Set([...ANOTHER_STAY, 'reference', 'info_topic']);

/** "Vale, añádelo", "yes please, add it": what was just offered or priced is taken. */
export function takesWhatWasOffered(text: string): boolean {
  const folded = foldText(text);
  return !DECLINES.test(folded) && (ACCEPTS.some((words) => words.test(folded)) || NOTE_IT.test(folded));
}

/** Adding it, in so many words: "añádelo", "ponlo también", "inclúyelo", "add it", not a bare yes. */
const ADDS_IT =
  /\b(?:anad\w*|agreg\w*|sumal\w*|pon(?:lo|la|los|las|melo|noslo|selo)|incluye(?:lo|la)|incluid(?:lo|la)|add (?:it|that|them|this|him|her)|include (?:it|that|him|her)|put it (?:on|down))\b(?!\s+(?:a|en|bajo|under|as|for)\b)/;

/**
 * "¿Tienen parking?" answered at a booking's summary, then "vale, añádelo" or "ponlo también" (heard as
 * a yes): the extra of the last answer is added, not the booking made without it (QA 29).
 */
export function addsWhatWasOffered(text: string, nlu: ParseResult, state: ConversationState): boolean {
  // "Ponla a nombre de Ana García", "put it down under John Smith": the booking's name, no extra.
  if (nlu.entities.some((entity) => entity.type === 'guest_name')) return false;
  return ADDS_IT.test(foldText(text)) && extrasTaken(text, nlu, state).length > 0;
}

/** "Apúntamelo", "anótalo", "note it down", "book it": written down for the booking. */
const NOTE_IT =
  /\b(?:apunta(?:lo|la|melo|noslo)|anota(?:lo|la|melo|noslo)|note it(?: down)?|book it|put it down)\b/;

/** The extras the last answer was about that this message takes ("vale, añádelo"); empty when none. */
export function extrasTaken(text: string, nlu: ParseResult, state: ConversationState): Extra[] {
  const folded = foldText(text);
  if (DECLINES.test(folded) || !ACCEPTS.some((words) => words.test(folded))) return [];
  if (nlu.entities.some((entity) => OWN_SUBJECT.has(entity.type))) return [];
  const extras = lastAnsweredTopics(state).flatMap((topic) => EXTRA_OF_TOPIC[topic] ?? []);
  return [...new Set(extras)];
}

/**
 * "Vale, añádelo" after the price of breakfast, with a booking made and no other under way (or the
 * one that would replace it declined): for that booking, as "añade desayuno" is. Null otherwise.
 */
export function routeExtraTaken(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  const underWay = state.dialogue.flow !== null && declinedRebook(state) === null;
  if (underWay || knownReferences(state).length === 0) return null;
  return extrasTaken(text, nlu, state).length > 0
    ? { intent: 'reservation_status', via: 'follow_up', nlu }
    : null;
}

/** "Which booking is it for?" asked of these extras: "en todas" next takes them for every booking. */
export function rememberExtrasAsked(turn: Turn, extras: StayExtras): void {
  const topics = Object.entries(EXTRA_OF_TOPIC).flatMap(([topic, extra]) =>
    extras[extra] ? [topic as InfoTopic] : [],
  );
  const entities: Entity[] = topics.map((topic) => ({
    type: 'info_topic',
    value: { topic },
    text: '',
    start: 0,
    end: 0,
  }));
  rememberTopics(turn, 'hotel_info', entities);
}

/** The extras this turn takes from the last answer, where the hotel sells them. */
export function extrasTakenFor(turn: Turn): StayExtras {
  const taken = new Set(extrasTaken(turn.message.text ?? '', turn.nlu, turn.state));
  const info = turn.tenant.info;
  return {
    ...(taken.has('breakfast') && sellsBreakfast(turn) && { breakfast: true }),
    ...(taken.has('parking') && info.parking?.available === true && { parking: true }),
    ...(taken.has('pet') && info.pets?.allowed === true && !petRefusal(turn) && { pet: true }),
  };
}
