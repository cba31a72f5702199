import { type CalendarDate, daysBetween } from './calendar';
import { dottedDate } from './dotted-date-parsers';

/** "03/12", "3/12/2026", "02/01/27": numbers either way round, as an English writer may put them. */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
/** The longest stay read from two slashed days: beyond it the other reading is taken to be meant. */
const LONGEST_STAY = 30;

/** The nights between the first two slashed days, read month first or day first, or null. */
function stayNights(today: CalendarDate, matches: RegExpMatchArray[], dayFirst: boolean): number | null {
  const [first, second] = matches.map(([, a, b, year]) =>
    dottedDate(today, dayFirst ? [a, b, year] : [b, a, year], false),
  );
  if (!first || !second) return null;
  const nights = daysBetween(first, second);
  return nights >= 1 && nights <= LONGEST_STAY ? nights : null;
}

/**
 * "From 03/12 to 06/12", "arriving 02/01/2027 departing 05/01/2027": chrono reads English slashed
 * days month first (12 March to 12 June), but a hotel in Europe hears from British guests as often.
 * When every slashed day reads both ways and the day-first reading makes the first two the shorter
 * stay (1 to 30 nights), the numbers are swapped for chrono ("12/03"), which keeps every index in place.
 */
export function preferDayFirst(text: string, today: CalendarDate): string {
  const matches = [...text.matchAll(SLASHED)];
  if (matches.length < 2) return text;
  const dayFirstSomewhere = matches.some(([, a]) => Number(a) > 12);
  const monthFirstSomewhere = matches.some(([, , b]) => Number(b) > 12);
  // "From 12/01 to 15/01": the 15 shows the writer puts the day first, in every day they write.
  if (dayFirstSomewhere || monthFirstSomewhere)
    return dayFirstSomewhere && !monthFirstSomewhere ? swapped(text) : text;
  const monthFirst = stayNights(today, matches, false);
  const dayFirst = stayNights(today, matches, true);
  // "04/12 to 05/12": 12 April to 12 May (30 nights) or 4 to 5 December; the shorter stay is meant.
  if (dayFirst === null || (monthFirst !== null && monthFirst <= dayFirst)) return text;
  return swapped(text);
}

/** Every slashed day with its two numbers the other way round ("12/03" for "03/12"). */
function swapped(text: string): string {
  return text.replace(SLASHED, (...found: string[]) => {
    const [, a, b, year] = found;
    return `${b}/${a}${year ? `/${year}` : ''}`;
  });
}
