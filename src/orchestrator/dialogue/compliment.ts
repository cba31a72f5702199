import { foldText } from '../../common/fold-text';
import { guestTrouble } from './complaint';

const KIND_WORDS =
  '(?:majos?|majas?|amables?|atent[oa]s?|simpatic[oa]s?|encantador(?:es|as?)?|eficientes?|geniales?|buenisim[oa]s?|un encanto|un amor|un sol|unos? cracks?|lo maximo|los mejores)';
/** Praise of the staff, the service or the hotel, said in the words guests use. */
const COMPLIMENTS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:que|muy|super|tan|sois|eres|son|es usted)\\s+(?:(?:muy|super|tan|unos?)\\s+)?${KIND_WORDS}\\b`,
  ),
  /\bme (?:encanta|encanto|ha encantado|gusta mucho|gusto mucho) (?:el|vuestro|su|este) (?:hotel|sitio|lugar|servicio)\b/,
  /\b(?:que|muy) buen(?:a|o)? (?:servicio|hotel|trato|atencion)\b/,
  /\b(?:excelente|estupendo|magnifico) (?:servicio|trato|atencion|hotel)\b/,
  /\byou(?:'re| are| guys are| guys| have been|'ve been)\s+(?:(?:so|very|really|super|just)\s+)*(?:great|amazing|awesome|the best|lovely|wonderful|kind(?! of)|helpful|brilliant|fantastic|stars?)\b/,
  /\b(?:love|loved|loving) (?:this|your|the) (?:hotel|place|service|staff)\b/,
  /\b(?:great|amazing|excellent|awesome) (?:service|job|hotel|staff)\b|\byou (?:guys )?rock\b/,
];

/** A "no" just before the praise, or inside it ("no sois muy eficientes", "you are not very kind"). */
const NEGATED = /\b(?:no|not|nada|ni|never|nunca|isn'?t|aren'?t|weren'?t|wasn'?t)\b/;

/**
 * "¡Qué majos sois!", "me encantó el hotel", "you guys are great": the guest praises the hotel, which
 * thanks them. Not praise around a complaint ("muy amables, pero llevo una hora esperando") or a question.
 */
export function isCompliment(text: string): boolean {
  const folded = foldText(text);
  // A question said with praise ("¿sois amables con los perros?", "qué majos, ¿hay parking?") wants its answer.
  if (text.includes('?') || guestTrouble(text) !== null) return false;
  // "La recepcionista no fue muy amable", "you are not very helpful": criticism, not praise.
  return COMPLIMENTS.some((pattern) => {
    const praise = pattern.exec(folded);
    return praise !== null && !NEGATED.test(folded.slice(Math.max(0, praise.index - 20), praise.index + 4));
  });
}
