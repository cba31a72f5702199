// The children's ages said after their count: those under 3 are babies in a cot.

/**
 * "3 kids (1, 4 and 7)", "3 niños de 1, 4 y 7 años": the children's ages said after their count, one
 * for each; those under 3 sleep in a cot, as "un niño de 2 años" does.
 */
const AGES_AFTER =
  /^\s*[(:,]?\s*(?:de|aged?|ages|of)?\s*(\d{1,2}(?!\d)(?:\s*(?:,|y|e|and|&)\s*\d{1,2}(?!\d))+)(?!\s*(?:de\s+|of\s+)?(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)|\s*[/.-]\d)/;

export function withBabiesByAge<T extends { children: number; infants: number }>(party: T, after: string): T {
  const ages = AGES_AFTER.exec(after)?.[1]
    ?.split(/\s*(?:,|y|e|and|&)\s*/)
    .map(Number);
  if (!ages || ages.length !== party.children) return party;
  const babies = ages.filter((age) => age < 3).length;
  return { ...party, children: party.children - babies, infants: party.infants + babies };
}
