// How guests say they want an extra, or decline it, rather than only asking about it.

/** What the guest said of one extra: wanted ("con parking"), declined ("sin parking"), or nothing (only asked about). */
export type ExtraSaid = 'wanted' | 'declined' | undefined;

/**
 * "Sin", "no", "don't", "quita": the word before what is declined ("no necesitamos parking", "we don't
 * need parking", "quita el parking", "remove the breakfast").
 */
export const NOT =
  "(?:sin|without|no|not|ni|don'?t|won'?t|quit(?:a|ad|ar|ame|anos|adme|adnos|en?(?=\\s+(?:el|la|los|las)\\b))|saca(?:r|me|nos)?|elimin(?:a|ar|e)|borr(?:a|ar|e)|remove|take\\s+off)";
/**
 * "Scrap the breakfast", "forget the parking", "olvídate del desayuno", "cancela el desayuno" (QA 31,
 * H4, H5): verbs that drop only what follows them, with no more than its article between ("where do we
 * drop the car, in the parking?" drops nothing).
 */
const DROP =
  '(?:scrap|skip|drop|ditch|forget(?:\\s+about)?|cancel(?:a|ar|ad|e)?|anul(?:a|ar|ad|e)|olvid(?:a|ate|aos|ad|ar|en))(?:\\s+(?:the|el|la|los|las|del|de|al|our|my|mi|nuestro|nuestra))*';

/** A pattern for `words` declined: "sin desayuno", "we don't need parking", "forget the parking". */
export function declining(words: string): string {
  return `\\b${NOT}\\b${WORDS_BETWEEN}\\s+${words}\\b|\\b${DROP}\\s+${words}\\b`;
}
/** Up to three words between the "no" and what it declines, none of them starting what is wanted ("sin perro y con parking"). */
export const WORDS_BETWEEN = '(?:\\s+(?!(?:con|with|y|and|pero|but)\\b)\\S+){0,3}?';

const BREAKFAST_WORDS = '(?:desayunos?|desayunar|desayunito|breakfasts?|brekkie|brekky)';
const BREAKFAST = new RegExp(`\\b${BREAKFAST_WORDS}\\b`);
const NO_BREAKFAST = new RegExp(declining(BREAKFAST_WORDS));
/** Asking for it, not about it: "con desayuno", "con parking y desayuno", "lo quiero incluir", "añádelo", "add breakfast", "we'd like breakfast". */
const WANTS_BREAKFAST = new RegExp(
  `\\b(?:con|with|w\\/?|quiero|queremos|want|we'?d (?:also |quite |really )?like|i'?d (?:also |quite |really )?like|necesit\\w*|need)\\s+(?:el\\s+)?${BREAKFAST_WORDS}\\b|` +
    // "Queremos que tenga desayuno", "we'd like it to include breakfast".
    `\\b(?:quiero|queremos|quisiera|quisieramos)\\s+que\\s+(?:tenga|incluya|lleve|venga con|sea con)\\s+(?:el\\s+)?${BREAKFAST_WORDS}\\b|` +
    `\\b(?:want|like)\\s+it\\s+to\\s+(?:include|come with|have)\\s+(?:the\\s+)?${BREAKFAST_WORDS}\\b|\\b(?:necesit\\w*|need|queremos|quiero|want)\\s+[^.;?]{1,40}?\\s+(?:y|and)\\s+(?:el\\s+)?${BREAKFAST_WORDS}\\b|\\b(?:con|with)\\s+[^,.;?]{1,30}?\\s+(?:y|and)\\s+(?:el\\s+)?${BREAKFAST_WORDS}\\b|\\b(?:lo|la)\\s+(?:quiero|queremos)\\s+(?:incluir|anadir|agregar|sumar)\\b|\\b(?:incluir(?:lo)?|incluye(?:lo|nos)|anad(?:ir|elo|emelo|enos|ele|eme)|agreg(?:ar|alo|anos|ale|ame)|sum(?:ar|alo|anos|ale)|pon(?:nos|me|le)|add(?:\\s+it)?|include(?:\\s+it)?)\\b(?!\\s*\\?)`,
);
/** "Añade el desayuno", "agrega desayuno": the bare imperative, only where nothing is asked ("¿cuánto añade el desayuno?"). */
const ADD_BREAKFAST = new RegExp(
  `^\\W*(?:\\w+,?\\s+)?(?:anade|agrega|suma)\\s+(?:(?:el|tambien)\\s+)*${BREAKFAST_WORDS}\\b`,
);
/**
 * Asked for loosely: "and breakfast please", "breakfast too", "y desayuno también", "también el
 * desayuno", "y el desayuno? lo quiero".
 */
const BREAKFAST_LOOSELY = new RegExp(
  [
    `\\b${BREAKFAST_WORDS}(?:\\s+\\S+){0,4}?\\s+(?:please|pls|plz|por favor|porfa|too|as well|tambien)\\b`,
    `\\b(?:please|por favor|porfa|also|tambien)\\s+(?:(?:el|the)\\s+)?${BREAKFAST_WORDS}\\b`,
  ].join('|'),
);
/** "Y el desayuno? lo quiero": asked, then wanted in so many words. */
const BREAKFAST_THEN_WANTED = new RegExp(
  `\\b${BREAKFAST_WORDS}\\W+(?:si\\W+)?(?:lo|la)\\s+(?:quiero|queremos)\\b`,
);
/** A request put as a question: "¿me pones desayuno?", "¿nos añades el desayuno?" (not "¿nos incluye el desayuno?"). */
const ASKED_TO_PUT_BREAKFAST = new RegExp(
  `\\b(?:me|nos)\\s+(?:pones|pone|pondrias|pondria|anades|anadis|anade|agregas|agrega|sumas|suma)\\s+(?:(?:el|un|tambien)\\s+)*${BREAKFAST_WORDS}\\b`,
);
/** Whether the room or rate comes with it: "does it come with breakfast", "¿viene con desayuno?" (asked, not wanted). */
const ASKS_IF_IT_COMES_WITH = new RegExp(
  `\\b(?:(?:does|do|will|would)\\s+(?:it|that|this|(?:the|my|our) (?:room|rate|price|stay|booking|reservation)|they|rooms)\\s+(?:\\w+\\s+)?(?:comes?|includes?)\\s+(?:with\\s+)?(?:the\\s+)?${BREAKFAST_WORDS}|(?:is|are)\\s+(?:the\\s+)?${BREAKFAST_WORDS}\\s+(?:included|extra|free)` +
    // "Is that with breakfast?", "is the room price with breakfast?" (QA 30, en H2: breakfast added).
    `|(?:is|are|was|will|would)\\s+(?:it|that|this|they|those|these|the (?:room|rate|price|prices|stay|total))\\s+(?:\\w+\\s+)?(?:be\\s+)?(?:with|including|incl\\.?)\\s+(?:the\\s+)?${BREAKFAST_WORDS})`,
);
/** The same in Spanish, only asked: "¿viene con desayuno?" (said, "la reserva va con desayuno" wants it). */
const COMES_WITH_ES = `\\b(?:(?:viene|vienen|va|incluye|incluyen)\\s+(?:con\\s+)?|(?:es|son|esta|estan|sale|salen)\\s+con\\s+)(?:el\\s+)?${BREAKFAST_WORDS}`;
const ASKS_IF_IT_COMES_WITH_ES = new RegExp(`${COMES_WITH_ES}\\b[^.!]*[?]|[¿][^?]*${COMES_WITH_ES}`);

/**
 * Words asking about it ("what time is breakfast please?", "is breakfast included too?", "breakfast
 * hours please", "breakfast menu please"): not asked for.
 */
const ASKS_ABOUT =
  /\b(?:que|cual|cuando|cuanto|cuanta|como|donde|hay|esta|es|son|incluid[oa]s?|horarios?|horas?|menu|carta|info\w*|what|when|where|which|how|is|are|does|included|served?|hours?|times?)\b/;

const IF_SO_ADD =
  "(?:if so|if yes|if you do|if (?:there is|there's) (?:one|some)?|if available|si (?:es asi|hay|teneis|tienen|lo hay|los hay|puede ser)),?\\s+(?:please\\s+|pls\\s+|por favor\\s+|porfa\\s+)?(?:add|include|book|put|anad\\w*|agreg\\w*|inclu\\w*|pon\\w*|reserv\\w*|sum\\w*)";
const ADDED_IF_THERE = new RegExp(`\\b${IF_SO_ADD}`);
const STARTS_ADDING_IF_THERE = new RegExp(`^\\W*${IF_SO_ADD}`);

/**
 * "Do you have parking? if so add it", "¿hay desayuno? si hay, añádelo" (QA 28, E7): asked, then
 * wanted, in its own sentence or the one right after it (review 28, 5: not "…if so add it. Is
 * breakfast included?", which only asks about breakfast).
 */
export function addedIfThere(folded: string, extra: RegExp): boolean {
  const sentences = folded.split(/(?<=[.?!])\s+/);
  return sentences.some(
    (sentence, index) =>
      extra.test(sentence) &&
      (ADDED_IF_THERE.test(sentence) || STARTS_ADDING_IF_THERE.test(sentences[index + 1] ?? '')),
  );
}

/** "Con desayuno", "lo quiero incluir", "add breakfast", "and breakfast please": wanted; "¿el desayuno está incluido?" only asks. */
export function breakfastSaid(folded: string): ExtraSaid {
  if (NO_BREAKFAST.test(folded)) return 'declined';
  if (addedIfThere(folded, BREAKFAST)) return 'wanted';
  if (ASKED_TO_PUT_BREAKFAST.test(folded)) return 'wanted';
  if (ASKS_IF_IT_COMES_WITH.test(folded) || ASKS_IF_IT_COMES_WITH_ES.test(folded)) return undefined;
  if (ADD_BREAKFAST.test(folded) && !/[?¿]/.test(folded)) return 'wanted';
  if (BREAKFAST_THEN_WANTED.test(folded)) return 'wanted';
  // "¿Y el desayuno también?" asks whether it is included too.
  if (BREAKFAST_LOOSELY.test(folded) && !ASKS_ABOUT.test(folded) && !/[?¿]/.test(folded)) return 'wanted';
  return WANTS_BREAKFAST.test(folded) ? 'wanted' : undefined;
}

/** "No breakfast for me", "sin desayuno para mí": breakfast declined for whom it names. */
const NO_BREAKFAST_FOR = new RegExp(
  `\\b${NOT}\\b${WORDS_BETWEEN}\\s+${BREAKFAST_WORDS}\\s+(?:(?:solo|only|just)\\s+)?(?:para|for)\\b`,
);

export function declinesBreakfastFor(folded: string): boolean {
  return NO_BREAKFAST_FOR.test(folded);
}
