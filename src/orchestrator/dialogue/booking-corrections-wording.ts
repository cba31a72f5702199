import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { ASKS_A_PRICE, CORRECTION_WORDS, DAYS_CORRECTED } from './booking-change-wording';
import { asksForANewBooking } from './guest-wording';

// Corrections of a booking once made: its nights said anew, its name misspelled.

/** "Son dos noches no una", "en realidad son 2 noches", "it's 3 nights": the booking's length said anew. */
const NIGHTS_SAID =
  /\b(?:son|seran|serian|serán|it'?s|it is|make it|que sean|en realidad(?: son)?|actually(?: it'?s)?)\s+(?:\w+\s+)?(?:\d+|una|dos|tres|cuatro|cinco|seis|siete|one|two|three|four|five|six|seven)\s+(?:noches?|nights?)\b/;
/** "¿Se puede cambiar?", "en realidad", "actually": the booking said to be wrong. */
const SAID_WRONG =
  /\b(?:se (?:puede|podria) cambiar|(?:can|could) (?:we|i|you) change|en realidad|actually)\b/;
/** What makes it another stay: its own days or room, or someone else's ("para un amigo", "otra"). */
const ANOTHER_STAY: ReadonlySet<string> = new Set(['date', 'date_range', 'room_type', 'reference']);

/**
 * "Me he confundido, son dos noches no una", "oye me equivoqué, en realidad son 2 noches, ¿se puede
 * cambiar?", "sorry, it's 3 nights": the booking's length corrected, once booked. Not its price, nor
 * another stay asked with a "perdona" ("perdona, ¿tenéis una individual 2 noches desde el 10?").
 */
export function correctsTheNights(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  if (!nlu.entities.some((entity) => entity.type === 'nights') || ASKS_A_PRICE.test(folded)) return false;
  if (nlu.entities.some((entity) => ANOTHER_STAY.has(entity.type)) || asksForANewBooking(text)) return false;
  if (DAYS_CORRECTED.test(folded)) return true;
  return NIGHTS_SAID.test(folded) && (CORRECTION_WORDS.test(folded) || SAID_WRONG.test(folded));
}

/** A name corrected or changed, the change said of the name itself: "cambia el nombre", "the name is wrong", "el nombre está mal", "name should be". */
const NAME_CHANGED =
  /\b(?:cambi\w*|change|correct\w*|corrig\w*)\s+(?:el\s+|the\s+)?(?:nombre|name|apellido|surname)\b|\b(?:nombre|name|apellido|surname)\s+(?:\w+\s+){0,2}(?:esta mal|es incorrecto|is wrong|is incorrect|is misspelled|should be|debe ser|deberia ser)\b|\bmisspel\w*|\bmal escrito\b|\b(?:put|book|change|move|switch)\s+(?:it|the booking|the reservation|my booking)\s+(?:to\s+)?under\b|\b(?:ponla|ponlo|pasala|pasalo|cambiala)\s+a\s+nombre\b|\b(?:booking|reservation|reserva)\s+(?:should|must|has to|needs to) be under\b|\b(?:reserva)\s+(?:tiene que|debe|deberia) (?:ir|estar) a nombre\b/;

/**
 * "Oops, I misspelled, the name should be Jake Black", "¿puedes cambiar el nombre de la reserva a
 * Jake Black?" once booked: the name on that booking, which the staff change. Needs the new name; not
 * "cambiar las fechas de la reserva a nombre de Rosa Díaz".
 */
export function changesTheName(text: string, nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => entity.type === 'guest_name') && NAME_CHANGED.test(foldText(text));
}
