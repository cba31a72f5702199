import { makeCounterProvider } from '@willsoto/nestjs-prometheus';

export const SESSION_RECOVERED_TOTAL = 'hotel_agent_session_recovered_total';
export const SESSION_CONFLICTS_TOTAL = 'hotel_agent_session_conflicts_total';

export const sessionMetricProviders = [
  makeCounterProvider({
    name: SESSION_RECOVERED_TOTAL,
    help: 'Sessions found unreadable (reason: unparseable, invalid), quarantined and replaced by a fresh one',
    labelNames: ['reason'],
  }),
  makeCounterProvider({
    name: SESSION_CONFLICTS_TOTAL,
    help: 'Session writes that met a concurrent change and were re-applied',
  }),
];
