import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { namesTopic } from './parse-results';

/** What the terms of a cancellation are asked in: its cost, its conditions, the hotel's policy. */
const TERMS =
  /\b(?:si cancel\w*|si anul\w*|if (?:i|we) cancel\w*|gratis|free|cobr\w*|charg\w*|fee|coste|costo|cost|cargo|penaliz\w*|penalt\w*|politica|policy|reembols\w*|refund\w*|devuelv\w*|hasta cuando)\b/;
/** A cancellation asked for in so many words. */
const WANTS_TO_CANCEL =
  /\b(?:quiero|queremos|quisiera|necesito|necesitamos) (?:cancelar|anular)|\b(?:cancel|anul)(?:ala|alo|amela|amelo|arla|arlo)\b|\bcancel(?:a|ala|alo|amela|en) (?:la|mi|mis|nuestra|esta|esa)\b|\b(?:i|we) (?:want|need|would like|'d like) to cancel|\bplease cancel|\bcancel (?:my|our|the|this) (?:booking|reservation)\b/;
/** "Quiero cancelar mi reserva, ¿es gratis?": a cancellation asked for, whatever else the message asks. */
export function statesACancellation(text: string): boolean {
  return WANTS_TO_CANCEL.test(foldText(text));
}

/** Terms asked about in so many words, with or without the cancellation named as a topic. */
const PLAIN_TERMS =
  /\b(?:sin (?:costo|coste|cargo|cobrar|penalizacion)|gratis|for free|free of charge|reembolsable|refundable|non-refundable|penaliz\w*|penalt\w*)\b/;

/**
 * "Si cancelo, ¿me cobráis algo?", "¿le puedo cancelar después sin costo?", "is the booking
 * refundable?": a question about the terms, naming no booking to cancel.
 */
export function asksCancellationTerms(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  // "Quiero cancelar la reserva, ¿me la cancelas sin costo?": a cancellation, whose charge the flow tells.
  if (WANTS_TO_CANCEL.test(folded)) return false;
  const namesTerms = namesTopic(nlu, 'cancellation_policy') || PLAIN_TERMS.test(folded);
  const namesBooking = nlu.entities.some((entity) => entity.type === 'reference');
  return namesTerms && !namesBooking && /[?¿]/.test(text) && TERMS.test(folded);
}

/** "Las dos", "ambas", "todas", "both", "all of them": every booking, in a cancellation. */
const EVERY_ONE =
  /\b(?:(?:las|los|mis) (?:dos|tres|cuatro|2|3|4)|amb[ao]s|tod[ao]s|both|the two|all (?:of )?(?:them|my|our|the)|them all)\b|^\W*all\W*$/;
/** "Todo bien", "all good", "all right": no booking named. */
const ALL_IS_WELL = /\b(?:todo (?:bien|ok|correcto)|all (?:good|right|set|fine|ok))\b/;

/**
 * "Mantén las dos", "keep both", "no la canceles", "leave it": bookings kept, none cancelled. Matched on
 * folded text.
 */
export const KEEPS_THEM =
  /\b(?:manten\w*|mantenga\w*|conserv\w*|deja(?:la|lo|las|los)?|me quedo con|nos quedamos con|keep\w*|leave (?:them|both|it)|hold on to|no (?:la |lo |las |los )?(?:cancel|anul)\w*|don'?t cancel|do not cancel)\b/;

export function meansEveryBooking(text: string): boolean {
  const folded = foldText(text);
  return EVERY_ONE.test(folded) && !ALL_IS_WELL.test(folded) && !KEEPS_THEM.test(folded);
}

/** "¿Puedo deshacer la cancelación?", "I cancelled by mistake", "can I get my booking back?". */
const UNDOES_CANCELLATION = [
  /\b(?:deshacer|revertir|recuperar|reactivar|restaurar|restablecer|volver a activar)\b.*\b(?:la )?(?:cancelacion|anulacion)\b|\b(?:anular|cancelar) la (?:cancelacion|anulacion)\b/,
  /\b(?:recuperar|reactivar|restaurar|restablecer|volver a activar)\b.*\breserva\b/,
  /\bno (?:queria|quise|quisimos|queriamos) (?:cancelar|anular)\b|\b(?:la|lo) (?:cancele|anule|cancelamos|anulamos) (?:sin querer|por error|por equivocacion)\b|\bme equivoque al (?:cancelar|anular)\b/,
  /\b(?:undo|reverse|revert|restore|reinstate|reactivate|uncancel)\b.*\b(?:cancell?ation|cancell?ed|booking|reservation)\b|\bget (?:my|the) (?:booking|reservation) back\b/,
  /\bcancell?ed (?:it |the booking |my booking |the reservation |my reservation )?by mistake\b|\b(?:didn'?t|did not) mean to cancel\b/,
];

export function asksToUndoCancellation(text: string): boolean {
  const folded = foldText(text);
  return UNDOES_CANCELLATION.some((pattern) => pattern.test(folded));
}

/** A booking named by its place among the guest's: "la segunda", "la otra", "the second one". */
export type BookingPlace = 'second' | 'third' | 'fourth' | 'other';

/** "La otra noche", "the second night": a time or a part of the stay, not a booking. */
export const NOT_A_BOOKING = String.raw`(?!\s+(?:noche|dia|semana|vez|habitacion|night|day|week|time|room)\b)`;
const PLACES: ReadonlyArray<readonly [RegExp, BookingPlace]> = [
  [
    new RegExp(String.raw`\b(?:(?:la|el|mi) segund[oa]|the second|my second|second one)\b${NOT_A_BOOKING}`),
    'second',
  ],
  [
    new RegExp(String.raw`\b(?:(?:la|el|mi) tercer[oa]?|the third|my third|third one)\b${NOT_A_BOOKING}`),
    'third',
  ],
  [
    new RegExp(String.raw`\b(?:(?:la|el|mi) cuart[oa]|the fourth|my fourth|fourth one)\b${NOT_A_BOOKING}`),
    'fourth',
  ],
  [new RegExp(String.raw`\b(?:(?:la|el) otr[oa]|the other|other one)\b${NOT_A_BOOKING}`), 'other'],
];

/** The place among the guest's bookings a message names, if any. */
export function namedBookingPlace(text: string): BookingPlace | null {
  const folded = foldText(text);
  return PLACES.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}
