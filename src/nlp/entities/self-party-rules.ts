import { ADULT_COMPANION, CHILD_COMPANION, INFANT_COMPANION } from './companions';
import { COUNT_PATTERN } from './numbers';
import { fixed, rule, type Rule } from './party-rule';
import * as words from './party-words';

const PET =
  '(?:mascotas?|perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|pets?|dogs?|cats?|pupp(?:y|ies)|doggy|doggie)\\b';

/** Someone named beside the guest and their pet: "mi marido", "my wife", "our son". */
const OTHER_COMPANION = new RegExp(
  `\\b(?:mi|mis|my|our|nuestr[oa]s?|con|with)\\s+(?:${ADULT_COMPANION}|${CHILD_COMPANION}|${INFANT_COMPANION})\\b`,
);

/** The guest and who comes with them, said by who they are: "para mí y mi pareja", "just me", "me and my baby". */
export const SELF_PARTY_RULES: readonly Rule[] = [
  rule(
    'party',
    `${words.NOT_CONSULTING}\\b${words.SELF_AND}\\s+${ADULT_COMPANION}\\b|\\bmi\\s+${ADULT_COMPANION}\\s+${words.AND_SELF}`,
    fixed(2),
  ),
  rule('party', `\\bmy\\s+${ADULT_COMPANION}\\s+${words.AND_SELF}`, fixed(2)),
  // "For myself and a colleague", "viajo con un compañero".
  rule('party', `${words.NOT_CONSULTING}\\b${words.SELF_AND_ONE}\\s+${ADULT_COMPANION}\\b`, fixed(2)),
  // "para mí y mis 2 hijos": the guest is the one adult; the children are counted by their own rule.
  rule(
    'party',
    `\\b(?:(?:para\\s+)?(?:mi|yo)\\s+y\\s+(?:para\\s+)?mis|(?:me|myself)\\s+and\\s+my)\\s+(?=${COUNT_PATTERN}\\s+${words.CHILD})`,
    fixed(1),
  ),
  rule(
    'party',
    `\\b${words.SELF_AND}\\s+${CHILD_COMPANION}\\b|\\b(?:mi|my)\\s+${CHILD_COMPANION}\\s+${words.AND_SELF}`,
    fixed(1, 1),
  ),
  rule(
    'party',
    `\\b${words.SELF_AND}\\s+${INFANT_COMPANION}\\b|\\b(?:mi|my)\\s+${INFANT_COMPANION}\\s+${words.AND_SELF}`,
    fixed(1, 0, 1),
  ),
  // "Me and my dog", "mi perrita y yo" (QA 27, E20): a pet is no guest, and its words are left to the
  // pet's own readers.
  rule(
    'party',
    `\\b(?:(?:para\\s+)?(?:mi|yo)\\s+y\\s+(?:para\\s+)?mis?|(?:me|myself)\\s+and\\s+my)(?=\\s+(?:\\w+\\s+)?${PET})|(?<=\\b(?:mis?|my)\\s+(?:\\w+\\s+)?${PET}\\s+)${words.AND_SELF}`,
    // Only the pet with them: "mi marido, mi perro y yo" counts the husband (review 28, 4).
    (match) => (OTHER_COMPANION.test(match.input ?? '') ? null : { adults: 1, children: 0, infants: 0 }),
  ),
  rule(
    'party',
    '\\b(?:(?:solo|solamente|unicamente)\\s+(?:yo|para\\s+mi)|(?:viajo|voy|vengo|ire|estare)\\s+sol[oa]|para\\s+mi\\s+sol[oa])\\b',
    fixed(1),
  ),
  rule(
    'party',
    "\\b(?:(?:just|only)\\s+(?:me|myself|for\\s+me)|(?:travell?ing|coming|i'?m|i am)\\s+(?:alone|solo|by\\s+myself|on\\s+my\\s+own))\\b",
    fixed(1),
  ),
];
