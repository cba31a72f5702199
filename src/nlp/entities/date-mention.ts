import type { CalendarDate } from './calendar';
import type { Span } from './text';

/** A day or a stay chrono found, in calendar dates. */
export interface DateMention extends Span {
  checkIn: CalendarDate;
  checkOut?: CalendarDate;
  /** "esta noche" / "tonight": one night unless the guest says how many. */
  isTonight: boolean;
  /** "Nochebuena", "Christmas Day": a holiday named. */
  isHoliday: boolean;
  /** "Del 5 al 7": days with no month said with them. */
  dayOnly: boolean;
}
