import { foldText } from '../../common/fold-text';
import { ADULT_COMPANION, CHILD_COMPANION } from '../../nlp/entities/companions';

// Someone who joins a party already counted: "viene un compañero", "my colleague is coming too".

const JOINS_ES = '(?:se apunta|se une|se suma|se viene|se anima|se nos une|se nos suma)';
const COMES_ES = '(?:viene|vendra)';
/** "Un compañero", "otra amiga": someone new, not one of those counted. */
const SOMEONE_NEW_ES = '(?:un|una|otro|otra)';
const OWNED_ES = '(?:mi|nuestr[oa])';
const ALSO_ES = '(?:tambien|con nosotros|con nosotras|conmigo)';
const OWNED_EN = '(?:my|our|a|another|one more)';
const ALSO_EN = '(?:too|as well|also|along|with me|with us)';
/** Adding someone to the booking: "add my son", "añadir a mi madre", "bring my friend along". */
const ADDS = '(?:anad\\w*|agreg\\w*|incluir|incluye\\w*|meter|add|include)';
/** "Add my son to the breakfast", "llevar a mi hija a la piscina": somewhere else, not the booking (review 29). */
const TO_A_PLACE =
  '(?!\\s+(?:to|al|a la|a el|en el|en la|for)\\s+(?:the\\s+)?(?:spa|pool|gym|breakfast|restaurant|dinner|lunch|bar|desayuno|piscina|gimnasio|restaurante|cena|comida|tour|excursion))';

/**
 * "Viene un compañero", "se apunta mi hermana", "mi hermana también viene", "my colleague is coming
 * too", "a friend is joining us": one more adult. Not "mi mujer viene más tarde" (someone counted
 * already, arriving later), nor "lo consulto con mi pareja".
 */
const ONE_JOINS: readonly RegExp[] = [
  new RegExp(
    `\\b${JOINS_ES}\\s+(?:${ALSO_ES}\\s+)?(?:${SOMEONE_NEW_ES}|${OWNED_ES})\\s+${ADULT_COMPANION}\\b`,
  ),
  new RegExp(`\\b${COMES_ES}\\s+(?:${ALSO_ES}\\s+)?${SOMEONE_NEW_ES}\\s+${ADULT_COMPANION}\\b`),
  new RegExp(`\\b${COMES_ES}\\s+${ALSO_ES}\\s+${OWNED_ES}\\s+${ADULT_COMPANION}\\b`),
  new RegExp(
    `\\b(?:${SOMEONE_NEW_ES}|${OWNED_ES})\\s+${ADULT_COMPANION}\\s+(?:${JOINS_ES}|(?:tambien\\s+${COMES_ES})|${COMES_ES}\\s+${ALSO_ES})\\b`,
  ),
  new RegExp(
    `\\b${OWNED_EN}\\s+${ADULT_COMPANION}\\s+(?:is|'s|will|'ll)?\\s*(?:also\\s+)?(?:be\\s+)?(?:coming|joining)\\s+(?:us\\s+|me\\s+)?${ALSO_EN}\\b`,
  ),
  new RegExp(
    `\\b${OWNED_EN}\\s+${ADULT_COMPANION}\\s+(?:is|'s|will|'ll)?\\s*(?:also\\s+)?(?:be\\s+)?(?:joining|join)\\s+(?:us|me)\\b`,
  ),
  // "Can I add my sister to the booking?", "quiero añadir a mi madre".
  new RegExp(
    `\\b${ADDS}\\s+(?:a\\s+)?(?:${OWNED_ES}|${OWNED_EN})\\s+${ADULT_COMPANION}\\b(?!'?s\\b)${TO_A_PLACE}`,
  ),
];

/** A husband or a wife is nearly always counted already ("somos 2"): said to come, they are no one more. */
const SPOUSE = /\b(?:mi|my|our)\s+(?:marido|mujer|esposo|esposa|husband|wife)\b/;
/** Someone who comes by and does not stay: "viene un amigo a cenar", "a friend is joining us for dinner". */
const VISITS =
  /\b(?:a (?:cenar|comer|desayunar|visitar\w*|ver\w*|recoger\w*|buscar\w*)|de visita|subir|for (?:dinner|lunch|a drink|drinks|coffee)|to (?:visit|see us|pick|collect)|come up)\b/;

/** "Viene un compañero, necesita otra individual": a room of their own, another booking, not one more here. */
const ANOTHER_ROOM =
  /\b(?:otra|otro|another|a second)\s+(?:individual|doble|habitacion\w*|hab|room|single|double|suite)\b/;

/** A child's age said beside them: "my son (5)", "our daughter, 7,", "my son aged 5". */
const CHILD_AGE =
  '(?:\\s*\\(\\s*\\d{1,2}\\s*(?:yo|y/?o|years?(?: old)?)?\\s*\\)|,?\\s+(?:aged\\s+)?\\d{1,2}(?:\\s*(?:yo|years? old))?,?)?';

/** "Our son is coming too", "viene también mi hija", "se apunta mi sobrino": one more child. */
const CHILD_JOINS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:${OWNED_ES}|${SOMEONE_NEW_ES})\\s+${CHILD_COMPANION}\\s+(?:${JOINS_ES}|tambien\\s+${COMES_ES}|${COMES_ES}\\s+${ALSO_ES})\\b`,
  ),
  new RegExp(`\\b(?:${JOINS_ES}|${COMES_ES}\\s+${ALSO_ES})\\s+${OWNED_ES}\\s+${CHILD_COMPANION}\\b`),
  // "Oh wait, my son (5) is coming too" (QA 28, E1: ignored at the summary).
  new RegExp(
    `\\b${OWNED_EN}\\s+${CHILD_COMPANION}${CHILD_AGE}\\s+(?:is|'s|will|'ll)?\\s*(?:also\\s+)?(?:be\\s+)?(?:coming|joining)\\s+(?:us\\s+|me\\s+)?${ALSO_EN}\\b`,
  ),
  // "Oh and our 5 year old too".
  /\b(?:our|my)\s+\d{1,2}[\s-]*(?:years?|yrs?)[\s-]*old\s+(?:too|as well|also|is coming|will come)\b/,
  // "I need to add my son, he's 12", "¿puedo añadir a mi hija?" (QA 28, E18: "I don't have that").
  new RegExp(`\\b${ADDS}\\s+(?:a\\s+)?(?:${OWNED_ES}|${OWNED_EN})\\s+${CHILD_COMPANION}\\b${TO_A_PLACE}`),
];

/** One more child joins the party the message is about ("our son is coming too"). */
export function childJoins(text: string): boolean {
  const folded = foldText(text);
  if (VISITS.test(folded) || ANOTHER_ROOM.test(folded)) return false;
  return CHILD_JOINS.some((pattern) => pattern.test(folded));
}

/** One more adult joins the party the message is about; false when no one joins. */
export function someoneJoins(text: string): boolean {
  const folded = foldText(text);
  if (SPOUSE.test(folded) || VISITS.test(folded) || ANOTHER_ROOM.test(folded)) return false;
  return ONE_JOINS.some((pattern) => pattern.test(folded));
}

/** "Al final viene mi pareja", "my wife is coming too": the guest's partner, said to come. */
const PARTNER_COMES = new RegExp(
  [
    `\\b(?:${COMES_ES}|se viene|se apunta)\\s+(?:${ALSO_ES}\\s+)?${OWNED_ES}\\s+(?:pareja|mujer|marido|esposo|esposa|novia|novio)\\b`,
    `\\b${OWNED_ES}\\s+(?:pareja|mujer|marido|esposo|esposa|novia|novio)\\s+(?:${ALSO_ES}\\s+)?(?:${COMES_ES}|se viene|se apunta)\\b`,
    `\\b(?:my|our)\\s+(?:partner|wife|husband|girlfriend|boyfriend)\\s+(?:is|'s|will|'ll)?\\s*(?:also\\s+)?(?:be\\s+)?(?:coming|joining)\\b`,
  ].join('|'),
);

/**
 * A booking for one, and the partner said to come ("quiero cambiar a una doble porque al final viene
 * mi pareja"): two. For a larger party the partner is nearly always counted already (SPOUSE).
 */
export function partnerJoinsOne(text: string, party: number | undefined): boolean {
  const folded = foldText(text);
  return party === 1 && !VISITS.test(folded) && PARTNER_COMES.test(folded);
}
