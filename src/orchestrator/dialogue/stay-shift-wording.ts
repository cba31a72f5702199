import { foldText } from '../../common/fold-text';

// How a guest moves a day of a booking made by a number of days, with no day named: "nos vamos un
// día antes", "can we arrive a day earlier?".

const DAYS_COUNTED: Readonly<Record<string, number>> = {
  un: 1,
  una: 1,
  uno: 1,
  el: 1,
  one: 1,
  a: 1,
  the: 1,
  dos: 2,
  two: 2,
  tres: 3,
  three: 3,
};

/**
 * "Un día antes", "dos días después", "un día más tarde", "the day before", "a day early(er)", "una
 * semana más tarde", "a week later": days (or weeks) counted, then their direction. Not "the day after tomorrow", a day named, nor "el día antes de la
 * boda", "the day before the conference": an event's day, which the booking is for.
 */
const DAYS_SHIFTED =
  /\b(un|una|uno|el|one|a|the|dos|two|tres|three|[1-3])\s+(dias?|days?|semanas?|weeks?)\s+(?:(antes|anterior|earlier|early|sooner|before)|(despues|mas tarde|siguiente|later|after))\b(?!\s+(?:de\s+)?(?:manana|tomorrow)\b)(?!\s+(?:de\s+(?:la|el|los|las|mi|mis|nuestr\w*|su|sus)|del|the|our|my|his|her|their)\b)/;
/** "Push it back a day", "bring it forward two days": the direction before the count. */
const PUSHED =
  /\b(?:push|move|put|set)\s+(?:it|the booking|the stay|everything|us)?\s*(?:(back)|(forward|earlier))\s+(?:by\s+)?(one|a|two|three|[1-3])\s+(days?|weeks?)\b|\b(?:bring|move)\s+(?:it|the booking|everything)?\s*(forward)\s+(?:by\s+)?(one|a|two|three|[1-3])\s+(days?|weeks?)\b/;

/** Days an end of the stay moves by: negative earlier, positive later; where the words are in the text. */
export interface DayShift {
  days: number;
  start: number;
  end: number;
}

/** The shift of "nos vamos un día antes" (-1), "llegamos dos días después" (+2); null when none is said. */
export function dayShiftSaid(text: string): DayShift | null {
  const folded = foldText(text);
  const pushed = PUSHED.exec(folded);
  if (pushed) {
    const [count, unit] = pushed[1] || pushed[2] ? [pushed[3], pushed[4]] : [pushed[6], pushed[7]];
    const days = (DAYS_COUNTED[count] ?? Number(count)) * (/^w/.test(unit) ? 7 : 1);
    return { days: pushed[1] ? days : -days, start: pushed.index, end: pushed.index + pushed[0].length };
  }
  const match = DAYS_SHIFTED.exec(folded);
  if (!match) return null;
  // "Una semana más tarde", "a week later": seven days a week.
  const count = (DAYS_COUNTED[match[1]] ?? Number(match[1])) * (/^(?:semana|week)/.test(match[2]) ? 7 : 1);
  return { days: match[3] ? -count : count, start: match.index, end: match.index + match[0].length };
}

/**
 * "Extend my stay one more night", "could we extend by one night?", "¿puedo quedarme una noche más?",
 * "¿podemos alargarla una noche?": a night added, not a later hour.
 */
const EXTENDS_THE_STAY =
  /\b(?:extend(?:ing)? (?:my|our|the) (?:stay|booking|reservation)|extend(?: it| that| this)? by (?:one|a|an|1|two|2) (?:more |extra )?nights?|(?:alargar|ampliar|extender|prolongar)(?:la|lo)? (?:una|otra|1) noche|(?:stay|add|book|get)\w*\s+(?:\w+\s+)?(?:one|an?|1) (?:more|extra) night|(?:quedarme|quedarnos|me quedo|nos quedamos) (?:una noche|un dia|dos noches|2 noches) mas|(?:anadir|agregar|sumar|reservar) (?:una|otra) noche|(?:alargar|ampliar|extender|prolongar) (?:la|mi|nuestra) (?:estancia|estadia|reserva))\b/;
/** A late check-out said too ("…or would we have to pay for an extra night?"): that is what is asked. */
const LATER_HOUR = /\b(?:late check ?-?out|latecheckout|salida tardia|mas tarde|later)\b/;

/** A booking already made, named or extended: "our booking", "we booked", "tenemos una reserva", "alargarla". */
const A_BOOKING_MADE =
  /\b(?:extend\w*|alarg\w*|ampli\w*|extender\w*|prolong\w*|(?:my|our|the) (?:booking|reservation|stay)|(?:we|i) (?:booked|have a (?:booking|reservation))|(?:mi|nuestra|la) (?:reserva|estancia|estadia)|reservamos|reserve|(?:tenemos|tengo) (?:una )?reserva)\b/;
/** "…and maybe extend by one night if…": a thought about a stay still to book. */
const MAYBE = /\b(?:maybe|perhaps|possibly|quizas?|tal vez|a lo mejor)\b/;

/**
 * A night added to a booking already made ("we booked 10-13 dec, could we extend by one night?"),
 * not one asked of a stay to book ("quiero reservar una noche").
 */
export function extendsABookingMade(text: string): boolean {
  const folded = foldText(text);
  return extendsTheStay(text) && A_BOOKING_MADE.test(folded) && !MAYBE.test(folded);
}

export function extendsTheStay(text: string): boolean {
  const folded = foldText(text);
  return EXTENDS_THE_STAY.test(folded) && !LATER_HOUR.test(folded);
}
