import { COUNT_PATTERN, parseCount } from './numbers';
import type { Span } from './text';

/** Someone who comes along, said by who they are: "mi mujer", "my wife", "mi madre". */
export const ADULT_COMPANION =
  '(?:pareja|mujer|marido|esposa|esposo|senora|senor|novia|novio|prometid[oa]|amig[oa]|herman[oa]|madre|padre|suegr[oa]|abuel[oa]|cunad[oa]|compa[nñ]er[oa]|acompanante|wife|husband|partner|girlfriend|boyfriend|gf|bf|hubby|missus|fiancee?|friend|mother|father|mum|mom|dad|sister|brother|colleague|mother-in-law|father-in-law|grandma|grandpa)';
export const CHILD_COMPANION =
  '(?:hij[oa]|nin[oa]|nen[ea]|peque|crio|cria|chamac[oa]|pibe|son|daughter|kid|child)';
export const INFANT_COMPANION = '(?:bebe|baby|infant|recien\\s+nacid[oa])';

/** Adults, children and babies in a party. */
export interface Party {
  adults: number;
  children: number;
  infants: number;
}

const OWNER = '(?:mis?|my|nuestr[oa]s?|our|el|la|los|las|the)';
/** Two people said as one: "mis padres", "my parents". */
const COUPLE = '(?:padres|suegros|abuelos|tios|parents|in-?laws|grandparents)';
const AGE =
  '(?:\\s*(?:,|de|\\()?\\s*(\\d{1,2})\\s*(?:anos|anitos|years?(?:\\s+old)?|yrs?(?:\\s+old)?|yo|meses|months?(?:\\s+old)?)\\)?)?';

interface Member extends Span {
  party: Party;
  isSelf: boolean;
  /** Two said as one: "mis padres". */
  isCouple: boolean;
}

type Reading = (match: RegExpExecArray) => Party | null;

const people = (adults: number, children = 0, infants = 0): Party => ({ adults, children, infants });

/** A child with an age: under three is a baby in a cot, as the hotel counts places. */
const aChild: Reading = (match) => {
  const age = match[1] === undefined ? null : Number(match[1]);
  const inMonths = /mes|month/.test(match[0]);
  return age !== null && (inMonths || age < 3) ? people(0, 0, 1) : people(0, 1);
};

const MEMBERS: ReadonlyArray<[RegExp, Reading]> = [
  [new RegExp(`\\b${OWNER}\\s+${COUPLE}\\b`, 'y'), () => people(2)],
  [
    new RegExp(
      `\\b(?:${OWNER}\\s+)?(${COUNT_PATTERN})\\s+(?:hij[oa]s|nin[oa]s|peques|kids|children|sons|daughters)\\b`,
      'y',
    ),
    (match) => {
      const count = parseCount(match[1]);
      return count === null ? null : people(0, count);
    },
  ],
  [
    new RegExp(
      `\\b(?:${OWNER}\\s+)?(${COUNT_PATTERN})\\s+(?:amig[oa]s|herman[oa]s|compa[nñ]er[oa]s|friends|brothers|sisters|colleagues)\\b`,
      'y',
    ),
    (match) => {
      const count = parseCount(match[1]);
      return count === null ? null : people(count);
    },
  ],
  [new RegExp(`\\b${OWNER}\\s+${INFANT_COMPANION}\\b${AGE}`, 'y'), () => people(0, 0, 1)],
  [new RegExp(`\\b${OWNER}\\s+${CHILD_COMPANION}\\b${AGE}`, 'y'), aChild],
  [new RegExp(`\\b${OWNER}\\s+${ADULT_COMPANION}\\b`, 'y'), () => people(1)],
];
/**
 * The guest in the list: "yo", "para mí y…", "me, my wife…", "for me my wife and…", "me + 3 friends",
 * "…and I"; not "mis padres me regalaron", "send me my wife's code".
 */
const SELF =
  /\b(?:yo|myself|i|me(?=\s*(?:,|and\b|n\b|&|\+|$))|(?<=(?:^|\b(?:for|with)\s+))me(?=\s+(?:my|our)\s+\w+(?:\s+\w+)?\s*(?:,|and\b|&|\+|[.!?)]|$))|(?:para\s+)?mi(?=\s*(?:,|y\b)))\b/y;
/** What a couple said alone comes after to be the party: "una habitación para mis padres", not "mis padres me regalaron…". */
const COMING = /\b(?:para|for|con|with|somos|vamos|vienen|venimos|viajan|viajamos|traigo|llevo|llevamos)\s+$/;
/** What may stand between two of a list: a comma, "y", "and", "con", "+". */
const BETWEEN = /^\s*(?:,|;)?\s*(?:(?:y|e|and|n|con|with|mas|plus)\s+|[&+]\s*)?(?:(?:para|for)\s+)?$/;

function membersAt(folded: string, index: number): Member | null {
  for (const [pattern, read] of MEMBERS) {
    pattern.lastIndex = index;
    const match = pattern.exec(folded);
    const party = match && read(match);
    const isCouple = pattern === MEMBERS[0][0];
    if (match && party) return { party, isSelf: false, isCouple, start: index, end: index + match[0].length };
  }
  SELF.lastIndex = index;
  const self = SELF.exec(folded);
  return self
    ? { party: people(1), isSelf: true, isCouple: false, start: index, end: index + self[0].length }
    : null;
}

/** Every member said, in order, each read at the start of a word. */
function membersIn(folded: string): Member[] {
  const members: Member[] = [];
  for (let index = 0; index < folded.length; index++) {
    if (index > 0 && /\w/.test(folded[index - 1])) continue;
    const member = membersAt(folded, index);
    if (!member) continue;
    members.push(member);
    index = member.end - 1;
  }
  return members;
}

/**
 * The party counted member by member: "mi mujer, mi hijo de 6 años y yo" (2 adults, a child), "me, my
 * wife and our 2 kids", "mis padres" (2); two lists in one message ("una doble para mis padres y una
 * superior para mi mujer y yo") add up. A list counts with two or more of it, one of them the guest
 * or a couple; "mi mujer quiere vistas" counts nobody.
 */
export function companionsParty(folded: string): (Party & Span) | null {
  const lists = listsIn(folded);
  const counted = lists.filter(
    (list) =>
      (list.length > 1 && list.some((member) => member.isSelf || member.isCouple)) ||
      (list.length === 1 && list[0].isCouple && COMING.test(folded.slice(0, list[0].start))),
  );
  return partyOf(counted.flat());
}

/**
 * Everyone a room is said to be for, listed from the start of `folded` ("mi hermano y su mujer",
 * "my brother and his wife and their 2 kids", "mi madre"): whoever they are, with or without the
 * guest. Null when the text does not start with someone.
 */
export function partyListedFirst(folded: string): (Party & Span) | null {
  // "Mi hermano y su mujer", "my brother and his wife and their 2 kids": whose they are, read as the
  // guest's own (same length, so the span holds), only here, where everyone listed is coming.
  const owned = folded.replace(/\b(?:sus?|his|her|their)\b/g, (owner) =>
    owner === 'su' ? 'mi' : owner === 'sus' ? 'mis' : owner === 'their' ? 'our  ' : 'our',
  );
  const [first] = listsIn(owned);
  return first && first[0].start === 0 ? partyOf(first) : null;
}

function listsIn(folded: string): Member[][] {
  const lists: Member[][] = [];
  for (const member of membersIn(folded)) {
    const list = lists.at(-1);
    const previous = list?.at(-1);
    if (list && previous && BETWEEN.test(folded.slice(previous.end, member.start))) list.push(member);
    else lists.push([member]);
  }
  return lists;
}

function partyOf(members: readonly Member[]): (Party & Span) | null {
  const party = people(0);
  for (const member of members) {
    party.adults += member.party.adults;
    party.children += member.party.children;
    party.infants += member.party.infants;
  }
  if (members.length === 0 || party.adults === 0) return null;
  return { ...party, start: members[0].start, end: members[members.length - 1].end };
}
