import { foldText } from '../../common/fold-text';

/**
 * "Una pregunta", "una cosa", "te escribo xq", "quick question": the start of a message that comes in
 * the next ones (WhatsApp bursts), not a question, a yes or a goodbye.
 */
const OPENER =
  /^\W*(?:(?:hola|buenas|buenos dias|buenas tardes|buenas noches|hi|hello|hey)\W+)?(?:(?:una|otra) (?:pregunta|cosa|duda|consulta|preguntita)|(?:te|os|le) (?:escribo|queria preguntar|quiero preguntar|hago una pregunta)(?: (?:porque|xq|pq|por que|para))?|queria (?:preguntar|consultar)(?:te|os)?(?: una cosa)?|mira|oye|a question|quick question|one (?:more )?thing|i have a question|can i ask (?:you )?(?:something|a question))\W*$/;

export function opensAMessage(text: string): boolean {
  return OPENER.test(foldText(text));
}
