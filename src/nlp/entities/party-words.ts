// The words a party is told in: who comes, how they are counted, and what a count that is no party looks like.

// "2 adlts", "2 adutls": typed in a hurry.
export const ADULT = '(?:adult[oa]s?|adults?|adlts?|adutls?|mayores|grandes|grown-?ups?)';
/** "2 grandes y 2 chicos" (Latin America): "chicos" are children beside the adults, young people alone ("somos 4 chicos"). */
export const CHILD_BESIDE_ADULTS = '(?:chic[oa]s|chiquill[oa]s|gurises|guaguas|cipotes)';
/** Teenagers take a place in the room as any child does: the hotel counts children, not their ages. */
export const CHILD =
  '(?:nin[oa]s?|nen[ea]s?|menores|hij[oa]s?|peques?|chiquit[oa]s?|crios|crias|chamac[oa]s|pibes|adolescentes?|children|child|kids?|toddlers?|sons?|daughters?|teens?|teenagers?)';
/** Babies sleep in a cot: they come with the party but take no place in the room. */
export const INFANT = '(?:bebes?|babies|baby|infants?|recien\\s+nacid[oa]s?|newborns?)';
export const PEOPLE =
  '(?:personas?|pers\\b\\.?|huespedes|huesped|pax|people|ppl|persons?|guests?|travell?ers?)';
export const NOT_A_PARTY =
  '(?!\\s*(?:noches?|nights?|dias?|days?|semanas?|weeks?|horas?|hours?|minutos?|minutes?|mins?\\b|km\\b|metros|meters|de\\b|del\\b(?!\\s+\\d{1,2}\\s+(?:al|a|hasta)\\b)|[/:-]\\d))';
/** "dec 14", "december 14": a month's name, then its day (English order). */
export const MONTH_THEN_DAY =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b(?![./:]\\d)';
export const SELF_AND =
  '(?:(?:para\\s+)?(?:mi|yo)\\s+y\\s+(?:para\\s+)?mi|(?:me|myself)\\s+and\\s+my|con\\s+mi|with\\s+my)';
/** The guest and one adult not theirs, travelling together: "myself and a colleague", "viajo con un compañero"; not "meeting with a colleague". */
export const SELF_AND_ONE =
  '(?:(?:para\\s+)?(?:mi|yo)\\s+y\\s+(?:para\\s+)?(?:un|una)|(?:me|myself)\\s+and\\s+(?:a|an|one)|(?:viajo|vengo|voy|vamos|iremos|ire)\\s+con\\s+(?:un|una)|(?:travell?ing|coming|staying)\\s+with\\s+(?:a|an))';
/** "Lo consulto con mi pareja", "I'll check with my wife": someone asked, not someone coming. */
export const NOT_CONSULTING =
  '(?<!\\b(?:consult\\w*|habl\\w*|mir\\w*|pens\\w*|decid\\w*|check\\w*|talk\\w*|speak\\w*|ask\\w*|discuss\\w*|confirm\\w*)(?:\\s+(?:lo|la|it|this|that|esto|eso))?\\s+)';
/** "We r 2", "semos 2": the party's verb as typed in a hurry or by ear. */
export const PARTY_WORD_SLIPS = '(?:we\\s+r|semos)';
/**
 * "Seríamos 2", "iríamos 3", "we'd be 3", "there would be 4 of us": the party's verb in the
 * conditional, as a guest asking before booking says it.
 */
export const PARTY_WORD_CONDITIONAL =
  "(?:seriamos|iriamos|vendriamos|estariamos|viajariamos|we'?d\\s+be|we\\s+would\\s+be|there\\s+would\\s+be|there'?d\\s+be)";
/**
 * A count said with the conditional that is not the party: nights ("iríamos 2 o 3 noches"), rooms, years,
 * a clock's hour, a price.
 */
export const NOT_A_PARTY_EITHER =
  '(?!\\s*(?:(?:o|or|a|y|-)\\s*\\d+\\s*(?:noches?|nights?|dias?|days?)|habitacion(?:es)?|habs?\\b|cuartos?|rooms?|apartamentos?|apartments?|suites?|anos?|years?|yrs?|meses|months?|am\\b|pm\\b|h\\b|euros?|eur\\b|\\u20ac|\\$))';
export const AND_SELF = '(?:y\\s+(?:yo|para\\s+mi)|and\\s+(?:i|me|myself))\\b';
