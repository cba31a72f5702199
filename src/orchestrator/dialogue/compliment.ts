import { foldText } from '../../common/fold-text';
import { guestTrouble } from './complaint';

const KIND_WORDS =
  '(?:majos?|majas?|amables?|atent[oa]s?|simpatic[oa]s?|encantador(?:es|as?)?|eficientes?|rapid[oa]s?|geniales?|buenisim[oa]s?|un encanto|un amor|un sol|unos? cracks?|lo maximo|los mejores)';
/** Praise of the staff, the service or the hotel, said in the words guests use. */
const COMPLIMENTS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:que|muy|super|tan|sois|eres|son|es usted)\\s+(?:(?:muy|super|tan|unos?)\\s+)?${KIND_WORDS}\\b`,
  ),
  /\bme (?:encanta|encanto|ha encantado|gusta mucho|gusto mucho) (?:el|vuestro|su|este) (?:hotel|sitio|lugar|servicio)\b/,
  /\b(?:que|muy) buen(?:a|o)? (?:servicio|hotel|trato|atencion)\b/,
  /\b(?:excelente|estupendo|magnifico) (?:servicio|trato|atencion|hotel)\b/,
  /\byou(?:'re| are| guys are| guys| have been|'ve been)\s+(?:(?:so|very|really|super|just)\s+)*(?:great|amazing|awesome|the best|lovely|wonderful|kind|helpful|brilliant|fantastic|super|stars?)\b/,
  /\b(?:love|loved|loving) (?:this|your|the) (?:hotel|place|service|staff)\b/,
  /\b(?:great|amazing|excellent|awesome) (?:service|job|hotel|staff)\b|\byou (?:guys )?rock\b/,
];

/**
 * "¡Qué majos sois!", "me encantó el hotel", "you guys are great": the guest praises the hotel, which
 * thanks them. Not praise around a complaint ("muy amables, pero llevo una hora esperando") or a question.
 */
export function isCompliment(text: string): boolean {
  const folded = foldText(text);
  // A question said with praise ("¿sois amables con los perros?", "qué majos, ¿hay parking?") wants its answer.
  return (
    !text.includes('?') && COMPLIMENTS.some((pattern) => pattern.test(folded)) && guestTrouble(text) === null
  );
}
