import { namesAPeriod, wantsTheWholePeriod } from '../../nlp/entities/named-periods';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { fromUtcDate, nextDayOfMonth, shiftIsoDate, toIsoDate } from '../../nlp/entities/calendar';
import { codeInAnswer, codeLikeToken, codeTypedAlone } from '../../nlp/entities/identifiers';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import type { Awaiting } from './conversation-state';
import { withEntity } from './parse-results';

// How the router reads an answer to the question the bot asked (the awaited slot).

/** The entities that answer each question. */
const SLOT_ENTITIES: Record<Exclude<Awaiting, 'confirmation'>, ReadonlyArray<Entity['type']>> = {
  // "El 29 de febrero" answering "which dates?" in a year without it: the flow says so.
  // "De diciembre" after "el 18": the arrival's month (arrival-month.ts).
  dates: ['date_range', 'date', 'no_such_date', 'nights', 'month'],
  // "3 habitaciones" answers "how many people?" after too few rooms were asked for.
  guests: ['guests', 'rooms'],
  room_type: ['room_type'],
  guest_name: ['guest_name'],
  reference: ['reference'],
};
const BARE_NUMBER = /^\s*(\d{1,2})\s*$/;

/** Whether the message carries the entity the awaited slot takes. */
export function carriesSlot(awaiting: Exclude<Awaiting, 'confirmation'>, nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => SLOT_ENTITIES[awaiting].includes(entity.type));
}

/** A bare number answering "how many people?", or a code typed with spaces answering "which code?". */
export function fillsSlot(
  awaiting: Exclude<Awaiting, 'confirmation'>,
  message: UnifiedMessage,
  nlu: ParseResult,
  slots: Record<string, unknown> = {},
): ParseResult | null {
  const text = message.text ?? '';
  const arrival = typeof slots.checkIn === 'string' && !slots.checkOut ? slots.checkIn : null;
  if (awaiting === 'dates' && arrival && BARE_NUMBER.test(text)) return untilOrNights(nlu, text, arrival);
  // "La semana que viene", "en Semana Santa": the flow tells the period's days and asks which.
  if (awaiting === 'dates' && !arrival && namesAPeriod(text)) return nlu;
  // "Todo el puente" once the period's days were told: all of them.
  if (awaiting === 'dates' && typeof slots.periodTo === 'string' && wantsTheWholePeriod(text)) return nlu;
  // "Uy no, el bueno es YKYBES" after a code not found: the code in the sentence.
  const code = awaiting === 'reference' ? (codeTypedAlone(text) ?? codeInAnswer(text)) : null;
  if (code && !isAWordShouted(code, nlu)) {
    return withEntity(nlu, {
      type: 'reference',
      value: { reference: code },
      text,
      start: 0,
      end: text.length,
    });
  }
  // "Q1W2E3" at "what is your code?": meant as one, so the flow says it finds no such booking.
  if (awaiting === 'reference' && codeLikeToken(text)) return nlu;
  if (awaiting === 'guests' && BARE_NUMBER.test(text)) {
    const total = Number(text.trim());
    if (total < 1) return null;
    return withEntity(nlu, {
      type: 'guests',
      value: { adults: total, children: 0, infants: 0, total },
      text: text.trim(),
      start: 0,
      end: text.length,
    });
  }
  return null;
}

/** Fewer nights than this may be meant by a bare number answering "until when? (or how many nights)". */
const MOST_NIGHTS_BY_NUMBER = 14;

/**
 * "1" answering "¿Hasta qué día? (o dime cuántas noches)" after an arrival on the 24th: one night (the
 * 1st would be next month); "27": the 27th. A number past the arrival's day is that day.
 */
function untilOrNights(nlu: ParseResult, text: string, arrival: string): ParseResult {
  const number = Number(text.trim());
  const arrivalDay = Number(arrival.slice(8, 10));
  const span = { text: text.trim(), start: 0, end: text.length };
  if (number >= 1 && number <= MOST_NIGHTS_BY_NUMBER && number <= arrivalDay)
    return withEntity(nlu, { type: 'nights', value: { nights: number }, ...span });
  const day = nextDayOfMonth(fromUtcDate(new Date(`${shiftIsoDate(arrival, 1)}T12:00:00Z`)), number);
  return day ? withEntity(nlu, { type: 'date', value: { date: toIsoDate(day) }, ...span }) : nlu;
}

/** Readings of a word in capitals that make it no code: "BUENAS", "HELLO", "CIAO". */
const WORD_INTENTS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye', 'confirm', 'deny']);

function isAWordShouted(code: string, nlu: ParseResult): boolean {
  return !/\d/.test(code) && WORD_INTENTS.has(nlu.intent);
}
