import { foldText } from '../../common/fold-text';
import { LINKING_WORDS, namesDaysOnly } from '../../nlp/entities/days-only';
import {
  dayNumberedFrom,
  fromUtcDate,
  isoDaysBetween,
  isValidDate,
  shiftIsoDate,
  toIsoDate,
} from '../../nlp/entities/calendar';
import type { Turn } from '../dialogue/turn';

// How a guest changes a stay being booked: its length ("una noche más", "hasta el 17"), its days of
// the week ("mejor de viernes a domingo"), whose it is ("para mi madre"), or a no taken back ("bueno
// sí, confírmala").

/** "Hasta el 17", "until the 17th": the day before it is the departure. */
const UNTIL =
  /\b(?:(?:hasta|until|till|thru|through)\s+(?:el\s+(?:dia\s+)?|the\s+)?|(?:salida|salgo|salimos|check.?out|departure|leave|leaving)\s+(?:(?:al|el|on|to|the)\s+)*(?:dia\s+)?)$/;
const UNTIL_WORD = /^(?:hasta|until|till|thru|through)\b/;
const MORE =
  /\b(?:mas|more|extra|adicional(?:es)?|añad\w*|anad\w*|agreg\w*|add\w*|another|otra|extend\w*|alarg\w*)\b/;
const FEWER = /\b(?:menos|less|fewer)\b/;
/** A price asked ("¿cuánto cuesta una noche más?") changes nothing. */
const PRICE_QUESTION = /\b(?:cuanto|precio|how much|price|cost)\b/;

/**
 * "Desde el 11", "cambia la entrada al 11": the day named is the arrival. Not "llegamos el 13": a guest
 * arriving in the small hours of a booked night says so too.
 */
const FROM =
  /\b(?:(?:desde|from|a partir del?|starting(?:\s+on)?)\s+(?:el\s+(?:dia\s+)?|the\s+)?|(?:entrada|llegada|check.?in)\s+(?:(?:al|el|on|to|the|sea|es|seria|sera)\s+)*(?:dia\s+)?)$/;
/** "Mejor llegamos el 2", "we'll arrive on the 2nd instead": the arrival, said by its verb (see `saysFrom`). */
const ARRIVE =
  /\b(?:lleg(?:o|amos|aremos|aria|ariamos)|entr(?:o|amos|aremos)|arriv(?:e|ing)|we'?ll arrive|get in)\s+(?:(?:el|on|the|al)\s+)*(?:dia\s+)?$/;
const FROM_WORD = /^(?:desde|from)\b/;

/** Whether the date the guest named is introduced as the first day ("desde el 11", "la entrada al 11"). */
export function saysFrom(turn: Turn, arrivalVerb = false): boolean {
  const date = turn.entity('date');
  if (!date) return false;
  const before = foldText((turn.message.text ?? '').slice(0, date.start));
  return FROM.test(before) || FROM_WORD.test(foldText(date.text)) || (arrivalVerb && ARRIVE.test(before));
}

/** "Añade la noche del 11", "add the night of the 14th too": that night joins the stay. */
const ADDS_A_NIGHT =
  /\b(?:anad\w*|agreg\w*|sum\w*|add\w*|tambien|too|also|extra)\b.*\b(?:noche|night)\b|\b(?:noche|night)\b.*\b(?:tambien|too|also|de mas|more)\b/;
/** "La noche del", "the night of the": the day named is a night. */
const NIGHT_OF = /\b(?:noche|night)\s+(?:del?|of)(?:\s+(?:el|the|dia))?\s*$/;

/** Whether the message adds the night of the day it names ("añade la noche del 11", "the night of the 15th too"). */
export function addsANight(text: string, dateStart?: number): boolean {
  if (!ADDS_A_NIGHT.test(foldText(text))) return false;
  return dateStart === undefined || NIGHT_OF.test(foldText(text.slice(0, dateStart)));
}

/** Whether the date the guest named is introduced as the last day ("hasta el 17"). */
export function saysUntil(turn: Turn): boolean {
  const date = turn.entity('date');
  if (!date) return false;
  // chrono may take the word into the date's own text ("until the 17th").
  const before = foldText((turn.message.text ?? '').slice(0, date.start));
  return UNTIL.test(before) || UNTIL_WORD.test(foldText(date.text));
}

/**
 * Nights added to (positive) or taken from (negative) the stay: "una noche más", "add one more
 * night", "2 noches menos"; none when only their price is asked; null when the nights said are the
 * stay's whole length ("3 noches").
 */
export function nightsChange(text: string, nights: number): number | null {
  const folded = foldText(text);
  if (PRICE_QUESTION.test(folded)) return 0;
  if (FEWER.test(folded)) return -nights;
  return MORE.test(folded) ? nights : null;
}

/** "Bueno sí, confírmala", "actually yes, go ahead, book it": the booking after all, not a change. */
const BOOK_AFTER_ALL =
  /\b(?:confirm\w*|reserv(?:a|ala|alo|amela)|hazla|adelante|go ahead|book it|book that|do it)\b/;

export function takesBackTheNo(text: string): boolean {
  return BOOK_AFTER_ALL.test(foldText(text));
}

/** "Somos 6", "al final seremos 6", "6 in total", "there are 6 of us": the whole party, not one room's. */
const WHOLE_PARTY =
  /\b(?:somos|seremos|sumamos|vamos a ser|en total|in total|altogether|we are|we're|we'll be|there are|there will be|all together)\b/;

/** "En esta somos 3", "we're 3 in this one": this room's party, not the whole one. */
const THIS_ROOM =
  /\b(?:en esta|en la otra|en la siguiente|en la segunda|in this one|in the other|in the next|in this room)\b/;

export function countsWholeParty(text: string): boolean {
  const folded = foldText(text);
  return WHOLE_PARTY.test(folded) && !THIS_ROOM.test(folded);
}

/** "Para mi madre", "for my parents": a booking whose guest is not the one writing. */
const FOR_ANOTHER =
  /\b(?:para|a nombre de) (?:mi|mis) (?:madre|padre|padres|herman[oa]s?|hij[oa]s?|abuel[oa]s?|ti[oa]s?|prim[oa]s?|amig[oa]s?|jefe|jefa|suegr[oa]s?|compañer[oa]s?|companer[oa]s?|cliente)\b|\bfor my (?:mother|mum|mom|father|dad|parents|sister|brother|son|daughter|grandparents?|friends?|boss|colleague|client|in-laws)\b/;

export function isForAnother(text: string): boolean {
  return FOR_ANOTHER.test(foldText(text));
}

const WEEKDAY_NAMES =
  /\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?)\b/g;

/**
 * "Mejor de viernes a domingo" for a stay weeks ahead: weekdays alone are read from today, but they
 * change the days of the stay being booked, so they move to the week it starts in.
 */
export function inTheStaysWeek(
  range: { checkIn: string; checkOut: string; text: string },
  stayCheckIn: string | undefined,
): { checkIn: string; checkOut: string } {
  const onlyWeekdays = foldText(range.text).replace(WEEKDAY_NAMES, '').replace(LINKING_WORDS, '') === '';
  if (!stayCheckIn || !onlyWeekdays || !/[a-z]/.test(foldText(range.text))) return range;
  const weeks = Math.round(isoDaysBetween(range.checkIn, stayCheckIn) / 7);
  if (weeks <= 0) return range;
  return {
    checkIn: shiftIsoDate(range.checkIn, 7 * weeks),
    checkOut: shiftIsoDate(range.checkOut, 7 * weeks),
  };
}

/** A weekday said alone ("el lunes"), read from today: the same weekday in the week of the stay being booked. */
export function weekdayInTheStaysWeek(date: string, text: string, stayCheckIn: string | undefined): string {
  return inTheStaysWeek({ checkIn: date, checkOut: date, text }, stayCheckIn).checkIn;
}

/**
 * "Mejor del 11 al 13" for a stay in January: days said alone, read as the next such days from today
 * (in December), are days of the stay's month; never moved back, where they would be past.
 */
export function inTheStaysMonth<T extends { checkIn: string; checkOut?: string }>(
  dates: T,
  text: string,
  stayCheckIn: string | undefined,
): T {
  if (!stayCheckIn || !namesDaysOnly(text)) return dates;
  const checkIn = `${stayCheckIn.slice(0, 8)}${dates.checkIn.slice(8)}`;
  const moved = fromUtcDate(new Date(`${checkIn}T00:00:00Z`));
  if (checkIn <= dates.checkIn || toIsoDate(moved) !== checkIn) return dates;
  if (!dates.checkOut) return { ...dates, checkIn };
  const departure = dayNumberedFrom(
    fromUtcDate(new Date(`${shiftIsoDate(checkIn, 1)}T00:00:00Z`)),
    Number(dates.checkOut.slice(8, 10)),
  );
  return isValidDate(departure) ? { ...dates, checkIn, checkOut: toIsoDate(departure) } : dates;
}

/** "Solo una habitación", "just the first", "skip the others": this room alone. */
const ONLY_THIS_ROOM =
  /\b(?:(?:solo|solamente)\s+(?:una\s+(?:habitacion|hab)|la\s+primera(?:\s+habitacion)?|esta\s+habitacion)|(?:only|just)\s+(?:one\s+room|the\s+first|this\s+one)|(?:skip|drop|forget|without)\s+the\s+others|sin\s+las\s+otras)\b/;
/** "La tercera no", "skip the last one", "una habitación menos": one room fewer, the last. */
const ONE_ROOM_FEWER =
  /\b(?:(?:skip|drop|forget|cancel|without)\s+(?:the\s+)?(?:second|third|fourth|other|last)(?:\s+(?:one|room))?|(?:la\s+)?(?:segunda|tercera|cuarta|otra|ultima)\s+no|sin\s+la\s+(?:segunda|tercera|cuarta|otra|ultima)|una\s+habitacion\s+menos|one\s+room\s+(?:less|fewer)|(?:we|i)\s+(?:don'?t|do not)\s+need\s+the\s+(?:second|third|other|last))\b/;

/**
 * How many rooms the guest keeps when they drop some at an offer or a summary of several ("no, la
 * tercera no", "skip the second room", "solo una"); null when the message drops none.
 */
export function roomsKept(text: string, rooms: number): number | null {
  if (rooms < 2) return null;
  const folded = foldText(text);
  if (ONLY_THIS_ROOM.test(folded)) return 1;
  return ONE_ROOM_FEWER.test(folded) ? rooms - 1 : null;
}
