import type { Entity } from '../nlp.types';
import { extractGuests } from './guests';
import { overlaps, type Span } from './text';

/** The text with each span blotted out (no word reads across it), every other index where it was. */
function blotted(text: string, spans: readonly Span[]): string {
  return spans.reduce(
    (blot, span) => blot.slice(0, span.start) + '#'.repeat(span.end - span.start) + blot.slice(span.end),
    text,
  );
}

/**
 * The party size, not counted from a stay's first day: in "iremos 12 al 14 de diciembre" and "vamos 5 a 7
 * de diciembre" the number after the word of going is the day the stay starts, not a party of 12. When
 * the party read runs into a stay's range, it is read again with that range blotted out ("iremos 12 al
 * 14 de diciembre, somos 2" keeps its 2). "Somos 2 a 14 dic" keeps its party: its range is cut down to
 * the 14th (`cutPartyOffRange`) and no longer overlaps it.
 */
export function partyBesideStays(text: string, dates: readonly Entity[]): Entity[] {
  const guests = extractGuests(text);
  const crossed = dates.filter(
    (date) => date.type === 'date_range' && guests.some((party) => overlaps(party, date)),
  );
  if (crossed.length === 0) return guests;
  return extractGuests(blotted(text, crossed)).map((party) => ({
    ...party,
    text: text.slice(party.start, party.end),
  }));
}
