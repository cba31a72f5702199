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

/** "…con un niño de 2 años y otro de 10", "una niña de 7 y otra de 12": one child more, by their age. */
export const ANOTHER_CHILD =
  /^(?:\s+(?:de|of|aged?)\s+\d{1,2}(?!\d)(?:\s*(?:anos|años|years?(?: old)?|yrs?|meses|months?))?)?\s*(?:,\s*)?(?:y|e|and)\s+(?:otr[oa]|another(?: one)?)(?:\s+(?:nin[oa]|hij[oa]|kid|child|son|daughter))?\s+(?:de|of|aged?)\s+(\d{1,2})(?!\d)(?:\s*(?:anos|años|years?(?: old)?|yrs?|meses|months?))?(?!\s*(?:noches?|nights?|dias?|days?|adult\w*|personas?|people|hab\w*|rooms?))/;

export function withAnotherChild<T extends { children: number; infants: number }>(
  party: T,
  another: RegExpExecArray | null,
): T {
  if (!another || party.children + party.infants < 1) return party;
  const months = /\b(?:meses|months?)\b/.test(another[0]);
  const baby = months || Number(another[1]) < 3;
  return baby ? { ...party, infants: party.infants + 1 } : { ...party, children: party.children + 1 };
}
