import { parseCount } from './numbers';
import type { Party } from './companions';
import type { PieceKind } from './party-pieces';

// How a party's words are read: a pattern and what a match of it says.

export interface Rule {
  kind: PieceKind;
  pattern: RegExp;
  /** What the match says: a count read from group 1, or a fixed party. */
  read: (match: RegExpMatchArray) => Party | null;
}

export const counted = (group: keyof Party) => (match: RegExpMatchArray) => {
  const count = parseCount(match[1] ?? '');
  if (count === null) return null;
  return { adults: 0, children: 0, infants: 0, [group]: count };
};
export const fixed =
  (adults: number, children = 0, infants = 0) =>
  () => ({ adults, children, infants });
export const rule = (kind: PieceKind, source: string, read: Rule['read']): Rule => ({
  kind,
  pattern: new RegExp(source, 'g'),
  read,
});

/** A count read from group 1, or one when it is a word that names one ("el", "nuestro", "my"). */
export const oneOrCounted = (group: keyof Party) => (match: RegExpMatchArray) => {
  const count = parseCount(match[1] ?? '') ?? 1;
  return { adults: 0, children: 0, infants: 0, [group]: count };
};
