import type { Entity } from '../nlp.types';
import { COUNT_OR_ARTICLE_PATTERN, COUNT_PATTERN, parseCount } from './numbers';
import { foldText } from '../../common/fold-text';
import { CHILD_COMPANION, companionsParty } from './companions';
import { combine, type Piece } from './party-pieces';
import { ANOTHER_CHILD, withAnotherChild, withBabiesByAge } from './children-ages';
import * as words from './party-words';
import { counted, fixed, oneOrCounted, rule, type Rule } from './party-rule';
import { SELF_PARTY_RULES } from './self-party-rules';

/** "Nuestro hijo", "el peque", "my daughter": one, said without a number. */
const OWNER = '(?:nuestr[oa]s?|our|mi|mis|my|el|la)';
const UNDER_THREE = '(?:(?:0|1|2|un|uno|dos)\\s+anos?|\\d{1,2}\\s+meses)\\b';
const UNDER_THREE_OLD =
  '(?:[0-2]|one|two)[ -]?(?:years?|yrs?)[ -]?olds?\\b|\\d{1,2}[ -]?months?[ -]?olds?\\b';

/** "dos parejas", "two couples": twice as many adults. */
const couples = (match: RegExpMatchArray) => {
  const count = parseCount(match[1] ?? '');
  return count === null ? null : { adults: 2 * count, children: 0, infants: 0 };
};

const RULES: readonly Rule[] = [
  rule('total', `\\b(${COUNT_PATTERN})\\s+(?:parejas|couples)\\b`, couples),
  rule('adults', `\\b(${COUNT_OR_ARTICLE_PATTERN})\\s+${words.ADULT}\\b`, counted('adults')),
  rule('children', `\\b(${COUNT_OR_ARTICLE_PATTERN})\\s+${words.CHILD}\\b`, counted('children')),
  rule(
    'children',
    `(?<=${words.ADULT}\\s*(?:,|y|e|and|con|\\+)\\s*)(${COUNT_OR_ARTICLE_PATTERN})\\s+${words.CHILD_BESIDE_ADULTS}\\b`,
    counted('children'),
  ),
  // "a 6 year old", "two 8-year-olds".
  rule(
    'children',
    `\\b(${COUNT_OR_ARTICLE_PATTERN})\\s+\\d{1,2}[ -]?(?:years?|yrs?)[ -]olds?\\b`,
    counted('children'),
  ),
  rule('infants', `\\b(${COUNT_OR_ARTICLE_PATTERN})\\s+${words.INFANT}\\b`, counted('infants')),
  // "Nuestro bebé", "our baby", "una cuna para el bebé": one, said without a number.
  rule('infants', `\\b(${OWNER})\\s+${words.INFANT}\\b`, oneOrCounted('infants')),
  // "2 adultos y bebé de 8 meses", "2 adults + baby": a baby joined to the party with no article.
  rule('infants', `(?:\\b(?:y|e|and|con|with|plus)|\\+)\\s*${words.INFANT}\\b`, fixed(0, 0, 1)),
  // A child under 3 sleeps in a cot ("un niño de 2 años", "el peque de 18 meses", "a 2 year old"), one
  // of 3 or more takes a place ("nuestro hijo de 3 años").
  rule(
    'infants',
    `\\b(${COUNT_OR_ARTICLE_PATTERN}|${OWNER})\\s+${words.CHILD}\\s+de\\s+${UNDER_THREE}`,
    oneOrCounted('infants'),
  ),
  rule('infants', `\\b(${COUNT_OR_ARTICLE_PATTERN}|${OWNER})\\s+${UNDER_THREE_OLD}`, oneOrCounted('infants')),
  // "a toddler (2 yrs)", "our son, 1 year old", "a kid aged 2".
  rule(
    'infants',
    `\\b(${COUNT_OR_ARTICLE_PATTERN}|${OWNER})\\s+${words.CHILD}\\s*(?:\\(|,|aged)?\\s*(?:[0-2]|one|two)[ -]?(?:years?|yrs?)\\b`,
    oneOrCounted('infants'),
  ),
  rule('children', `\\b(${OWNER})\\s+${CHILD_COMPANION}\\b`, oneOrCounted('children')),
  // "Our 12 year old son": the age between the owner and the child (a younger one's cot is above).
  rule(
    'children',
    `\\b(${OWNER})\\s+(?:[3-9]|1\\d)[ -]?(?:years?|yrs?)[ -]?olds?\\s+${CHILD_COMPANION}\\b`,
    oneOrCounted('children'),
  ),
  // "Los niños de 8 y 10 años", "our kids aged 5, 8 and 11" (no count said): one per age of three or
  // more (a younger one sleeps in a cot).
  rule(
    'children',
    `\\b(?:los|las|mis|nuestros|nuestras|our|my|the)\\s+${words.CHILD}\\s+(?:de|aged|of)\\s+(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*\\s+(?:y|e|and)\\s+\\d{1,2})\\b`,
    (match) => ({
      adults: 0,
      children: (match[1].match(/\d+/g) ?? []).filter((age) => Number(age) >= 3).length,
      infants: 0,
    }),
  ),
  // "hablar con una persona" asks for a human, not a room for one.
  rule(
    'total',
    `(?<!\\b(?:hablar|hable|habla|speak|talk)\\s+(?:con|with|to)\\s+)\\b(${COUNT_OR_ARTICLE_PATTERN})\\s+(?:sola\\s+)?${words.PEOPLE}\\b`,
    counted('adults'),
  ),
  rule(
    'total',
    `\\b(?:somos|seremos|vamos a ser|vamos|iremos|vendremos|venimos|viajamos|viajaremos|estaremos|we are|we're|we will be|we'll be|there are|there will be|there'll be|${words.PARTY_WORD_SLIPS})\\s+(?:(?:solo|solamente|only|just)\\s+)?(${COUNT_PATTERN})\\b${words.NOT_A_PARTY}`,
    counted('adults'),
  ),
  // "Seríamos 2 adultos y un niño", "we'd be 3", "there would be 4 of us".
  rule(
    'total',
    `\\b${words.PARTY_WORD_CONDITIONAL}\\s+(?:(?:solo|solamente|only|just)\\s+)?(${COUNT_PATTERN})\\b${words.NOT_A_PARTY}${words.NOT_A_PARTY_EITHER}`,
    counted('adults'),
  ),
  // "It'd be 2 of us", "it would be just the 3 of us": the count is the party.
  rule(
    'total',
    `\\b(?:it|that)(?:'?d|\\s+would|'?ll|\\s+will)\\s+be\\s+(?:just\\s+)?(?:the\\s+)?(${COUNT_PATTERN})\\s+of\\s+us\\b`,
    counted('adults'),
  ),
  rule(
    'total',
    `\\b(?:party|family|group|grupo|familia)\\s+(?:of|de)\\s+(${COUNT_PATTERN})\\b${words.NOT_A_PARTY}`,
    counted('adults'),
  ),
  // "para dos", "for 2": only where nothing that is counted follows ("para 2 noches", "para 2 de enero"),
  // before a please or a thanks ("double for 2 pls", "doble para 2 porfa"), an emoji, a range of days
  // ("para 2 12-14 diciembre") or another "para" ("para 2 para mañana");
  // a month followed by its day starts the dates ("for 2 dec 14-16"), not "2 December".
  rule(
    'total',
    `\\b(?:para|pa|for)\\s+(\\d{1,2}(?!\\d)|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|two|three|four|five|six|seven|eight|nine|ten)` +
      `(?=\\s*(?:$|[,.;!?()]|[\\uD800-\\uDBFF\\u2600-\\u27BF]|\\d{1,2}[./]\\d{1,2}|\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\b|${words.MONTH_THEN_DAY}|(?:y|e|por|para|pa|del|el|la|las|los|desde|entre|durante|hasta|a|en|con|esta|este|hoy|manana|and|from|on|in|at|the|this|next|tonight|tomorrow|please|pls|plz|porfa|porfi|porfavor|xfa|thanks|thank|thx|gracias|with|w(?=\\/?\\s*[a-z])|between|over|during|around|until|till|for|under|arriving|leaving|llegando|checking)\\b))`,
    counted('adults'),
  ),
  rule('total', `\\b(?:somos|para|we are|we're|for)\\s+(?:una\\s+pareja|a\\s+couple)\\b(?!\\s+of)`, fixed(2)),
  // "Somos tres, bueno no, cuatro", "we are 3, sorry 4": the party said after taking the first back.
  rule(
    'total',
    `\\b(?:somos|seremos|we are|we're|we will be|${words.PARTY_WORD_CONDITIONAL})\\s+${COUNT_PATTERN}[\\s,]+(?:bueno\\s+no|no\\s+perdon|perdon|digo|sorry|i\\s+mean)[\\s,]+(${COUNT_PATTERN})\\b${words.NOT_A_PARTY}`,
    counted('adults'),
  ),
  // "Actually make it 3 of us", "make that 4 of us" (QA 28, E1).
  rule(
    'total',
    `\\b(?:make|change)\\s+(?:it|that)\\s+(?:to\\s+)?(${COUNT_PATTERN})\\s+of\\s+us\\b`,
    counted('adults'),
  ),
  // "Double for 2 people, actually 3", "para 2, mejor 3": the party said after taking the first back.
  rule(
    'total',
    `(?<=\\b(?:for|para)\\s+${COUNT_PATTERN}(?:\\s+(?:people|persons|adults|ppl|pax|personas|adultos))?[\\s,]+)(?:actually|i mean|sorry|no wait|mejor|bueno no|no perdon|perdon)[\\s,]+(${COUNT_PATTERN})\\b${words.NOT_A_PARTY}`,
    counted('adults'),
  ),
  // "just the 2 of us", "los 3 de nosotros", "3 of us": the count is the party.
  rule('total', `\\b(?:the|los|las)\\s+(${COUNT_PATTERN})\\s+(?:of us|de nosotr[oa]s)\\b`, counted('adults')),
  // "Accommodation for two of our consultants", "para dos de nuestros empleados": a company's people.
  rule(
    'total',
    `\\b(?:for|para)\\s+(${COUNT_PATTERN})\\s+(?:of our|de nuestr[oa]s)\\s+(?:consultants?|colleagues?|employees?|staff|engineers?|technicians?|team members?|guests?|clients?|consultor[ae]s|compa[nñ]er[oa]s|emplead[oa]s|trabajador[ae]s|tecnic[oa]s|ingenier[oa]s|clientes|invitad[oa]s)\\b`,
    counted('adults'),
  ),
  rule(
    'total',
    `\\b(?:it'?s|it\\s+is|it'?ll\\s+be|it\\s+will\\s+be)\\s+(${COUNT_PATTERN})\\s+of\\s+us\\b`,
    counted('adults'),
  ),
  rule(
    'total',
    `(?<=^|[.,;!?]\\s*|\\b(?:just|only|solo|night|nights|noche|noches|tonight|tomorrow|tmrw|manana)\\s+|\\d(?:st|nd|rd|th)?\\s+)(${COUNT_PATTERN})\\s+(?:of us|de nosotr[oa]s)(?:\\s*(?:[.,;!?]|$)|(?=\\s+(?:arriving|coming|travell?ing|staying|visiting|llegamos|llegariamos|vamos|iremos|venimos)\\b))`,
    counted('adults'),
  ),
  ...SELF_PARTY_RULES,
];

const MAX_PARTY = 50;

function findPieces(folded: string): Piece[] {
  const pieces: Piece[] = [];
  for (const { kind, pattern, read } of RULES) {
    for (const match of folded.matchAll(pattern)) {
      const party = read(match);
      if (!party) continue;
      pieces.push({ kind, ...party, start: match.index, end: match.index + match[0].length });
    }
  }
  // "Un niño de 2 años" is also read as "un niño": the baby it is counts once.
  const babies = pieces.filter((piece) => piece.kind === 'infants');
  let kept = pieces.filter(
    (piece) =>
      piece.kind !== 'children' || !babies.some((baby) => baby.start <= piece.start && piece.end <= baby.end),
  );
  // "Mi mujer, mi hijo de 6 años y yo": the list counts everyone in it, the pieces inside it no more.
  const listed = companionsParty(folded);
  if (listed) {
    const inside = (piece: Piece) => listed.start <= piece.start && piece.end <= listed.end;
    kept = kept.filter((piece) => piece.kind === 'total' || piece.kind === 'adults' || !inside(piece));
    kept.push({ kind: 'party', ...listed });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Party size: "somos 4", "dos adultos y un niño", "para mí y mi pareja", "family of four", "we are 2". */
export function extractGuests(text: string): Entity[] {
  const folded = foldText(text);
  const pieces = findPieces(folded);
  const combined = combine(folded, pieces);
  if (!combined || combined.adults < 1) return [];
  const said = Math.max(...pieces.map((piece) => piece.end));
  const another = ANOTHER_CHILD.exec(folded.slice(said));
  const party = withAnotherChild(withBabiesByAge(combined, folded.slice(said)), another);
  const total = party.adults + party.children;
  if (total > MAX_PARTY) return [];
  const start = Math.min(...pieces.map((piece) => piece.start));
  const end = said + (another?.[0].length ?? 0);
  return [
    {
      type: 'guests',
      value: { adults: party.adults, children: party.children, infants: party.infants, total },
      text: text.slice(start, end),
      start,
      end,
    },
  ];
}

/**
 * The babies the message says come, whether or not it counts the adults ("ah, y vamos con un bebé de 1
 * año", "our baby", "una cuna para el bebé"): 0 when it names none.
 */
export function infantsSaid(text: string): number {
  const pieces = findPieces(foldText(text));
  const party = pieces.filter((piece) => piece.kind === 'party').at(-1);
  return pieces.filter((piece) => piece.kind === 'infants').at(-1)?.infants ?? party?.infants ?? 0;
}
