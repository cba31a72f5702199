import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';

// How a guest asks to move a booking made: "cámbiala", "change the dates", "al 20, mismas noches".

/** "Quiero cambiar la fecha", "change the dates to…": the booking's days, said to be changed. */
export const OTHER_DATES =
  /\b(?:cambi\w*|mov\w*|pasar)\s+(?:la|las)\s+fechas?\b|\b(?:change|move|switch)\s+(?:the\s+|our\s+)?dates?\b/;

/** "Move it", "cámbiala", "¿la puedes pasar…?", "¿la podemos pasar…?": the booking, moved. */
export const MOVES_IT =
  /\b(?:(?:move|change|switch|shift) it|cambiala|cambiarla|muevela|moverla|pasala|pasarla|la (?:puedes |podeis |podrias |podemos |podriamos |puedo |podria )?(?:cambiar|mover|pasar)|la (?:cambias|mueves|pasas))\b/;

/** "Mismas noches", "same number of nights", "the same nights": the stay's length kept where it moves. */
const SAME_NIGHTS = /\b(?:(?:las )?mismas noches|mismo numero de noches|same (?:number of )?nights)\b/;

/** "Las mismas noches": the nights booked, kept. */
export function keepsTheNights(text: string): boolean {
  return SAME_NIGHTS.test(foldText(text));
}

/** A lone day to move the booking to: "cambiar la fecha al 20", "move it to the 20th", "al 20, mismas noches". */
export function movesTheArrivalTo(text: string, nlu: ParseResult): boolean {
  const days = nlu.entities.filter((entity) => entity.type === 'date' || entity.type === 'date_range');
  if (days.length !== 1 || days[0].type !== 'date') return false;
  const folded = foldText(text);
  return OTHER_DATES.test(folded) || MOVES_IT.test(folded) || SAME_NIGHTS.test(folded);
}
