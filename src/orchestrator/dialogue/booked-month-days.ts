import { foldText } from '../../common/fold-text';
import {
  addDays,
  type CalendarDate,
  daysBetween,
  fromIsoDate,
  isValidDate,
  nextDayOfMonth,
  toIsoDate,
} from '../../nlp/entities/calendar';
import { ENGLISH_MONTHS, SPANISH_MONTH_PREFIXES } from '../../nlp/entities/month-and-weekday-names';
import type { ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { knownReferences } from './known-bookings';
import { withEntity } from './parse-results';
import { lastStayOf } from './same-dates';

/** A month's first letters, Spanish or English: days said with one are dates the NLU reads itself. */
const MONTH_PREFIX = `(?:${[...new Set([...SPANISH_MONTH_PREFIXES, ...ENGLISH_MONTHS, 'set'])].join('|')})`;
/**
 * "11-13", "the 11th-13th": two days joined by a dash, with no month, no year and no count after them
 * (the NLU reads no dates in them: "11-13" may be anything until a stay gives it a month).
 */
const BARE_DAY_RANGE = new RegExp(
  String.raw`(?<![\d/.:,-])\b(\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![/.:,-]?\d|\s*(?:de\s+|of\s+)?` +
    MONTH_PREFIX +
    String.raw`|\s*(?:noches?|nights?|personas?|people|pax|h\b|hs\b|horas?|hours?|hrs?\b|min\w*|am\b|pm\b|a\.m|p\.m|anos|years?|€|eur))`,
);
/** The days said as where the stay goes: "cámbiala al 11-13", "move it to the 11-13", "mejor el 11-13". */
const DAYS_AS_THE_STAY = /\b(?:al|a|del|a los|el|los|to|to the|for|for the|from|from the|the)\s*$/;
/** Words of moving the booking, somewhere in the message: without them, "11-13" is any two numbers. */
const MOVES =
  /\b(?:cambi\w*|mov\w*|muev\w*|pasa\w*|mejor|change\w*|move\w*|switch\w*|shift\w*|instead|rather|better)\b/;

/** The longest stay two bare days are read as: further apart, they are no stay. */
const LONGEST_STAY_NIGHTS = 14;

/** The stay from day `first` to day `last` in the month of `booked` (`last` may fall in the next month). */
function daysInMonthOf(
  booked: string,
  first: number,
  last: number,
): { checkIn: string; checkOut: string } | null {
  const arrival: CalendarDate = { ...fromIsoDate(booked), day: first };
  if (!isValidDate(arrival)) return null;
  const departure = nextDayOfMonth(addDays(arrival, 1), last);
  if (!departure || daysBetween(arrival, departure) > LONGEST_STAY_NIGHTS) return null;
  return { checkIn: toIsoDate(arrival), checkOut: toIsoDate(departure) };
}

/** The stay a booking under way has, whose month "cámbiala al 11-13" means before it is booked. */
function stayUnderWay(state: ConversationState): { checkIn: string } | null {
  const { flow, slots } = state.dialogue;
  const booking = flow === 'make_reservation' || flow === 'check_availability';
  return booking && typeof slots.checkIn === 'string' ? { checkIn: slots.checkIn } : null;
}

/** The stay of the conversation's last booking made. */
function bookedStay(state: ConversationState): { checkIn: string } | null {
  return knownReferences(state).length > 0 ? lastStayOf(state) : null;
}

/**
 * "¿Podemos cambiarla al 11-13?", "can we move it to the 11-13?" of a stay of 12–14 December, being
 * booked or just booked: the days said, in that stay's month, as if the guest had written "del 11 al 13
 * de diciembre" (the booking under way takes them as any new dates; after a booking,
 * booking-change-wording.ts reads the move). Null while another flow runs, with no stay, when the
 * message names dates of its own, or when the days would be gone by. `today` is an ISO day.
 */
export function withBookedMonthDays(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
  today: string,
): ParseResult | null {
  const last = stayUnderWay(state) ?? (state.dialogue.flow ? null : bookedStay(state));
  if (!last) return null;
  const datesSaid = new Set(['date', 'date_range', 'month', 'no_such_date']);
  if (nlu.entities.some((entity) => datesSaid.has(entity.type))) return null;
  // foldText keeps the length of the text it folds, so the match locates the days in the message.
  const folded = foldText(text);
  const said = BARE_DAY_RANGE.exec(folded);
  if (!said || !MOVES.test(folded) || !DAYS_AS_THE_STAY.test(folded.slice(0, said.index))) return null;
  const stay = daysInMonthOf(last.checkIn, Number(said[1]), Number(said[2]));
  if (!stay || stay.checkIn < today) return null;
  return withEntity(nlu, {
    type: 'date_range',
    value: stay,
    text: text.slice(said.index, said.index + said[0].length),
    start: said.index,
    end: said.index + said[0].length,
  });
}
