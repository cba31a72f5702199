import { addedIfThere, declining, type ExtraSaid } from './extras-wording';

// How guests say a pet comes along or a car needs a space, rather than only asking about either.

/**
 * `stayNamed`: the guest's own pet asked about with the stay ("a Junior Suite from 18 to 21 December.
 * Is it possible to bring our small dog (5 kg)?") comes along: the stay is asked for with it (QA 30,
 * en H7: "say 'with a pet'" before). "Do you allow dogs?" and, after a booking, "¿podemos llevar al
 * perro?" only ask.
 */
export function petSaid(folded: string, stayNamed = false): ExtraSaid {
  if (NO_PET.test(folded)) return 'declined';
  if (stayNamed && OWN_PET.test(folded)) return 'wanted';
  return asksAbout(PET, folded) && !ASKS_WITH.test(folded) ? undefined : 'wanted';
}

export function parkingSaid(folded: string, stayNamed: boolean): ExtraSaid {
  if (NO_PARKING.test(folded)) return 'declined';
  if (addedIfThere(folded, PARKING)) return 'wanted';
  // "¿Cuánto me sale una doble del 10 al 13 con desayuno y parking?": the stay is asked for with it.
  if (stayNamed && WITH_PARKING.test(folded)) return 'wanted';
  if (ASKS_WITH.test(folded)) return 'wanted';
  return asksAbout(PARKING, folded) || ASKS_PARKING.test(folded) ? undefined : 'wanted';
}

/**
 * "What about a small dog of 8 kg?", "¿y con parking?", "¿y si traemos al perro?": a question that
 * asks for the booking with it, as "¿y para 3 personas?" asks for it with three.
 */
const ASKS_WITH =
  /^\W*(?:(?:and\s+)?(?:what|how) about (?:a|an|one|our|my|the)\b|and with|(?:and\s+)?what if we (?:bring|come with|take)|y con|y si (?:llevamos|traemos|vamos con|venimos con|vamos en)|que tal con)\b/;

const PET_WORDS = '(?:mascotas?|perr\\w*|gat[oa]s?|pets?|dogs?|cats?|puppy)';
/** "Sin mascotas", "no traemos (al) perro", "without our dog", "no pets". */
const NO_PET = new RegExp(`${declining(PET_WORDS)}|\\b${PET_WORDS}\\s+(?:se queda|stays?)\\b`);
const PET = new RegExp(`\\b${PET_WORDS}\\b`);
/** "Our small dog", "mi perrita", "nuestros dos gatos": the guest's own. */
const OWN_PET = new RegExp(
  `\\b(?:our|my|mi|mis|nuestr[oa]s?)\\s+(?:(?:small|little|tiny|old|young|pequen\\w*|chiquit\\w*|viej\\w*|two|dos|\\d+)\\s+){0,2}${PET_WORDS}\\b`,
);

// Not "coche" alone, which names the car and not a space for it.
const PARKING_WORDS =
  '(?:parking|parkin|parqueo|aparcamiento|aparcar|estacionamiento|cochera|garaje|garage|car park)';
/** "Sin parking", "no necesitamos aparcamiento", "we don't need parking", "no parking". */
const NO_PARKING = new RegExp(declining(PARKING_WORDS));
export const PARKING = new RegExp(`\\b${PARKING_WORDS}\\b`);
/** "Con parking", "con desayuno y parking", "with breakfast and parking". */
const WITH_PARKING = new RegExp(
  `\\b(?:con|with|w\\/?)\\s+(?:[^,.;?]{1,30}?\\s+(?:y|and)\\s+)?(?:el\\s+|a\\s+)?${PARKING_WORDS}\\b`,
);
/**
 * "¿Hay parking?" is often written with no question mark: "hay parking", "do you have parking",
 * "quisiéramos saber si disponen de aparcamiento".
 */
const ASKS_PARKING = new RegExp(
  `\\b(?:hay|tienen|teneis|tiene|disponen|dispone|disponeis|cuentan con|cuenta con|ofrecen|saber si|cuanto|se puede|podemos|is there|do you have|do you offer|have you got|how much|can we|could we|are there)\\b(?:\\s+\\S+){0,2}?\\s+${PARKING_WORDS}\\b` +
    // "Is parking extra", "el parking se paga aparte?": what it costs is asked, not a space ("parking
    // included please" asks for one).
    `|\\b(?:is|es|esta)\\s+(?:the\\s+|el\\s+)?${PARKING_WORDS}\\s+(?:extra|included|free|incluido|gratis|aparte)\\b` +
    `|\\b${PARKING_WORDS}\\s+(?:is\\s+|es\\s+|esta\\s+|se paga\\s+)?(?:extra|included|free|incluido|gratis|aparte)\\s*\\?` +
    // "Whats the parking like", "¿qué tal el parking?" (QA 30, en H2: a space added).
    `|\\b(?:whats|what'?s|what is|hows|how'?s|how is|wheres|where'?s|where is|que tal|como es|donde esta)\\b(?:\\s+\\S+){0,2}?\\s+${PARKING_WORDS}\\b`,
);

/** A pet or a parking space named in a question ("¿admitís perros?", "can we bring our dog?"), not as coming along. */
function asksAbout(words: RegExp, text: string): boolean {
  return text.split(/(?<=[?.!,;])|(?=¿)/).some((clause) => words.test(clause) && /[?¿]/.test(clause));
}
