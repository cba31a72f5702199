import { foldText } from '../../common/fold-text';
import { MOVES_IT, movesTheArrivalTo, OTHER_DATES } from './move-wording';
import { monthRuledOut, monthSaidAlone } from '../../nlp/entities/lone-month';
import type { ParseResult } from '../../nlp/nlp.types';
import { nightsChange } from '../booking/stay-changes';
import { asksForANewBooking } from './guest-wording';
import { dayShiftSaid } from './stay-shift-wording';
import { childJoins, someoneJoins } from './someone-joining';

// How a guest asks to change a booking already made: other dates, a night more, a day of it moved.

/** Words asking for a booking to be changed: other dates, a night more, something added. */
const CHANGE_A_BOOKING =
  /\b(?:cambi\w*|modific\w*|mover|muev\w*|anad\w*|agreg\w*|ampli\w*|alarg\w*|extend\w*|change|modify|move|add|extend|upgrade\w*)\b/;
const A_BOOKING_OF_MINE =
  /\b(?:mi|mis|la|nuestra|my|our|the)\s+(?:reservas?|reservations?|bookings?|estancia|stay)\b|\b(?:las|the)\s+(?:fechas|dates)\b/;
/** "We'll arrive on the 13th instead": a day in place of the one booked. */
const INSTEAD = /\b(?:instead|en vez|en lugar)\b/;
/** Another booking besides the one made: "y también una doble…", "otra habitación". */
const ANOTHER = /\b(?:tambien|otras? (?:reservas?|habitacion\w*|hab)|another (?:room|booking|reservation))\b/;

/** Words of the stay's first day: "llegamos", "la entrada", "check-in", "we arrive". */
const ARRIVAL = /\b(?:lleg\w*|entrada|entramos|check.?in|arriv\w*)\b/;
/** Words of its last day: "la salida", "nos vamos", "check-out", "we leave". */
export const DEPARTURE =
  /\b(?:salida|salgo|salimos|saldremos|nos vamos|nos iremos|me voy|check.?out|leav\w*|depart\w*)\b/;

/** How many a word counts beyond one: "dos personas más", "two more people". */
const COUNTS: Readonly<Record<string, number>> = { dos: 2, two: 2, tres: 3, three: 3, cuatro: 4, four: 4 };
const COUNT = String.raw`(\d{1,2}|una?|uno|otr[oa]|dos|tres|cuatro|one|two|three|four|an?|another)`;
const PEOPLE = String.raw`(?:personas?|huesped(?:es)?|adult[oa]s?|nin[oa]s?|people|persons?|guests?|adults?|kids?|child(?:ren)?)`;
/**
 * "Una persona más", "somos uno más", "one more person", "add another guest": people added to the
 * party. Not "una persona más tarde" (someone to talk to later), nor "2 adultos más un niño" (a party).
 */
const PEOPLE_ADDED = [
  new RegExp(
    String.raw`\b${COUNT}\s+${PEOPLE}\s+mas\b(?!\s+(?:tarde|adelante|pronto|una?|uno|dos|tres|\d)\b)`,
  ),
  new RegExp(String.raw`\b(?:somos|seremos|sera|seran|vamos a ser)\s+${COUNT}\s+mas\b(?=\s*(?:[^\w\s]|$))`),
  new RegExp(String.raw`\b${COUNT}\s+(?:more|extra|additional)\s+${PEOPLE}\b`),
  new RegExp(String.raw`\b(?:anad\w*|agreg\w*|add)\s+(?:a\s+)?${COUNT}\s+${PEOPLE}\b`),
];
export const ASKS_A_PRICE =
  /\b(?:cuanto|cuesta|cuestan|precio|suplemento|how much|price|cost|costs|charge|fee)\b/;
const ASKS_TO_ADD = /\b(?:anad\w*|agreg\w*|add|cambi\w*|change)\b/;
/** "Al final somos 3", "we're 3 now": the party said anew. */
const WE_ARE =
  /\b(?:somos|seremos|seriamos|vamos a ser|vamos|venimos|vendremos|iremos|we are|we're|we(?:'ll| will)(?: actually| now)? be|there are|there will be)\b/;
const IN_THE_END = /\b(?:al final|finalmente|ahora|at the end|in the end|after all|now|actually)\b/;
/** "Mejor para 3 personas", "make it 3 people", "que sea para 3": the party said instead of the booked one. */
const PARTY_INSTEAD =
  /^\W*(?:(?:no|vale|ok|oh|ah|perdon|sorry),?\s+)?(?:mejor|better|make it|make that|que sea|rather)\b/;

/**
 * How many people the message adds to the party ("una persona más": 1, "viene un compañero": 1);
 * null when it adds none.
 */
export function peopleAdded(text: string): number | null {
  const folded = foldText(text);
  for (const pattern of PEOPLE_ADDED) {
    const count = pattern.exec(folded)?.[1];
    if (count) return COUNTS[count] ?? (Number(count) || 1);
  }
  // "Espera, viene un compañero", "my colleague is coming too", "our son is coming too": one more.
  return someoneJoins(text) || childJoins(text) ? 1 : null;
}

/**
 * "¿Puedo añadir una persona más?", "al final somos 3, ¿se puede cambiar?", "we're 3 now", "mejor para
 * 3 personas", "make it 3 people": another
 * party for a booking already made. Not another booking ("y otra habitación para 3"), nor an extra
 * for some of them ("añade desayuno para los dos").
 */
export function asksToChangeTheParty(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  // "¿Cuánto cuesta una persona más?", "how much is an extra person?": a price asked, nobody added.
  if (ASKS_A_PRICE.test(folded) && !ASKS_TO_ADD.test(folded)) return false;
  if (peopleAdded(text) !== null) return true;
  const countsParty = nlu.entities.some((entity) => entity.type === 'guests');
  const namesAnExtra = nlu.entities.some((entity) => entity.type === 'info_topic');
  if (!countsParty || namesAnExtra || ANOTHER.test(folded) || asksForANewBooking(text)) return false;
  return (
    CHANGE_A_BOOKING.test(folded) ||
    (WE_ARE.test(folded) && IN_THE_END.test(folded)) ||
    PARTY_INSTEAD.test(folded)
  );
}

/** "Quiero cambiar las fechas de mi reserva", "¿puedo añadir parking?": a change asked of a booking. */
export function wantsBookingChanged(text: string): boolean {
  return CHANGE_A_BOOKING.test(foldText(text));
}

/** "Instead", "en su lugar", "en vez de eso": a booking put in the place of another. */
const IN_ITS_PLACE = /\b(?:instead|in its place|en su lugar|en vez)\b/;

/** "Cancel booking KREUKV and book me a single for 5-6 jan instead": another stay in that booking's place. */
export function putsAnotherInItsPlace(text: string): boolean {
  return IN_ITS_PLACE.test(foldText(text));
}

/**
 * "Quiero añadir una noche a mi reserva", "extend my booking", "can I change the dates?" (with a
 * booking made): a change to a booking already made.
 */
export function asksToChangeMyBooking(text: string): boolean {
  const folded = foldText(text);
  return CHANGE_A_BOOKING.test(folded) && A_BOOKING_OF_MINE.test(folded);
}

/** Words of staying on, or of adding to the stay: "nos quedamos", "¿podemos quedarnos…?", "can we stay…". */
const STAY_ON = /\b(?:qued\w*|stay\w*|extend\w*|alarg\w*|ampli\w*|anad\w*|agreg\w*|add)\b/;

/**
 * "Nos quedamos una noche más", "¿podemos quedarnos una noche más?", "can we stay one more night?":
 * nights added to (or taken from) a booking already made. Not their price ("¿cuánto cuesta una noche
 * más?"), nor another booking ("y otra habitación una noche más").
 */
export function asksForOtherNights(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  const nights = nlu.entities.find((entity) => entity.type === 'nights');
  if (!nights || !STAY_ON.test(folded) || ANOTHER.test(folded) || asksForANewBooking(text)) return false;
  // The nights said beside their "más" / "menos": "¿podemos añadir una cuna? nos quedamos 3 noches"
  // restates the stay.
  if (nightsChange(text, nights.value.nights) === 0) return false;
  const around = text.slice(Math.max(0, nights.start - 16), nights.end + 12);
  const change = nightsChange(around, nights.value.nights);
  return change !== null && change !== 0;
}

/**
 * "Al final llegamos el 13, ¿me cambias la entrada?", "cámbiame la salida al 15", "we'll arrive on
 * the 13th instead", "nos vamos un día antes": a day named (or counted) as the stay's arrival or
 * departure, asked to move. Not another booking ("y también una doble del 10 al 12").
 */
export function asksToMoveTheStay(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  if (ANOTHER.test(folded) || asksForANewBooking(text) || KEEPS_THE_DATES.test(folded)) return false;
  // "Nos vamos un día antes", "can we arrive a day earlier?": an end of the stay, moved by days.
  if (dayShiftSaid(text) && (ARRIVAL.test(folded) || DEPARTURE.test(folded))) return true;
  const namesADay = nlu.entities.some((entity) => entity.type === 'date' || entity.type === 'date_range');
  if (!namesADay) return false;
  // "Perdón, quise decir el 13, no el 12", "me equivoqué, quería del 13 al 14": the booking's days corrected.
  if (correctsTheDays(text)) return true;
  // "Al final nos vamos el 13": a day of the stay, moved.
  const namesAnEnd = ARRIVAL.test(folded) || DEPARTURE.test(folded);
  if (namesAnEnd && (CHANGE_A_BOOKING.test(folded) || INSTEAD.test(folded) || IN_THE_END.test(folded)))
    return true;
  // "¿Se puede cambiar la fecha al 20 de enero? mismas noches", "move it to the 20th": the stay from that
  // day (QA 31, H9: a blank new booking, the old one kept).
  if (movesTheArrivalTo(text, nlu)) return true;
  // "Can we move it to the 13th-15th?", "mejor del 13 al 16": the whole stay, moved.
  const namesAStay = nlu.entities.some((entity) => entity.type === 'date_range');
  return (
    namesAStay &&
    (MOVES_IT.test(folded) ||
      RATHER.test(folded) ||
      OTHER_DATES.test(folded) ||
      SUITS_US_BETTER.test(folded) ||
      correctsAMonth(text) ||
      rulesOutAMonth(text))
  );
}

/**
 * "Perdón, quería febrero no enero", "sorry, I meant February": a month said to be the right one,
 * once the stay is booked (month-correction.ts gives it the booked days), the booking moved.
 */
export function correctsAMonth(text: string): boolean {
  return (
    (CORRECTION_WORDS.test(foldText(text)) || monthRuledOut(text) !== null) && monthSaidAlone(text) !== null
  );
}

/**
 * "Sorry, I meant January not December, 12 to 14 january": a correction that rules a month out, days
 * and all (correctsAMonth takes only a month said alone).
 */
export function rulesOutAMonth(text: string): boolean {
  return CORRECTION_WORDS.test(foldText(text)) && monthRuledOutOfClauses(text) !== null;
}

/** The month ruled out at the end of the message or of one of its clauses ("…no diciembre, del 12 al 14"). */
export function monthRuledOutOfClauses(text: string): number | null {
  return (
    monthRuledOut(text) ??
    text
      .split(',')
      .map(monthRuledOut)
      .find((month) => month !== null) ??
    null
  );
}

/** "Perdón…", "quise decir…", "I meant…": what a correction opens with (else "…, no enero" makes one). */
export const CORRECTION_WORDS =
  /^\W*(?:perdon|perdona|sorry|oops|uy|ay|quise decir|queria decir|me referia|queria|queriamos|era|en realidad|i meant|i mean|we meant|actually|it was|i wanted|we wanted|no wait|wrong month|same (?:dates|days)|mismas fechas)\b/;

/** A day or stay said to be the one meant, once booked: "quise decir el 13", "no el 12", "I meant the 13th". */
export const DAYS_CORRECTED =
  /\b(?:quise decir|queria decir|me equivoque|me he equivocado|me confundi|me he confundido|nos (?:hemos )?(?:equivocado|equivocamos|confundido|confundimos)|i meant|we meant|i made a mistake|my mistake|wrong (?:dates?|day))\b|\b(?:no|not)\s+(?:el|the)\s+\d/;

export function correctsTheDays(text: string): boolean {
  return DAYS_CORRECTED.test(foldText(text));
}

/** "No quiero cambiar la fecha, del 11 al 13 está bien", "we don't want to change the dates". */
const KEEPS_THE_DATES =
  /\b(?:no (?:quiero|queremos|quisiera|hace falta|necesito|necesitamos|hay que) (?:cambiar|mover)|(?:don'?t|do not|no need to) (?:want to |need to )?(?:change|move))\b/;
/** "Nos viene mejor del 11 al 13", "…, mejor del 11 al 13", "the 11th to 13th suits us better". */
const SUITS_US_BETTER =
  /\b(?:nos|me)\s+(?:viene|vendria|va|iria|conviene|convendria)\s+mejor\b|[,;.]\s*mejor\s+(?:del|el|los|para)\b|\b(?:suits?|works?|would suit|would work)\s+(?:us|me)\s+better\b/;

/** "Mejor del 13 al 16", "actually the 13th to the 15th": these days rather than the booked ones. */
const RATHER = /^\W*(?:mejor|al final|better|actually|rather)\b/;

/**
 * The end of the stay the words nearest a day (at `start`–`end` of the text) name: "llegamos el 13"
 * the arrival, "la salida al 15" the departure; null when no such words are said.
 */
export function stayEndNamed(text: string, start: number, end: number): 'checkIn' | 'checkOut' | null {
  const folded = foldText(text);
  const distance = (pattern: RegExp): number =>
    Math.min(
      Infinity,
      ...[...folded.matchAll(new RegExp(pattern.source, 'g'))].map((match) => {
        const from = match.index;
        const to = from + match[0].length;
        return Math.max(0, from - end, start - to);
      }),
    );
  const toArrival = distance(ARRIVAL);
  const toDeparture = distance(DEPARTURE);
  if (toArrival === Infinity && toDeparture === Infinity) return null;
  return toArrival <= toDeparture ? 'checkIn' : 'checkOut';
}
