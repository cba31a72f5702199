import { foldText } from '../../common/fold-text';
import { asksTotalOfEverything } from './total-of-everything';

const NIGHT = String.raw`(?:por|x|cada|la|por la) noche|per night|a night|nightly|each night`;
const TOTAL = String.raw`total|en total|toda la (?:estancia|estadia)|todas las noches|in total|the whole stay|for the stay|overall|all nights`;
const PERSON = String.raw`por persona|por cabeza|por huesped|x persona|cada persona|per person|per guest|per head|each person|pp`;

/**
 * "¿Es por noche o total?", "¿el precio es por persona?", "is that per night or in total?": what a
 * price is counted by (a room and a night, the stay), not what it is.
 */
const PRICE_BASIS = [
  new RegExp(String.raw`\b(?:${NIGHT})\b.*\b(?:${TOTAL})\b|\b(?:${TOTAL})\b.*\b(?:${NIGHT})\b`),
  new RegExp(
    String.raw`\b(?:es|son|is|are|that'?s|precio|precios|price|prices|rate|rates|tarifa|tarifas|it)\b.*\b(?:${PERSON})\b`,
  ),
  new RegExp(String.raw`\b\d+(?:[.,]\d+)?\s*(?:€|eur|euros?|\$|usd|dolares)?\s*(?:${PERSON})\b`),
  new RegExp(
    String.raw`^\s*(?:y\s+|and\s+)?(?:es|son|is (?:it|that|this)|are (?:they|those|these))\s+(?:el precio\s+)?(?:${NIGHT}|${PERSON})\s*\?`,
  ),
];

export function asksPriceBasis(text: string): boolean {
  const folded = foldText(text);
  return /\?/.test(text) && PRICE_BASIS.some((pattern) => pattern.test(folded));
}

/** "¿Qué diferencia hay entre la doble y la superior?", "which is better, X or Y?": two rooms compared. */
const COMPARISON =
  /\b(?:diferencias?|diferencian|distint[oa]s?|compar(?:a|ar|amos|acion|aciones|e|ed|ing|ison)|difference|differences|differ|versus|vs|cual es mejor|which is better|which one is better)\b/;

export function comparesRooms(text: string, roomsNamed: number): boolean {
  return roomsNamed >= 2 && COMPARISON.test(foldText(text));
}

/** A price asked: "¿cuánto…?", "how much…?", "the price". */
const PRICE_WORDS =
  /\b(?:cuanto|cuanta|precio|coste|costo|cuesta|cuestan|sale|saldria|how much|price|cost|costs)\b/;
/** What makes a price the stay's whole: "en total", "con todo", "grand total", "all in", "incl. breakfast". */
const ALL_IN =
  /\b(?:total|con todo|todo incluido|todo junto|en conjunto|all in|all-in|altogether|in all|everything|incl|including|incluyendo)\b/;

/** An extra the stay is priced with: "con el parking", "with breakfast", "plus the dog". */
const WITH_AN_EXTRA =
  /\b(?:con|with|incluyendo|including|plus|mas)\s+(?:(?:el|la|los|the|a|an|un|una|mi|my|our|nuestro|nuestra)\s+)?(?:parking|aparcamiento|garaje|desayunos?|perro|perrito|perra|mascota|gato|breakfast|car park|dog|pet|cat)\b/;

/**
 * "¿Cuánto es en total con todo?", "what's the grand total incl. breakfast?", "how much all in?": the
 * stay's whole price asked (not what a price counts: "¿es por noche o total?").
 */
export function asksStayTotal(text: string): boolean {
  const folded = foldText(text);
  if (asksPriceBasis(text)) return false;
  // "¿Cuánto sería con el parking?", "how much with breakfast?": the total with that extra.
  if (PRICE_WORDS.test(folded) && WITH_AN_EXTRA.test(folded)) return true;
  if (!ALL_IN.test(folded)) return false;
  return (
    PRICE_WORDS.test(folded) ||
    /\b(?:grand total|el total|the total|my total|our total|mi total|nuestro total)\b/.test(folded) ||
    BARE_TOTAL.test(folded) ||
    asksTotalOfEverything(folded)
  );
}

/** "Total?", "¿y en total?", "and in total?": the word alone, asking. */
const BARE_TOTAL = /^\W*(?:(?:y|and)\s+)?(?:(?:en|in)\s+)?total\W*$/;

/** "¿Qué incluye el precio?", "what's included in the rate?": what the room's price covers. */
const WHAT_IT_INCLUDES =
  /\b(?:que|q)\s+(?:incluye|incluyen|entra|lleva)\s+(?:el precio|los precios|la tarifa|las tarifas|la habitacion)\b|\bwhat(?:'?s| is)\s+included\s+in\s+the\s+(?:price|rate|room)\b|\bwhat\s+does\s+the\s+(?:price|rate|room)\s+include\b/;

export function asksWhatThePriceIncludes(text: string): boolean {
  return WHAT_IT_INCLUDES.test(foldText(text));
}

/** How many a room sleeps, or how big it is: "how many people fit in the suite?", "¿la superior es más grande?". */
const CAPACITY =
  /\b(?:how many (?:people|guests|persons|adults)|(?:sleeps?|fits?|holds?) (?:up to |\d|two|three|four|five|six)|capacity|bigger|larger|smaller|how big|caben|cabemos|capacidad|cuantas personas|cuantos caben|mas grande|mas amplia|mas pequena|tamano)\b/;

/** A room's size or places asked, with a room named and a question: the rates card answers it, nothing changes. */
export function asksRoomCapacity(text: string, roomsNamed: number): boolean {
  return roomsNamed >= 1 && /[?¿]/.test(text) && CAPACITY.test(foldText(text));
}
