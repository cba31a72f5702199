/**
 * One formatter per timezone: building an Intl.DateTimeFormat costs ~30 µs and garbage, and dates
 * are read on every PMS call and every message (bench:pms found it was half the CPU of an
 * open-breaker answer when it was built per call).
 */
const OPTIONS = {
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  clock: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const FORMATS = {
  day: new Map<string, Intl.DateTimeFormat>(),
  clock: new Map<string, Intl.DateTimeFormat>(),
};

function formatIn(timezone: string, kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  let format = FORMATS[kind].get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, ...OPTIONS[kind] });
    FORMATS[kind].set(timezone, format);
  }
  return format;
}

/** The date (`YYYY-MM-DD`) it is at `now` on the wall calendar of `timezone` (RangeError if unknown). */
export function calendarDateIn(timezone: string, now: Date): string {
  return formatIn(timezone, 'day').format(now);
}

/**
 * Hours from `now` until `date` at `time` (`HH:MM`) on the wall clock of `timezone`: both read as
 * wall-clock times, so a DST change in between moves the answer by an hour at most.
 */
export function hoursUntilWallTime(timezone: string, now: Date, date: string, time: string): number {
  const format = formatIn(timezone, 'clock');
  const part = (type: Intl.DateTimeFormatPartTypes, parts: Intl.DateTimeFormatPart[]): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const parts = format.formatToParts(now);
  const wallNow = Date.UTC(
    part('year', parts),
    part('month', parts) - 1,
    part('day', parts),
    part('hour', parts),
    part('minute', parts),
  );
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return (Date.UTC(year, month - 1, day, hour, minute) - wallNow) / 3_600_000;
}

/** The wall-clock time (`HH:MM`, 24-hour) it is at `now` in `timezone`. */
export function wallClockTimeIn(timezone: string, now: Date): string {
  const parts = formatIn(timezone, 'clock').formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}
