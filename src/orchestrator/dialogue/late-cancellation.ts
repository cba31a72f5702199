import { hoursUntilWallTime } from '../../common/calendar';
import type { Turn } from './turn';

/** What cancelling costs inside the hotel's free-cancellation window of arrival: the first night. */
export interface LateCharge {
  hours: number;
  amount: string;
}

interface StayCost {
  checkIn: string;
  nights: number;
  total: number;
  currency?: string;
}

/**
 * The charge for cancelling a stay now (null when free, or when the hotel states no window): said
 * before a cancellation's yes, and before a booking's yes when the stay already starts inside it.
 */
export function lateCancellationCharge(turn: Turn, stay: StayCost): LateCharge | null {
  const freeHours = turn.tenant.info.freeCancellationHours;
  if (freeHours === undefined) return null;
  const hoursLeft = hoursUntilWallTime(
    turn.tenant.timezone,
    turn.now,
    stay.checkIn,
    turn.tenant.info.checkIn,
  );
  if (hoursLeft >= freeHours) return null;
  return { hours: freeHours, amount: turn.money(stay.total / Math.max(1, stay.nights), stay.currency) };
}
