import * as chrono from 'chrono-node';
import type { Language } from '../nlp.types';
import { compareDates, fromComponents } from './calendar';
import type { DateMention } from './date-mention';
import { TAG_HOLIDAY, TAG_TONIGHT } from './date-parser-context';
import { ENGLISH_PARSERS, SPANISH_PARSERS } from './date-parsers';
import {
  countReadAsYear,
  ENGLISH_CONNECTORS,
  keepOnlyDays,
  mergeRanges,
  nearestProximoWeekday,
  SPANISH_CONNECTORS,
} from './date-refiners';
import { dayBeforeMonth, nightOfAWeekday } from './night-and-month-refiners';
import {
  ENGLISH_DAY_LIST_PARSER,
  ENGLISH_SHORT_WEEKDAY_RANGE_PARSER,
  ENGLISH_WEEKDAY_LIST_PARSER,
  SPANISH_DAY_LIST_PARSER,
  SPANISH_WEEKDAY_LIST_PARSER,
} from './day-lists';
import { cutPartyOffRange } from './party-before-range';
import { dropDaysGoneBy } from './past-days';
import { rangeToAWeekday } from './range-to-a-weekday';

// chrono-node, per language, with the parsers and refiners of this folder; and what its results become.

function buildChrono(
  base: chrono.Chrono,
  parsers: readonly chrono.Parser[],
  refiners: chrono.Refiner[],
): chrono.Chrono {
  const extended = base.clone();
  // In front, so that when one of ours reads exactly what a built-in parser reads ("this weekend",
  // "esta noche"), chrono's overlap removal keeps ours.
  extended.parsers.unshift(...parsers);
  // First, before chrono's overlap removal: a time ("12 a" in "del 12 al 15" reads as 12 a.m.) must not
  // win over the day it overlaps, and times are no part of a stay.
  extended.refiners.unshift(keepOnlyDays);
  extended.refiners.push(countReadAsYear, cutPartyOffRange, ...refiners, rangeToAWeekday, dropDaysGoneBy);
  return extended;
}

export const CHRONOS: Record<Language, chrono.Chrono> = {
  es: buildChrono(
    chrono.es.casual,
    [SPANISH_DAY_LIST_PARSER, SPANISH_WEEKDAY_LIST_PARSER, ...SPANISH_PARSERS],
    [nearestProximoWeekday, mergeRanges(SPANISH_CONNECTORS), nightOfAWeekday],
  ),
  en: buildChrono(
    chrono.en.casual,
    [
      ENGLISH_DAY_LIST_PARSER,
      ENGLISH_WEEKDAY_LIST_PARSER,
      ENGLISH_SHORT_WEEKDAY_RANGE_PARSER,
      ...ENGLISH_PARSERS,
    ],
    [dayBeforeMonth, mergeRanges(ENGLISH_CONNECTORS), nightOfAWeekday],
  ),
};

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;

export function toMention(result: chrono.ParsedResult): DateMention | null {
  const checkIn = fromComponents(result.start);
  if (!checkIn || checkIn.year < EARLIEST_YEAR || checkIn.year > LATEST_YEAR) return null;
  const end = result.end ? fromComponents(result.end) : null;
  const checkOut = end && compareDates(end, checkIn) > 0 && end.year <= LATEST_YEAR ? end : undefined;
  const start = result.index;
  // chrono keeps a trailing comma after a weekday ("friday,").
  const length = result.text.replace(/[\s,;)]+$/, '').length;
  return {
    start,
    end: start + length,
    checkIn,
    checkOut,
    isTonight: result.tags().has(TAG_TONIGHT),
    isHoliday: result.tags().has(TAG_HOLIDAY),
    dayOnly:
      result.start.isCertain('day') &&
      !result.start.isCertain('month') &&
      !result.end?.isCertain('month') &&
      !result.tags().has(TAG_HOLIDAY),
  };
}
