import { foldText } from '../../common/fold-text';
import { infantsSaid } from '../../nlp/entities/guests';

// A baby said to come once the party is known ("ah, y vamos con un bebé de 1 año"), or a cot asked
// for: the baby sleeps in a cot, which someone has to put in the room.

/** Words of a baby coming along, or of a cot needed: not a question whether babies are welcome. */
const COMES_OR_NEEDS =
  /\b(?:vamos|venimos|vendremos|iremos|viene|vendra|traemos|traigo|traeremos|llevamos|llevo|tambien|necesit\w*|queremos|quiero|querriamos|pon\w*|anad\w*|agreg\w*|(?:hace|haria|harian|hara|hacen) falta|bring\w*|brought|coming|come|too|also|need\w*|want|add|put|with us|we have|we've got|(?:can|could|may) (?:we|i) (?:have|get))\b/;
const COT = /\b(?:cunas?|cots?|cribs?)\b/;
const TWO_COTS = /\b(?:dos|two|2)\s+(?:cunas|cots|cribs)\b/;
/** "¿Hay cuna también?", "do you have cots?": whether there is one, no cot asked for. */
const ASKS_IF_THERE = /\b(?:hay|teneis|tienen|tiene|disponeis|is there|are there|do you have|have you got)\b/;

/** "No necesitamos cuna", "traemos la nuestra", "we bring our own cot", "el bebé no viene". */
const NO_BABY =
  /\b(?:no|sin|without|not|don'?t|doesn'?t|won'?t)\b(?:\s+\S+){0,4}?\s+(?:cunas?|cots?|cribs?|bebes?|babys?|babies|viene|come|coming|need\w*|necesit\w*|hace falta)\b|\b(?:la nuestra|la propia|our own|my own|nuestra propia|propia cuna)\b|\b(?:bebes?|baby) (?:ya )?no (?:viene|vendra)\b/;
/** "¿Cuánto cuesta la cuna?", "also how much is a cot": its price, no cot asked for. */
const ASKS_A_PRICE = /\b(?:cuanto|precio|cuesta|how much|price|cost)\b/;

/**
 * How many babies the message adds to a party already known: "ah, y vamos con un bebé de 1 año",
 * "oh wait we're bringing our baby too", "necesitamos una cuna para el bebé" (1). Null when it adds
 * none, as "¿admitís bebés?" or "¿tenéis cuna?" do (questions the children's terms answer).
 */
export function babiesAdded(text: string): number | null {
  const folded = foldText(text);
  if (!COMES_OR_NEEDS.test(folded) || NO_BABY.test(folded) || ASKS_A_PRICE.test(folded)) return null;
  const babies = infantsSaid(text);
  if (babies > 0) return babies;
  // "Necesitamos una cuna", "can we have a cot?": a baby, though not named.
  if (!COT.test(folded) || ASKS_IF_THERE.test(folded)) return null;
  return TWO_COTS.test(folded) ? 2 : 1;
}
