import { PmsUnavailableError } from '../../pms/pms.errors';
import type { Turn } from './turn';

/**
 * Answers honestly when the PMS cannot be reached (a timeout, an open breaker): nothing invented,
 * and how to reach the hotel instead. Returns false for any other error, which the caller handles.
 */
export function answerPmsUnavailable(turn: Turn, error: unknown): boolean {
  if (!(error instanceof PmsUnavailableError)) return false;
  turn.say('pms.unavailable', { phone: turn.tenant.info.phone, email: turn.tenant.info.email });
  return true;
}
