import { foldText } from '../../common/fold-text';
import type { IntentName, OtherQuestion, ParseResult } from '../../nlp/nlp.types';
import { isAffirmation } from './affirmation';

/** Questions a yes may carry on to: they tell something and change nothing of the booking. */
const TOLD_AFTER_A_YES: ReadonlySet<IntentName> = new Set(['hotel_info', 'location']);
/** The yes, up to the first stop or comma: "yes confirm.", "sí, confirmo,", "ok perfect!". */
const FIRST_CLAUSE = /^[^.?!\n,;]+[.!\n,;]+/;
/** "Yes, but first: can I see…?", "sí, pero ¿…?": the question comes before the yes. */
const BEFORE_THE_YES = /\b(?:first|before|antes|primero)\b|^\W*(?:pero|but|aunque|though)\b/;
/** What a booking takes along: asked after a yes ("sí, ¿me podéis poner parking?"), it changes it (review 29). */
const EXTRAS: ReadonlySet<string> = new Set(['breakfast', 'parking', 'pets', 'extra_bed', 'children']);

/**
 * "Yes confirm. btw what's the wifi password?", "sí, ¿a qué hora es el check-in?" at a summary (read
 * as the question, QA 28 E20: the booking was asked for again): the yes, with the question read as
 * another of the message's, answered beside the booking made. Undefined when the message does not
 * start with a plain yes, or asks nothing told by the hotel after it.
 */
export function yesWithAQuestion(text: string, nlu: ParseResult): ParseResult | undefined {
  if (!TOLD_AFTER_A_YES.has(nlu.intent as IntentName)) return undefined;
  const clause = FIRST_CLAUSE.exec(text)?.[0];
  if (!clause || !isAffirmation(clause)) return undefined;
  const rest = text.slice(clause.length);
  if (!rest.includes('?') || BEFORE_THE_YES.test(foldText(rest))) return undefined;
  if (nlu.entities.some((entity) => entity.type === 'info_topic' && EXTRAS.has(entity.value.topic)))
    return undefined;
  const question: OtherQuestion = {
    intent: nlu.intent as IntentName,
    askedFirst: false,
    start: clause.length,
    end: text.length,
  };
  return { ...nlu, intent: 'confirm', alsoAsked: [question, ...(nlu.alsoAsked ?? [])] };
}
