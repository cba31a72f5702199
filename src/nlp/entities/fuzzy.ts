/** Optimal string alignment distance: edits plus swaps of neighbours ("dobel" is one from "doble"). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/** Months and weekdays sit one typo away from room words ("junio" / "junior"); they are never typos. */
const NEVER_TYPOS = new Set([
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'sabado',
  'domingo',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export type WordMatch = 'exact' | 'typo' | null;

/** Does the guest's (folded) word stand for the expected one, allowing a plural and a small typo? */
export function matchWord(word: string, expected: string): WordMatch {
  if (word === expected || word === `${expected}s` || word === `${expected}es`) return 'exact';
  if (NEVER_TYPOS.has(word) || expected.length < 5 || word.length < 5 || word[0] !== expected[0]) return null;
  const allowed = expected.length >= 9 ? 2 : 1;
  return editDistance(word, expected) <= allowed ? 'typo' : null;
}
