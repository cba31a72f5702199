import type { Refiner } from 'chrono-node';

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
