import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LockModule } from '../lock/lock.module';
import { NlpModule } from '../nlp/nlp.module';
import { PmsModule } from '../pms/pms.module';
import { SessionModule } from '../session/session.module';
import { TenantsModule } from '../tenants/tenants.module';
import { BookingFlow } from './booking/booking-flow';
import { DialogueRouter } from './dialogue/dialogue-router';
import { HotelFacts } from './dialogue/hotel-facts';
import { IntentHandlerRegistry } from './dialogue/intent-handler.registry';
import { HandoffService } from './handoff/handoff.service';
import { CancelReservationHandler } from './intents/cancel-reservation.handler';
import { CheckAvailabilityHandler } from './intents/check-availability.handler';
import { ConfirmHandler } from './intents/confirm.handler';
import { DenyHandler } from './intents/deny.handler';
import { GoodbyeHandler } from './intents/goodbye.handler';
import { GreetingHandler } from './intents/greeting.handler';
import { HotelInfoHandler } from './intents/hotel-info.handler';
import { HumanHandoffHandler } from './intents/human-handoff.handler';
import { LateCheckoutHandler } from './intents/late-checkout.handler';
import { LocationHandler } from './intents/location.handler';
import { MakeReservationHandler } from './intents/make-reservation.handler';
import { ReservationStatusHandler } from './intents/reservation-status.handler';
import { RoomPhotosHandler } from './intents/room-photos.handler';
import { RoomPricesHandler } from './intents/room-prices.handler';
import { ThanksHandler } from './intents/thanks.handler';
import { orchestratorMetricProviders } from './orchestrator.metrics';
import { ConversationInbox } from './pipeline/conversation-inbox';
import { ConversationPipeline } from './pipeline/conversation-pipeline';
import { GuestThrottle } from './pipeline/guest-throttle';
import { InboundWorker } from './pipeline/inbound.worker';
import { ReplyOutbox } from './pipeline/reply-outbox';
import { Phrasebook } from './replies/phrasebook';
import { OpenAiTranscriber } from './voice/openai-transcriber';
import { Transcriber } from './voice/transcriber.port';

/** One class per intent: the registry finds them among the providers, nothing else lists them. */
const INTENT_HANDLERS = [
  GreetingHandler,
  GoodbyeHandler,
  ThanksHandler,
  CheckAvailabilityHandler,
  MakeReservationHandler,
  ConfirmHandler,
  DenyHandler,
  CancelReservationHandler,
  ReservationStatusHandler,
  RoomPricesHandler,
  HotelInfoHandler,
  LocationHandler,
  RoomPhotosHandler,
  LateCheckoutHandler,
  HumanHandoffHandler,
];

/**
 * The receptionist: the inbound worker and its pipeline (voice, NLU, dialogue, intent handlers).
 * The channels module that provides the MediaDownloader port is passed in by the composition root,
 * so this module never imports the gateway (the arrows point inward).
 */
@Module({})
export class OrchestratorModule {
  static register(channels: { imports: NonNullable<ModuleMetadata['imports']> }): DynamicModule {
    return {
      module: OrchestratorModule,
      imports: [
        DiscoveryModule,
        NlpModule,
        PmsModule,
        LockModule,
        SessionModule,
        TenantsModule,
        ...channels.imports,
      ],
      providers: [
        ...INTENT_HANDLERS,
        IntentHandlerRegistry,
        DialogueRouter,
        HotelFacts,
        BookingFlow,
        Phrasebook,
        ConversationInbox,
        ConversationPipeline,
        ReplyOutbox,
        GuestThrottle,
        InboundWorker,
        HandoffService,
        { provide: Transcriber, useClass: OpenAiTranscriber },
        ...orchestratorMetricProviders,
      ],
      exports: [HandoffService, ConversationPipeline],
    };
  }
}
