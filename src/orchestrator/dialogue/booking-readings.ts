import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import { affirmsNamed } from './affirmation';
import type { ConversationState } from './conversation-state';
import { knownReferences } from './known-bookings';
import { asksForChange, asksForPhotos } from './guest-wording';

// How the router reads a message against the booking being discussed: a change, a yes, a question.

/** Details of a booking: a message naming one may change the booking being discussed. */
const BOOKING_ENTITIES: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'no_such_date',
  'nights',
  'guests',
  'rooms',
  'room_type',
  'guest_name',
  'email',
]);
/** Details of a stay: alone in a message, they ask about availability. */
export const STAY_ENTITIES: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'no_such_date',
  'nights',
  'guests',
]);

/**
 * "Is the suite bigger?", "how much is the suite?" at a summary: a question about a room, answered
 * beside the pending booking (which stays as it is); "the suite instead" changes it.
 */
export function asksAboutAnotherRoom(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const onlyARoom = nlu.entities.every(
    (entity) => entity.type === 'room_type' || !BOOKING_ENTITIES.has(entity.type),
  );
  return (
    state.dialogue.slots.step === 'summary' && /[?¿]/.test(text) && onlyARoom && !asksForChange(text, nlu)
  );
}

/** Words of cancelling or giving up a booking. */
export const CANCEL_WORDS =
  /\b(?:cancel\w*|anul\w*|borr\w*|elimin\w*|desist\w*|dar de baja|dej\w*|olvid\w*|ya no|no (?:vamos|podemos|puedo|voy)|never ?mind|forget|drop)\b/;

/**
 * New party, dates or room for the offer or summary waiting for its yes, or for the booking waiting
 * for its name, room or party ("al final somos 3" at "whose name?", "can we move it to the 11-13?" at
 * the rooms listed), with no word of cancelling or giving up.
 */
export function changesBookingNotCancels(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const { awaiting, slots } = state.dialogue;
  const waiting =
    awaiting === 'guest_name' ||
    awaiting === 'room_type' ||
    awaiting === 'guests' ||
    (awaiting === 'confirmation' && (slots.step === 'summary' || slots.step === 'offer'));
  return (
    isBookingFlow(state.dialogue.flow) &&
    waiting &&
    hasBookingEntity(nlu) &&
    !CANCEL_WORDS.test(foldText(text))
  );
}

/**
 * "The suite please", "actually the suite please" typed at "whose name?" (heard as its photos): the
 * booking's room, changed. Not "¿la suite tiene bañera?" nor "¿me enseñas la suite?".
 */
export function changesRoomAtTheName(text: string, nlu: ParseResult, state: ConversationState): boolean {
  return (
    state.dialogue.awaiting === 'guest_name' &&
    !/[?¿]/.test(text) &&
    nlu.entities.some((entity) => entity.type === 'room_type') &&
    !asksForPhotos(text)
  );
}

/**
 * "¿Y la suite?" (heard as its photos) while a stay is looked at or booked: that room for the same
 * stay, as "¿y para 3 personas?" is that party. Not "¿y fotos de la suite?".
 */
export function asksForThatRoomInstead(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  return (
    nlu.intent === 'room_photos' &&
    folded.length <= SHORT_FOLLOW_UP &&
    /^\W*(?:y|e|and|what about|how about|que tal|mejor)\b/.test(folded) &&
    nlu.entities.some((entity) => entity.type === 'room_type') &&
    !asksForPhotos(text)
  );
}
const SHORT_FOLLOW_UP = 40;

/** A room, dates or a party told (not asked about) when the bot asked what to change. */
export function answersWhatToChange(text: string, state: ConversationState): boolean {
  return state.dialogue.slots.step === 'change' && !text.includes('?');
}

/** The room offered or summarised, named alone with a yes or courtesies around it. */
export function takesOfferedRoom(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const [room, ...others] = nlu.entities;
  return (
    others.length === 0 &&
    room?.type === 'room_type' &&
    room.value.roomTypeId === state.dialogue.slots.roomTypeId &&
    !/[?¿]/.test(text) &&
    affirmsNamed(text, room)
  );
}

/** The booking's own yes/no questions: a room offered, or the summary. */
export function isBookingYesNo(state: ConversationState): boolean {
  const step = state.dialogue.slots.step;
  return step === 'summary' || step === 'offer';
}

export function isBookingFlow(flow: string | null): flow is 'make_reservation' | 'check_availability' {
  return flow === 'make_reservation' || flow === 'check_availability';
}

/** Dates of a stay: a range, or a day with the nights or the party ("the 12th, 3 nights"). */
export function asksForStay(nlu: ParseResult): boolean {
  const has = (type: Entity['type']): boolean => nlu.entities.some((entity) => entity.type === type);
  return has('date_range') || (has('date') && (has('nights') || has('guests')));
}

export function hasParty(nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => entity.type === 'guests');
}

export function hasStayAndParty(nlu: ParseResult): boolean {
  const has = (type: Entity['type']): boolean => nlu.entities.some((entity) => entity.type === type);
  return has('date_range') && has('guests');
}

export function hasBookingEntity(nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => BOOKING_ENTITIES.has(entity.type));
}

/** "Espera, al final sí la quiero", "wait, I still want the room": a stay given up, wanted again. */
const WANTED_AFTER_ALL = [
  /\b(?:al final|pensandolo (?:bien|mejor)|espera|mejor|cambie de idea|he cambiado de idea|sabes que)\b.*\b(?:si la quiero|la quiero|quiero (?:la|el|reservar)|la reservo|reservala|me la quedo|si reservo)\b/,
  /\b(?:todavia|aun|sigo) (?:la |el )?(?:quiero|queriendo|me interesa)\b/,
  /\bme la quedo\b|^\W*(?:si|vale|ok|yes)\b[\s,!.]*(?:la quiero|la reservo|reservala|i(?:'ll| will)? take it|book it)\b/,
  /\b(?:still (?:want|need|like|interested)|changed my mind)\b/,
  /\b(?:wait|actually|on second thought)\b.*\b(?:i(?:'ll| will)? (?:take|want|book)|book it|i'd like it)\b/,
];

/**
 * Wanting the stay left with a goodbye after all: its booking flow still holds the stay (the goodbye
 * kept it, see take-leave.ts) and asks nothing.
 */
export function takesUpTheStayAgain(text: string, state: ConversationState): boolean {
  const { flow, awaiting, slots } = state.dialogue;
  const folded = foldText(text);
  return (
    isBookingFlow(flow) &&
    awaiting === null &&
    typeof slots.checkIn === 'string' &&
    typeof slots.guests === 'number' &&
    WANTED_AFTER_ALL.some((pattern) => pattern.test(folded)) &&
    !CANCEL_WORDS.test(folded)
  );
}

const NAME_ON_IT =
  /\b(?:a nombre de quien (?:esta|estan|la (?:pusiste|pusisteis|tienes|tienen|hiciste))|(?:con|bajo|a) que nombre (?:esta|estan|la)|whose name is (?:it|the booking|my booking)|(?:what|which) name is (?:it|the booking|my booking) (?:under|in)|under (?:what|which|whose) name is)\b/;

/**
 * "¿A nombre de quién está?", "what name is the booking under?" once a booking is made or looked up
 * here (and none is under way, where the bot asks that itself).
 */
export function asksNameOnBooking(text: string, state: ConversationState): boolean {
  return state.dialogue.flow === null && knownReferences(state).length > 0 && NAME_ON_IT.test(foldText(text));
}
