import type { RoomType } from '../../tenants/tenant';
import type { Entity } from '../nlp.types';
import { matchWord } from './fuzzy';
import { foldText } from '../../common/fold-text';
import { overlaps, type Span } from './text';

/** How a phrase came to stand for a room type; lower is more specific. */
const Source = { Name: 0, Synonym: 1, Distinctive: 2, Family: 3 } as const;
type Source = (typeof Source)[keyof typeof Source];

interface Phrase {
  roomTypeId: string;
  words: string[];
  source: Source;
  /** The room type's id is itself a word of the family ("double" for "doble"). */
  isFamilyHead: boolean;
  /** Words in the room type's shortest name: the plainer type wins a shared word ("doble"). */
  plainness: number;
  order: number;
  /** Words after which the phrase means something else ("single night", "family of four"). */
  notBefore: readonly string[];
}

interface Family {
  keywords: readonly string[];
  notBefore?: readonly string[];
}

/** Words guests use for kinds of room; a family maps only to the tenant's room types that carry one. */
const FAMILIES: readonly Family[] = [
  {
    // "Habitación sencilla": Latin America's single (QA 31, M6).
    keywords: ['individual', 'single', 'habitacion sencilla', 'cuarto sencillo'],
    notBefore: ['night', 'nights', 'day', 'days', 'time', 'one', 'payment'],
  },
  {
    keywords: ['doble', 'double', 'matrimonial', 'de matrimonio'],
    notBefore: ['check', 'charge', 'charged'],
  },
  { keywords: ['twin', 'dos camas', 'camas separadas'] },
  { keywords: ['triple'] },
  { keywords: ['familiar', 'family'], notBefore: ['of', 'de'] },
  { keywords: ['suite'] },
  { keywords: ['junior suite', 'suite junior', 'junior'] },
];

/** "The single one" points at a single room, where "a single one" is just one. */
const POINTING = new Set(['the', 'that', 'this']);

/** Whatever the source of the phrase, "single night" is no single room. */
const NOT_BEFORE = new Map(
  FAMILIES.flatMap((family) => family.keywords.map((keyword) => [keyword, family.notBefore ?? []] as const)),
);

/** Words in room names that say nothing about which room it is. */
const GENERIC = new Set(
  'habitacion habitaciones room rooms cuarto vista vistas view cama camas with'.split(' '),
);

interface Token extends Span {
  word: string;
}

function tokenize(folded: string): Token[] {
  return [...folded.matchAll(/[a-z0-9]+/g)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const words = (text: string): string[] => tokenize(foldText(text)).map((token) => token.word);
const idWords = (id: string): string[] => words(id.replace(/([a-z])([A-Z])/g, '$1 $2'));

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  return haystack.some((_, i) => needle.every((word, j) => haystack[i + j] === word));
}

function phrasesOf(roomTypes: readonly RoomType[]): Phrase[] {
  const labels = roomTypes.map((roomType) => ({
    names: Object.values(roomType.name).map(words),
    synonyms: Object.values(roomType.synonyms ?? {})
      .flat()
      .map(words),
    id: idWords(roomType.id),
  }));
  const phrases: Phrase[] = [];
  roomTypes.forEach((roomType, order) => {
    const own = labels[order];
    const base = { roomTypeId: roomType.id, isFamilyHead: false, order };
    const plainness = Math.min(...own.names.map((name) => name.length), Number.MAX_SAFE_INTEGER);
    const add = (phraseWords: string[], source: Source, extra: Partial<Phrase> = {}): void => {
      // A room type called just "Habitación" must not claim every "una habitación".
      if (phraseWords.every((word) => GENERIC.has(word))) return;
      const notBefore = NOT_BEFORE.get(phraseWords.join(' ')) ?? [];
      phrases.push({ ...base, plainness, words: phraseWords, source, notBefore, ...extra });
    };
    own.names.forEach((name) => add(name, Source.Name));
    own.synonyms.forEach((synonym) => add(synonym, Source.Synonym));
    const everything = [own.id, ...own.names, ...own.synonyms];
    for (const family of FAMILIES) {
      const keywords = family.keywords.map(words);
      if (!keywords.some((keyword) => everything.some((label) => containsSequence(label, keyword)))) continue;
      const isFamilyHead = keywords.some((keyword) => containsSequence(own.id, keyword));
      keywords.forEach((keyword) => add(keyword, Source.Family, { isFamilyHead }));
    }
    const others = new Set(
      labels.filter((_, i) => i !== order).flatMap((label) => [...label.names, ...label.synonyms].flat()),
    );
    const distinctive = new Set(
      [...own.names, ...own.synonyms].flat().filter((word) => word.length >= 5 && !GENERIC.has(word)),
    );
    distinctive.forEach((word) => !others.has(word) && add([word], Source.Distinctive));
  });
  return phrases;
}

interface Candidate extends Span {
  phrase: Phrase;
  isExact: boolean;
}

function matchAt(folded: string, tokens: Token[], index: number, phrase: Phrase): Candidate | null {
  let isExact = true;
  for (const [offset, expected] of phrase.words.entries()) {
    const token = tokens[index + offset];
    const previous = tokens[index + offset - 1];
    if (!token) return null;
    if (offset > 0 && previous && !/^[\s\-_/]+$/.test(folded.slice(previous.end, token.start))) return null;
    const match = matchWord(token.word, expected);
    if (!match) return null;
    isExact &&= match === 'exact';
  }
  const first = tokens[index];
  const lastToken = tokens[index + phrase.words.length - 1];
  const next = tokens[index + phrase.words.length];
  const pointedAt = next?.word === 'one' && POINTING.has(tokens[index - 1]?.word ?? '');
  if (next && phrase.notBefore.includes(next.word) && !pointedAt) return null;
  return { phrase, isExact, start: first.start, end: lastToken.end };
}

/** Longer matches first, then exact over typo, then the more specific source, then the plainer type. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.phrase.words.length - a.phrase.words.length ||
    Number(b.isExact) - Number(a.isExact) ||
    a.phrase.source - b.phrase.source ||
    Number(b.phrase.isFamilyHead) - Number(a.phrase.isFamilyHead) ||
    a.phrase.plainness - b.phrase.plainness ||
    a.phrase.order - b.phrase.order
  );
}

/**
 * The phrase table of a tenant's room types, built once per list: rebuilding it on every message was
 * most of the NLU's time and garbage (bench:e2e). Tenants' lists are long-lived objects.
 */
const PHRASE_TABLES = new WeakMap<readonly RoomType[], Phrase[]>();

function cachedPhrasesOf(roomTypes: readonly RoomType[]): Phrase[] {
  let phrases = PHRASE_TABLES.get(roomTypes);
  if (!phrases) PHRASE_TABLES.set(roomTypes, (phrases = phrasesOf(roomTypes)));
  return phrases;
}

/** The tenant's room types the guest names, by name, synonym, typo ("dobel") or kind ("la suite"). */
export function extractRoomTypes(text: string, roomTypes: readonly RoomType[]): Entity[] {
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const phrases = cachedPhrasesOf(roomTypes);
  const candidates = tokens.flatMap((_, index) =>
    phrases
      .map((phrase) => matchAt(folded, tokens, index, phrase))
      .filter((found): found is Candidate => found !== null),
  );
  const chosen: Candidate[] = [];
  for (const candidate of candidates.sort(compareCandidates)) {
    if (!chosen.some((other) => overlaps(other, candidate))) chosen.push(candidate);
  }
  const seen = new Set<string>();
  return chosen
    .sort((a, b) => a.start - b.start)
    .filter((candidate) => !seen.has(candidate.phrase.roomTypeId) && seen.add(candidate.phrase.roomTypeId))
    .map((candidate) => {
      const alsoFits = equallyNamed(candidate, candidates);
      return {
        type: 'room_type',
        value: { roomTypeId: candidate.phrase.roomTypeId, ...(alsoFits.length > 0 && { alsoFits }) },
        text: text.slice(candidate.start, candidate.end),
        start: candidate.start,
        end: candidate.end,
      };
    });
}

/**
 * The other room types the chosen words name as well as the chosen one: the same words, matched as
 * exactly, by a kind's word both carry ("doble" in "Doble Estándar" and "Doble Superior"), where
 * only plainness decided.
 */
function equallyNamed(chosen: Candidate, candidates: readonly Candidate[]): string[] {
  const ids = candidates
    .filter(
      (other) =>
        other.start === chosen.start &&
        other.end === chosen.end &&
        other.isExact === chosen.isExact &&
        other.phrase.source === chosen.phrase.source &&
        other.phrase.source === Source.Family &&
        other.phrase.roomTypeId !== chosen.phrase.roomTypeId,
    )
    .map((other) => other.phrase.roomTypeId);
  return [...new Set(ids)];
}
