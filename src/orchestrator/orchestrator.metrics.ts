import { makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';

export const MESSAGES_PROCESSED_TOTAL = 'hotel_agent_messages_processed_total';
export const MESSAGE_PROCESSING_SECONDS = 'hotel_agent_message_processing_seconds';
export const STAGE_TIMEOUTS_TOTAL = 'hotel_agent_stage_timeouts_total';
export const HANDOFFS_TOTAL = 'hotel_agent_handoffs_total';
export const GUEST_MESSAGES_THROTTLED_TOTAL = 'hotel_agent_guest_messages_throttled_total';

/** The pipeline's stages, as the `stage` label spells them. */
export type PipelineStage = 'lock' | 'session' | 'transcription' | 'nlu' | 'handler' | 'reply' | 'total';

export const orchestratorMetricProviders = [
  makeCounterProvider({
    name: MESSAGES_PROCESSED_TOTAL,
    help: 'Guest messages handled, by channel, intent and outcome (answered, fallback, silenced, timeout, error, ...)',
    labelNames: ['channel', 'intent', 'outcome'],
  }),
  makeHistogramProvider({
    name: MESSAGE_PROCESSING_SECONDS,
    help: 'Time spent per pipeline stage (lock, session, transcription, nlu, handler, reply) and in total',
    labelNames: ['stage'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 30],
  }),
  makeCounterProvider({
    name: STAGE_TIMEOUTS_TOTAL,
    help: 'Pipeline stages that overran their budget (transcription, nlu, handler); each got a fallback reply',
    labelNames: ['stage'],
  }),
  makeCounterProvider({
    name: HANDOFFS_TOTAL,
    help: 'Conversations handed to a person, by what happened (requested, released)',
    labelNames: ['event'],
  }),
  makeCounterProvider({
    name: GUEST_MESSAGES_THROTTLED_TOTAL,
    help: 'Guest messages over RATE_LIMIT_GUEST_PER_MIN, marked handled without NLU, handlers or PMS, by channel',
    labelNames: ['channel'],
  }),
];
