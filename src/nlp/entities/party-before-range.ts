import type { Refiner } from 'chrono-node';
import { ENGLISH_MONTHS, SPANISH_MONTH_PREFIXES } from './month-and-weekday-names';
import { hideMatches } from './text';

/** Words that count the party just before a number: "somos 2", "seremos 3", "we are 2". */
const PARTY_WORDS_BEFORE =
  /\b(?:somos|seremos|semos|ser[ií]amos|we\s+are|we\s+r|we're|we'll\s+be|we(?:'d|\s+would)\s+be)\s+$/i;
/** The first day of a range with no month of its own ("2 a 14 dic", "2 - 14 Dec"), and its connector. */
const BARE_FIRST_DAY = /^\d{1,2}\s*(?:al?|hasta|-|–|to|until|till)\s+/i;

/**
 * "Somos 2 a 14 dic": a party of 2 arriving on the 14th, not a stay from the 2nd (chrono reads "2 a 14
 * dic" as a range). The range is cut down to its second day; "del 2 al 14 dic" and "2 a 14 dic" with
 * no party word before them stay ranges.
 */
export const cutPartyOffRange: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const firstDay = BARE_FIRST_DAY.exec(result.text);
      if (!result.end || !firstDay) continue;
      if (!PARTY_WORDS_BEFORE.test(context.text.slice(0, result.index))) continue;
      result.index += firstDay[0].length;
      result.text = result.text.slice(firstDay[0].length);
      result.start = result.end;
      result.end = undefined;
    }
    return results;
  },
};

const MONTH = `(?:${[...new Set([...ENGLISH_MONTHS, ...SPANISH_MONTH_PREFIXES])].join('|')})[a-z]*\\.?`;
/** After "dec 5": not nights ("para 20 dic 3 noches" is the 20th, for 3 nights). */
const NOT_A_COUNT = '(?!\\s*(?:noches?|nights?|dias?|days?|semanas?|weeks?))';
/**
 * The party's number (twelve at most) right before a day said with its month: "for 2 dec 5 to dec 7",
 * "para 2 5 dic a 7 dic".
 */
const PARTY_BEFORE_A_DAY = new RegExp(
  `\\b(?:for|para|x)\\s+([1-9]|1[0-2])(?=\\s+(?:${MONTH}\\s+\\d{1,2}\\b${NOT_A_COUNT}|\\d{1,2}\\s+(?:de\\s+)?${MONTH}))`,
  'gi',
);

/**
 * "Room for 2 dec 5 to dec 7": chrono reads "2 dec" as a day (or "2 dec 10" as 2 December 2010), and
 * the stay is lost. The party's number is hidden from it, by as many letters, so every index still
 * points into the guest's text (the party is read apart, guests.ts).
 */
export function hidePartyBeforeADay(text: string): string {
  return hideMatches(text, PARTY_BEFORE_A_DAY);
}
