import { foldText } from '../../common/fold-text';
import type { Language } from '../nlp.types';
import {
  ENGLISH_MONTH,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  SPANISH_MONTH,
  SPANISH_WEEKDAY_PREFIXES3,
} from './month-and-weekday-names';

/**
 * A weekday said beside a day's number for the same day: "llegamos el 10, o sea el jueves", "el
 * jueves, o sea el 10", "el 10 (jueves)", "the 10th, a Thursday", "Thursday, i.e. the 10th"; for a
 * range, "del 10 al 13, o sea de jueves a domingo". Chrono reads the weekday as a day of its own
 * (the next Thursday), or as a stay with the day after it; the weekday is the number's, and is
 * only checked against it (weekday-check.ts).
 */
export interface WeekdayApposition {
  /** The day's number, and where it is in the text. */
  day: number;
  dayAt: number;
  /** The weekday said (0 Sunday … 6 Saturday); with `lastWeekday`, the first of a range's two. */
  weekday: number;
  lastWeekday?: number;
  /** The words to hide from chrono: the weekday and the words joining it to the number. */
  hideFrom: number;
  hideTo: number;
  /** The whole phrase, number and weekday. */
  start: number;
  end: number;
}

const WEEKDAY = {
  es: '(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)',
  en: '(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?',
};
const SAYS = {
  es: '(?:o sea|osea|es decir|que es|que cae(?: en)?|que seria|q es)',
  en: "(?:i\\.?e\\.?|that is|that's|thats|which is|which's)",
};
/** What makes a number a day: "el 10", "del 10", "the 10th", "dec 10". */
const A_DAY = {
  es:
    `(?:\\b(?:el|dia|del|al|hasta el)\\s+(?<day>\\d{1,2})(?![\\d/.:-]\\d)(?:\\s+de\\s+${SPANISH_MONTH})?` +
    `|\\b(?<dated>\\d{1,2})\\s+de\\s+${SPANISH_MONTH})`,
  en:
    `(?:\\b(?:the|${ENGLISH_MONTHS.join('|')})[a-z]*\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?` +
    `|\\b(?<ordinal>\\d{1,2})(?:st|nd|rd|th))(?![\\d/.:-]\\d)(?:\\s+of\\s+${ENGLISH_MONTH})?`,
};
const ARTICLE = { es: '(?:el\\s+|un\\s+)?', en: '(?:a\\s+|on\\s+a\\s+)?' };
/** After a bare comma: "el 10, un jueves", never "el 10, el domingo…". */
const PLAIN_ARTICLE = { es: '(?:un\\s+)?', en: '(?:a\\s+|on\\s+a\\s+)?' };
const RANGE_WORD = { es: '(?:de\\s+)?', en: '(?:from\\s+)?' };
const TO = { es: '\\s*(?:a|al|hasta el|-)\\s*(?:el\\s+)?', en: '\\s*(?:to|till|until|through|thru|-)\\s*' };

function dayThenWeekday(language: Language): RegExp {
  const says = SAYS[language];
  const article = ARTICLE[language];
  const weekday = `(?<first>${WEEKDAY[language]})\\b(?:${TO[language]}(?<last>${WEEKDAY[language]})\\b)?`;
  // "el 10, jueves", "el 10 (jueves)", "el 10, o sea el jueves", "el 10 que es jueves"; never "el 10,
  // el domingo nos vamos", where the weekday with its article begins a sentence of its own.
  const joint = `\\s*(?:,\\s*(?:${says}\\s*,?\\s*${article}|${PLAIN_ARTICLE[language]})|\\(\\s*${article}|\\s+${says}\\s+${article})`;
  return new RegExp(`${A_DAY[language]}(?<hidden>${joint}${RANGE_WORD[language]}${weekday}\\s*\\)?)`, 'dg');
}

function weekdayThenDay(language: Language): RegExp {
  return new RegExp(
    `\\b(?<hidden>(?<first>${WEEKDAY[language]})\\b\\s*,?\\s*${SAYS[language]}\\s*,?\\s*)${A_DAY[language]}`,
    'dg',
  );
}

const PATTERNS: Record<Language, RegExp[]> = {
  es: [dayThenWeekday('es'), weekdayThenDay('es')],
  en: [dayThenWeekday('en'), weekdayThenDay('en')],
};

function weekdayIndex(name: string, language: Language): number {
  return (language === 'es' ? SPANISH_WEEKDAY_PREFIXES3 : ENGLISH_WEEKDAYS).indexOf(name.slice(0, 3));
}

/** The weekdays said beside a day's number, in the text's order. */
export function findWeekdayAppositions(text: string, language: Language): WeekdayApposition[] {
  const folded = foldText(text);
  const found: WeekdayApposition[] = [];
  for (const pattern of PATTERNS[language]) {
    for (const match of folded.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const at = match.indices?.groups ?? {};
      const [dayAt] = at.day ?? at.ordinal ?? at.dated;
      const [hideFrom, hideTo] = at.hidden;
      const start = match.index ?? 0;
      found.push({
        day: Number(groups.day ?? groups.ordinal ?? groups.dated),
        dayAt,
        weekday: weekdayIndex(groups.first, language),
        ...(groups.last ? { lastWeekday: weekdayIndex(groups.last, language) } : {}),
        hideFrom,
        hideTo,
        start,
        end: start + match[0].length,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with those weekdays blanked, by as many spaces, so every index still points into the guest's text. */
export function hideWeekdayAppositions(text: string, appositions: readonly WeekdayApposition[]): string {
  let hidden = text;
  for (const { hideFrom, hideTo } of appositions) {
    hidden = `${hidden.slice(0, hideFrom)}${' '.repeat(hideTo - hideFrom)}${hidden.slice(hideTo)}`;
  }
  return hidden;
}
