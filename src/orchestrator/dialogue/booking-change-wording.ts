import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { asksForANewBooking } from './guest-wording';

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
const DEPARTURE =
  /\b(?:salida|salgo|salimos|saldremos|nos vamos|nos iremos|me voy|check.?out|leav\w*|depart\w*)\b/;

/** "Quiero cambiar las fechas de mi reserva", "¿puedo añadir parking?": a change asked of a booking. */
export function wantsBookingChanged(text: string): boolean {
  return CHANGE_A_BOOKING.test(foldText(text));
}

/**
 * "Quiero añadir una noche a mi reserva", "extend my booking", "can I change the dates?" (with a
 * booking made): a change to a booking already made.
 */
export function asksToChangeMyBooking(text: string): boolean {
  const folded = foldText(text);
  return CHANGE_A_BOOKING.test(folded) && A_BOOKING_OF_MINE.test(folded);
}

/**
 * "Al final llegamos el 13, ¿me cambias la entrada?", "cámbiame la salida al 15", "we'll arrive on
 * the 13th instead": a day named as the stay's arrival or departure, asked to move. Not another
 * booking ("y también una doble del 10 al 12").
 */
export function asksToMoveTheStay(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  const namesADay = nlu.entities.some((entity) => entity.type === 'date' || entity.type === 'date_range');
  return (
    namesADay &&
    (CHANGE_A_BOOKING.test(folded) || INSTEAD.test(folded)) &&
    (ARRIVAL.test(folded) || DEPARTURE.test(folded)) &&
    !ANOTHER.test(folded) &&
    !asksForANewBooking(text)
  );
}

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
