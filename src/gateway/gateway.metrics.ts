import { makeCounterProvider } from '@willsoto/nestjs-prometheus';

export const MESSAGES_RECEIVED_TOTAL = 'hotel_agent_messages_received_total';
export const DUPLICATES_DROPPED_TOTAL = 'hotel_agent_duplicates_dropped_total';
export const OUTBOUND_MESSAGES_TOTAL = 'hotel_agent_outbound_messages_total';
export const CHANNEL_STATUSES_TOTAL = 'hotel_agent_channel_statuses_total';

export const gatewayMetricProviders = [
  makeCounterProvider({
    name: MESSAGES_RECEIVED_TOTAL,
    help: 'Guest messages received by channel and type (text, audio, image, location, interactive, ...)',
    labelNames: ['channel', 'type'],
  }),
  makeCounterProvider({
    name: DUPLICATES_DROPPED_TOTAL,
    help: 'Redelivered guest messages dropped because their id was already queued',
    labelNames: ['channel'],
  }),
  makeCounterProvider({
    name: OUTBOUND_MESSAGES_TOTAL,
    help: 'Replies by channel and outcome (sent, or the error: error_131047, rate_limited, network, ...)',
    labelNames: ['channel', 'outcome'],
  }),
  makeCounterProvider({
    name: CHANNEL_STATUSES_TOTAL,
    help: 'Delivery status callbacks by channel and status (sent, delivered, read, failed)',
    labelNames: ['channel', 'status'],
  }),
];
