import { foldText } from '../../common/fold-text';

/**
 * A guest lost at a question: "no entiendo", "no sé qué poner", "ni idea", "I don't understand".
 * The whole message, so that "no sé si llegamos el 12 o el 13" stays what it says.
 */
const CONFUSED =
  /^\s*[¿¡]?\s*(?:(?:pero|perdon|perdona|disculpa|eh|mm+|uh+|um+|sorry|but)[\s,.]+)?(?:no (?:te |le |lo )?(?:entiendo|entendi|comprendo)(?: (?:nada|bien|la pregunta|que (?:me )?pides))?|no (?:lo )?se(?: (?:que|lo que) (?:poner|decir|responder|contestar|me pides|quieres))?|ni idea|no tengo (?:ni )?idea|que me pides|como\s*\?|que\s*\?|i (?:don'?t|do not) (?:understand|get it|know)(?: what (?:to (?:say|put|write)|you mean))?|(?:i'?m )?(?:confused|lost)|no idea|what do you mean|what\s*\?|huh)\s*[?!.]*\s*$/;

/** "Me da igual", "cualquiera", "whichever": any of what was offered will do. */
const INDIFFERENT =
  /^\s*(?:(?:me |nos )?da (?:igual|lo mismo)|no importa|cualquiera|la que sea|(?:any|either) (?:one|is fine|will do)|whichever|whatever|doesn'?t matter|i don'?t mind|no preference)\s*[.!]*\s*$/;

/** "¿Para qué quieres mi nombre?", "why do you need my name?": what the question is for. */
const WHY_ASKED =
  /\b(?:para que|por que|why)\b.*\b(?:quieres|necesitas|pides|quiere|necesita|do you need|do you want|you need)\b/;

export function isConfused(text: string): boolean {
  const folded = foldText(text);
  return CONFUSED.test(folded) || WHY_ASKED.test(folded);
}

export function isIndifferent(text: string): boolean {
  return INDIFFERENT.test(foldText(text));
}
