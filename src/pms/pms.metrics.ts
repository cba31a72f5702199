import { makeCounterProvider, makeGaugeProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';

export const PMS_REQUESTS_TOTAL = 'hotel_agent_pms_requests_total';
export const PMS_REQUEST_DURATION = 'hotel_agent_pms_request_duration_seconds';
export const PMS_CIRCUIT_STATE = 'hotel_agent_pms_circuit_state';
export const PMS_CACHE_TOTAL = 'hotel_agent_pms_cache_total';

export const pmsMetricProviders = [
  makeCounterProvider({
    name: PMS_REQUESTS_TOTAL,
    help: 'PMS calls by adapter, operation and outcome (success, rejected, invalid, unavailable, timeout, circuit_open)',
    labelNames: ['adapter', 'operation', 'outcome'],
  }),
  makeHistogramProvider({
    name: PMS_REQUEST_DURATION,
    help: 'PMS call duration (each attempt)',
    labelNames: ['adapter', 'operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  }),
  makeGaugeProvider({
    name: PMS_CIRCUIT_STATE,
    help: 'PMS circuit breaker per tenant: 0 closed, 1 half-open, 2 open',
    labelNames: ['tenant'],
  }),
  makeCounterProvider({
    name: PMS_CACHE_TOTAL,
    help: 'Availability cache lookups: hit (fresh), miss, stale (served because the PMS could not answer)',
    labelNames: ['result'],
  }),
];
