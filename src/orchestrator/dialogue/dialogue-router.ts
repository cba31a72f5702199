import { Injectable } from '@nestjs/common';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { type Entity, type IntentName, NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
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
/** Intents a booking follow-up ("¿y para 3 personas?") may be read as. */
const BOOKING_INTENTS: ReadonlySet<string> = new Set([
  'check_availability',
  'make_reservation',
  'room_prices',
  NO_INTENT,
]);
const BOOKING_ENTITIES: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'nights',
  'guests',
  'room_type',
]);
const SLOT_ENTITIES: Record<Exclude<Awaiting, 'confirmation'>, ReadonlyArray<Entity['type']>> = {
  dates: ['date_range', 'date', 'nights'],
  guests: ['guests'],
  room_type: ['room_type'],
  guest_name: ['guest_name'],
  reference: ['reference'],
};
const NUMBERED_CHOICE = /^\s*(\d{1,2})\s*[.)]?\s*$/;
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
    const choice = chosenId(message, state);
    if (choice) {
      const routed = this.routeChoice(choice, nlu);
      if (routed) return routed;
    }
    const flow = state.dialogue.flow as FlowName | null;
    const awaiting = state.dialogue.awaiting as Awaiting | null;
    const intent = nlu.intent === NO_INTENT ? null : nlu.intent;
    if (awaiting === 'confirmation' && (intent === 'confirm' || intent === 'deny')) {
      return { intent, via: 'nlu', nlu };
    }
    const redirected = intent !== null && intent !== flow && REDIRECTING.has(intent);
    if (flow && awaiting && awaiting !== 'confirmation') {
      // The answer to the question asked wins, even when the classifier hears another request in it
      // ("me llamo Ana García" is a name, not a call for a person); without it, a request redirects.
      const filled = carriesSlot(awaiting, nlu)
        ? nlu
        : redirected
          ? null
          : fillsSlot(awaiting, message, nlu, intent);
      if (filled) return { intent: flow, via: 'slot', nlu: filled };
    }
    if (isBookingFlow(flow) && !redirected && BOOKING_INTENTS.has(nlu.intent) && hasBookingEntity(nlu)) {
      return { intent: flow, via: 'follow_up', nlu };
    }
    if (intent) return { intent, via: 'nlu', nlu };
    return { intent: null, via: 'none', nlu };
  }

  private routeChoice(choice: string, nlu: ParseResult): Routing | null {
    if (choice === 'confirm_yes') return { intent: 'confirm', via: 'choice', nlu };
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

function isBookingFlow(flow: string | null): flow is 'make_reservation' | 'check_availability' {
  return flow === 'make_reservation' || flow === 'check_availability';
}

function hasBookingEntity(nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => BOOKING_ENTITIES.has(entity.type));
}

/** The id behind a tapped button or list row, or behind "2" answering a numbered e-mail choice. */
function chosenId(message: UnifiedMessage, state: ConversationState): string | null {
  if (message.interactive) return message.interactive.id;
  const options = state.dialogue.slots.options;
  const match = NUMBERED_CHOICE.exec(message.text ?? '');
  if (!match || !Array.isArray(options)) return null;
  // A bare number is a party size when that is the question.
  if (state.dialogue.awaiting === 'guests') return null;
  const picked: unknown = options[Number(match[1]) - 1];
  return typeof picked === 'string' ? picked : null;
}

/**
 * The message read as the answer to the awaited slot, or null when it is not one. Besides the
 * entities, a bare number answers "how many people?" and a name-like text answers "whose name?".
 */
function carriesSlot(awaiting: Exclude<Awaiting, 'confirmation'>, nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => SLOT_ENTITIES[awaiting].includes(entity.type));
}

function fillsSlot(
  awaiting: Exclude<Awaiting, 'confirmation'>,
  message: UnifiedMessage,
  nlu: ParseResult,
  intent: IntentName | null,
): ParseResult | null {
  const text = message.text ?? '';
  const unsure = intent === null || nlu.confidence < CONFIDENT;
  if (awaiting === 'guests' && BARE_NUMBER.test(text)) {
    const total = Number(text.trim());
    if (total < 1) return null;
    return withEntity(nlu, {
      type: 'guests',
      value: { adults: total, children: 0, total },
      text: text.trim(),
      start: 0,
      end: text.length,
    });
  }
  // "John Smith" may classify as anything; two or more capitalised words answering "whose name?" are a name.
  const capitalised = /^\s*\p{Lu}\S*(\s+\p{Lu}\S*)+\s*$/u.test(text);
  if (
    awaiting === 'guest_name' &&
    (unsure || capitalised) &&
    NAME_LIKE.test(text) &&
    text.trim().length <= 60
  ) {
    const name = text.trim().replace(/\s+/g, ' ');
    return withEntity(nlu, { type: 'guest_name', value: { name }, text: name, start: 0, end: text.length });
  }
  return null;
}

function withEntity(nlu: ParseResult, entity: Entity): ParseResult {
  return { ...nlu, entities: [...nlu.entities, entity] };
}
