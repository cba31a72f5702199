import { makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';

export const LOCK_OPERATIONS_TOTAL = 'hotel_agent_lock_operations_total';
export const LOCK_WAIT_SECONDS = 'hotel_agent_lock_wait_seconds';

export const lockMetricProviders = [
  makeCounterProvider({
    name: LOCK_OPERATIONS_TOTAL,
    help: 'Lock operations by operation (acquire, release, extend) and outcome',
    labelNames: ['operation', 'outcome'],
  }),
  makeHistogramProvider({
    name: LOCK_WAIT_SECONDS,
    help: 'Time spent waiting to acquire a lock (acquired or timed out)',
    labelNames: ['outcome'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  }),
];
