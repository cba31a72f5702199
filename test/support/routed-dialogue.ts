import { forgetEarlierAnswers } from '../../src/orchestrator/dialogue/topic-follow-up';
import type { LockService } from '../../src/lock/lock.service';
import type { Entity, IntentName, Language, ParseResult } from '../../src/nlp/nlp.types';
import { PmsAdapter } from '../../src/pms/pms-adapter.port';
import { PmsRejectedError } from '../../src/pms/pms.errors';
import type {
  AvailabilityQuery,
  Availability,
  Reservation,
  ReservationRequest,
  RoomTypeInfo,
} from '../../src/pms/pms.types';
import { BookingFlow } from '../../src/orchestrator/booking/booking-flow';
import { nightsOf } from '../../src/orchestrator/booking/stay-dates';
import {
  isSideQuestion,
  settleAfterRouting,
  type ConversationState,
} from '../../src/orchestrator/dialogue/conversation-state';
import { DialogueRouter } from '../../src/orchestrator/dialogue/dialogue-router';
import { answerFallback } from '../../src/orchestrator/dialogue/fallback';
import { answerOtherQuestions } from '../../src/orchestrator/dialogue/other-questions-answered';
import { HotelFacts } from '../../src/orchestrator/dialogue/hotel-facts';
import type { IntentHandler } from '../../src/orchestrator/dialogue/intent-handler';
import type { IntentHandlerRegistry } from '../../src/orchestrator/dialogue/intent-handler.registry';
import type { Turn } from '../../src/orchestrator/dialogue/turn';
import { CancelReservationHandler } from '../../src/orchestrator/intents/cancel-reservation.handler';
import { CheckAvailabilityHandler } from '../../src/orchestrator/intents/check-availability.handler';
import { ConfirmHandler } from '../../src/orchestrator/intents/confirm.handler';
import { DenyHandler } from '../../src/orchestrator/intents/deny.handler';
import { HotelInfoHandler } from '../../src/orchestrator/intents/hotel-info.handler';
import { HumanHandoffHandler } from '../../src/orchestrator/intents/human-handoff.handler';
import { LateCheckoutHandler } from '../../src/orchestrator/intents/late-checkout.handler';
import { LocationHandler } from '../../src/orchestrator/intents/location.handler';
import { MakeReservationHandler } from '../../src/orchestrator/intents/make-reservation.handler';
import { ReservationStatusHandler } from '../../src/orchestrator/intents/reservation-status.handler';
import { RoomPhotosHandler } from '../../src/orchestrator/intents/room-photos.handler';
import { RoomPricesHandler } from '../../src/orchestrator/intents/room-prices.handler';
import { ThanksHandler } from '../../src/orchestrator/intents/thanks.handler';
import { GreetingHandler } from '../../src/orchestrator/intents/greeting.handler';
import { GoodbyeHandler } from '../../src/orchestrator/intents/goodbye.handler';
import { reservation } from './booked-pms';
import { demoTenant, freshState, guestMessage, makeTurn } from './turn-fixtures';

// A conversation through the real router and handlers, each message with the reading the NLU gives it,
// against a PMS that books the demo hotel's rooms.

/**
 * The demo hotel's rooms, each free, at its rate (a room too small for the party is not offered), and
 * the bookings made here besides K7QX2M.
 */
export class BookingPms extends PmsAdapter {
  readonly stored = new Map<string, Reservation>([['K7QX2M', reservation()]]);
  readonly requests: ReservationRequest[] = [];

  async checkAvailability(query: AvailabilityQuery): Promise<Availability> {
    const offers = demoTenant()
      .roomTypes.filter((room) => room.maxGuests >= query.guests)
      .map((room) => ({
        roomTypeId: room.id,
        name: room.name,
        maxGuests: room.maxGuests,
        roomsLeft: 3,
        nightlyRate: room.rate,
        total: room.rate * nightsOf(query),
        currency: 'EUR',
      }));
    return { offers, checkedAt: '2026-11-25T10:00:00Z', stale: false };
  }

  async getRoomTypes(): Promise<RoomTypeInfo[]> {
    return demoTenant().roomTypes.map((room) => ({ ...room, currency: 'EUR' }));
  }

  async createReservation(request: ReservationRequest): Promise<Reservation> {
    this.requests.push(request);
    const rate = demoTenant().roomTypes.find((room) => room.id === request.roomTypeId)?.rate ?? 0;
    const booked: Reservation = {
      ...pick(request, 'roomTypeId', 'checkIn', 'checkOut', 'guests', 'guestName'),
      reference: `BOOK${this.requests.length}X`,
      status: 'confirmed',
      total: rate * nightsOf(request),
      currency: 'EUR',
    };
    this.stored.set(booked.reference, booked);
    return booked;
  }

  async getReservation(_tenantId: string, reference: string): Promise<Reservation> {
    const found = this.stored.get(reference);
    if (!found) throw new PmsRejectedError('unknown_reference', 'no');
    return found;
  }

  async cancelReservation(tenantId: string, reference: string): Promise<Reservation> {
    const cancelled: Reservation = {
      ...(await this.getReservation(tenantId, reference)),
      status: 'cancelled',
    };
    this.stored.set(reference, cancelled);
    return cancelled;
  }
}

function pick<T extends object, K extends keyof T>(from: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

class FakeLocks {
  async withLock<T>(_keys: string[], work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return work(new AbortController().signal);
  }
}

/** What the NLU read in a message: its intent, its language, and entities with the words they are in. */
export interface Reading {
  intent: ParseResult['intent'];
  language?: Language;
  /** Each entity with the words of the message it was read from (placed there). */
  entities?: Array<[words: string, entity: Entity]>;
  /** The message's questions read as its own intent, by their words. */
  ownQuestions?: string[];
}

/** One guest's conversation: each message routed, answered by its handler, and the state kept. */
export class RoutedDialogue {
  state: ConversationState;
  /** What the hotel's staff were told on the last message. */
  staffNotices: string[] = [];
  private readonly router = new DialogueRouter();
  private readonly handlers = new Map<IntentName, IntentHandler>();
  private readonly booking: BookingFlow;
  private readonly registry: IntentHandlerRegistry;
  private sent = 0;

  constructor(
    language: Language = 'es',
    readonly pms: BookingPms = new BookingPms(),
  ) {
    this.state = freshState({ language });
    this.booking = new BookingFlow(this.pms, new FakeLocks() as unknown as LockService, new HotelFacts());
    const registry = { get: (intent: IntentName) => this.handlers.get(intent) } as IntentHandlerRegistry;
    this.registry = registry;
    const facts = new HotelFacts();
    for (const handler of [
      new ReservationStatusHandler(this.pms, this.booking),
      new MakeReservationHandler(this.booking),
      new CheckAvailabilityHandler(this.booking),
      new CancelReservationHandler(this.pms),
      new ConfirmHandler(registry),
      new DenyHandler(registry),
      new ThanksHandler(),
      new GreetingHandler(),
      new GoodbyeHandler(),
      new HumanHandoffHandler(),
      new HotelInfoHandler(facts),
      new RoomPricesHandler(this.pms, this.booking, facts),
      new LateCheckoutHandler(),
      new RoomPhotosHandler(),
      new LocationHandler(),
    ])
      this.handlers.set(handler.intent, handler);
  }

  /** The guest's message, as the pipeline handles it; returns the replies' texts, one per line. */
  async say(text: string, reading: Reading): Promise<string> {
    const turn = await this.turnFor(text, reading);
    this.state = turn.state;
    this.staffNotices = turn.staffNotices;
    return turn.replies.map((reply) => ('text' in reply ? reply.text : reply.type)).join('\n');
  }

  private async turnFor(text: string, reading: Reading): Promise<Turn> {
    const nlu: ParseResult = {
      intent: reading.intent,
      confidence: 0.9,
      language: reading.language ?? this.state.language,
      entities: (reading.entities ?? []).map(([words, entity]) => placed(text, words, entity)),
      ...(reading.ownQuestions && {
        ownQuestions: reading.ownQuestions.map((words) => ({
          start: text.indexOf(words),
          end: text.indexOf(words) + words.length,
        })),
      }),
    };
    const message = { text, id: `wamid.R${(this.sent += 1)}` };
    const routing = this.router.route(guestMessage(message), nlu, this.state);
    const side = isSideQuestion(this.state, routing.intent, routing.nlu.entities);
    if (!side) settleAfterRouting(this.state, routing.intent);
    const turn = makeTurn({ nlu: routing.nlu, message, state: structuredClone(this.state) });
    const handler = routing.intent ? this.handlers.get(routing.intent) : undefined;
    if (handler) {
      await handler.handle(turn);
      await answerOtherQuestions(turn, routing.intent, this.registry);
    } else answerFallback(turn);
    // As the pipeline does: an answer that asked its own question lets the pending one go.
    const askedItself = turn.replies.some((reply) => reply.type === 'buttons' || reply.type === 'list');
    if (side && (askedItself || !this.booking.remind(turn))) settleAfterRouting(turn.state, routing.intent);
    // As the pipeline does: what an earlier turn answered is no longer "the last answer".
    forgetEarlierAnswers(turn.state, message.id);
    return turn;
  }
}

/** The entity where the NLU finds it in `text`: its position tells which words stand beside it. */
export function placed(text: string, words: string, found: Entity): Entity {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { ...found, text: words, start, end: start + words.length };
}
