import type { Party } from './companions';
import type { Span } from './text';

export type PieceKind = 'adults' | 'children' | 'infants' | 'total' | 'party';

/** One statement about the party found in the (folded) message. */
export interface Piece extends Span {
  kind: PieceKind;
  adults: number;
  children: number;
  infants: number;
}

/** "… y", "… and", "… plus": children said after a total are added to it, not counted in it. */
const ADDITIVE = /^\s*,?\s*(?:y|e|mas|\+|and|plus)\s*$/;
/**
 * "… con", "… with": "venimos 3, con un niño de 6 años" is three, the child among them; but "we are 2
 * with 1 kid" is a couple and their child (one adult alone says "mi hijo y yo"), so with a total of 2
 * the children are added.
 */
const WITH = /^\s*,?\s*(?:con|with)\s*$/;

/** The last statement of a kind wins: a guest who corrects himself says the right number last. */
function last(pieces: Piece[], kind: PieceKind): Piece | undefined {
  return pieces.filter((piece) => piece.kind === kind).at(-1);
}

/** Adults, children and babies from the pieces, or null when the adults are unknown ("con 2 niños"). */
export function combine(folded: string, pieces: Piece[]): Party | null {
  const party = last(pieces, 'party');
  const infants = last(pieces, 'infants')?.infants ?? party?.infants ?? 0;
  const counted = combineBeds(folded, pieces, party, infants);
  return counted && { ...counted, infants };
}

/** Adults and children (the places in the room): a stated total may count the babies too. */
function combineBeds(
  folded: string,
  pieces: Piece[],
  party: Piece | undefined,
  infants: number,
): { adults: number; children: number } | null {
  const adults = last(pieces, 'adults')?.adults;
  const children = last(pieces, 'children')?.children;
  const total = last(pieces, 'total');
  if (adults !== undefined) {
    const rest = total && total.adults > adults + infants ? total.adults - adults - infants : 0;
    return { adults, children: children ?? (party?.children || rest) };
  }
  if (total && children !== undefined) {
    const child = last(pieces, 'children');
    const between = child === undefined ? '' : folded.slice(total.end, child.start);
    const isAdded =
      child !== undefined && (ADDITIVE.test(between) || (WITH.test(between) && total.adults <= 2));
    const isIncluded = !isAdded && total.adults > children;
    return { adults: isIncluded ? total.adults - children : total.adults, children };
  }
  // "Somos 4: mi mujer, mis 2 hijos y yo": the list says who the four are; with someone not listed
  // ("somos 5, …, y mi suegra"), its children are still children.
  if (total && party && party.adults + party.children === total.adults)
    return { adults: party.adults, children: party.children };
  if (total && party?.children && total.adults > party.adults + party.children)
    return { adults: total.adults - party.children, children: party.children };
  if (total) return { adults: total.adults, children: 0 };
  if (party) return { adults: party.adults, children: children ?? party.children };
  return null;
}
