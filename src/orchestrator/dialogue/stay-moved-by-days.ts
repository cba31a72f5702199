import { foldText } from '../../common/fold-text';
import { shiftIsoDate } from '../../nlp/entities/calendar';
import { stayEndNamed } from './booking-change-wording';
import { dayShiftSaid } from './stay-shift-wording';

/** A stay's two ends, as days (ISO). */
interface StayEnds {
  checkIn: string;
  checkOut: string;
}

/**
 * "Can you move it one day later?", "¿la puedes pasar un día después?", "push the booking back a day":
 * the whole stay, its nights kept, when no end of it is named.
 */
const MOVES_THE_STAY =
  /\b(?:move|moving|shift|shifting|push|pushing|postpone|delay|bump|muev[ae]|mover|pasa(?=la|lo)|pasar|corr[ae]|correr|retras[ae]|retrasar|atras[ae]|atrasar|adelant[ae]|adelantar|cambi[ae]|cambiar)(?:la|lo|las|los|nos)?\b/;
/** "¿Qué pasa si cancelo un día antes?", "¿puedo cambiarla hasta una semana antes?": a condition or a deadline, no move. */
const NO_MOVE = /\b(?:si|if|hasta|up to|until)\b/;
const movesTheWholeStay = (folded: string): boolean => MOVES_THE_STAY.test(folded) && !NO_MOVE.test(folded);

/**
 * "Llegamos un día antes", "we'll check out two days early", "we'll arrive one day later": that end of
 * the stay, moved by the days said, and where those words are (the NLU reads "un día" as a day from
 * today). A one-night stay whose arrival moves past its departure moves whole, as an arrival named past
 * the departure keeps the nights. The whole stay moves when no end is named ("move it one day later").
 * Null when nothing is moved by days; the result may leave no night.
 */
export function stayMovedByDays(
  text: string,
  stay: StayEnds,
): (StayEnds & { start: number; end: number }) | null {
  const shift = dayShiftSaid(text);
  const end = shift && stayEndNamed(text, shift.start, shift.end);
  if (!shift) return null;
  const moved = { checkIn: stay.checkIn, checkOut: stay.checkOut, start: shift.start, end: shift.end };
  if (!end) {
    if (!movesTheWholeStay(foldText(text))) return null;
    return {
      ...moved,
      checkIn: shiftIsoDate(stay.checkIn, shift.days),
      checkOut: shiftIsoDate(stay.checkOut, shift.days),
    };
  }
  moved[end] = shiftIsoDate(stay[end], shift.days);
  if (end === 'checkIn' && moved.checkIn >= moved.checkOut)
    moved.checkOut = shiftIsoDate(stay.checkOut, shift.days);
  return moved;
}

/**
 * "We'll leave a day earlier", "llegamos un día más tarde", "move it one day later": days counted and
 * the end of the stay they move, or the whole of it.
 */
export function movesAnEndByDays(text: string): boolean {
  const shift = dayShiftSaid(text);
  return (
    shift !== null &&
    (stayEndNamed(text, shift.start, shift.end) !== null || movesTheWholeStay(foldText(text)))
  );
}
