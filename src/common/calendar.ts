/**
 * One formatter per timezone: building an Intl.DateTimeFormat costs ~30 µs and garbage, and dates
 * are read on every PMS call and every message (bench:pms found it was half the CPU of an
 * open-breaker answer when it was built per call).
 */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The date (`YYYY-MM-DD`) it is at `now` on the wall calendar of `timezone` (RangeError if unknown). */
export function calendarDateIn(timezone: string, now: Date): string {
  let format = DAY_FORMATS.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DAY_FORMATS.set(timezone, format);
  }
  return format.format(now);
}
