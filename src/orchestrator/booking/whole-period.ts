import { localDateIn } from '../../nlp/entities/calendar';
import { namedPeriod, wantsTheWholePeriod } from '../../nlp/entities/named-periods';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';

/**
 * "Todo el puente de diciembre", "the whole of Christmas week", or "todo el puente" once its days were
 * told: a stay from the period's first day to its last. False, with nothing changed, when the
 * message asks no such thing or no period is known.
 */
export function wholePeriodTaken(turn: Turn, slots: BookingSlots): boolean {
  const text = turn.message.text ?? '';
  if (slots.checkIn || !wantsTheWholePeriod(text)) return false;
  const period = namedPeriod(text, localDateIn(turn.now, turn.tenant.timezone));
  const from = period?.from ?? slots.periodFrom;
  const to = period?.to ?? slots.periodTo;
  if (!from || !to || to <= from) return false;
  slots.checkIn = from;
  slots.checkOut = to;
  slots.periodFrom = slots.periodTo = undefined;
  return true;
}

/** The first day of a period the message names ("la primera semana de enero, de lunes a viernes"): its weekdays fall in it. */
export function periodStartNamed(turn: Turn): string | undefined {
  return namedPeriod(turn.message.text ?? '', localDateIn(turn.now, turn.tenant.timezone))?.from;
}
