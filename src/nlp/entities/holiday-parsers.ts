import type { Parser } from 'chrono-node';
import { nextOccurrence } from './calendar';
import { dateResult, TAG_HOLIDAY, todayOf } from './date-parser-context';

/** Fixed-date holidays guests book around: [pattern, month, day], the longer names first. */
type Holiday = readonly [pattern: string, month: number, day: number];

const SPANISH_HOLIDAYS: readonly Holiday[] = [
  ['nochebuena', 12, 24],
  ['nochevieja|fin\\s+de\\s+a[ñn]o', 12, 31],
  // Not "la semana de Navidad": a period (named-periods.ts).
  ['(?:el\\s+)?d[ií]a\\s+de\\s+navidad|(?<!semana\\s+de\\s+)navidad', 12, 25],
  ['(?:el\\s+)?d[ií]a\\s+de\\s+a[ñn]o\\s+nuevo|a[ñn]o\\s+nuevo', 1, 1],
  // "Hasta Reyes", "para Reyes": after a word that leads to a day; alone, Reyes may be a surname.
  [
    '(?:el\\s+)?d[ií]a\\s+de\\s+reyes|reyes\\s+magos|(?<=\\b(?:hasta|para|en|por|desde|tras|antes\\s+de|despu[eé]s\\s+de)\\s+)reyes',
    1,
    6,
  ],
  ['san\\s+valent[ií]n', 2, 14],
];
const ENGLISH_HOLIDAYS: readonly Holiday[] = [
  ['christmas\\s+eve', 12, 24],
  ['(?:christmas(?:\\s+day)?|xmas)(?!\\s+week)(?<!week\\s+of\\s+christmas)', 12, 25],
  ['boxing\\s+day', 12, 26],
  ["new\\s+year'?s\\s+eve|nye", 12, 31],
  ["new\\s+year'?s(?:\\s+day)?", 1, 1],
  ["valentine'?s(?:\\s+day)?", 2, 14],
];

/** "Nochebuena", "Christmas Eve", "Boxing Day": the next time that day comes (today included). */
function holidayParser(holidays: readonly Holiday[]): Parser {
  const pattern = new RegExp(`\\b(?:${holidays.map(([name]) => `(${name})`).join('|')})\\b`, 'i');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      // "Para Reyes García": a name, not Twelfth Night.
      const after = context.text.slice((match.index ?? 0) + match[0].length);
      if (/^\p{Lu}/u.test(match[0]) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return null;
      const index = match.slice(1).findIndex((group) => group !== undefined);
      const holiday = holidays[index];
      if (!holiday) return null;
      const [, month, day] = holiday;
      const date = nextOccurrence(todayOf(context), month, day);
      return dateResult(context, match.index ?? 0, match[0], TAG_HOLIDAY, date);
    },
  };
}

export const SPANISH_HOLIDAY_PARSER = holidayParser(SPANISH_HOLIDAYS);

export const ENGLISH_HOLIDAY_PARSER = holidayParser(ENGLISH_HOLIDAYS);
