import { foldText } from '../../common/fold-text';

/**
 * A guest lost at a question: "no entiendo", "no sé qué poner", "ni idea", "I don't understand".
 * The whole message, so that "no sé si llegamos el 12 o el 13" stays what it says (WHY_ASKED too).
 */
const CONFUSED =
  /^\s*[¿¡]?\s*(?:(?:pero|perdon|perdona|disculpa|eh|mm+|uh+|um+|sorry|but)[\s,.]+)?(?:no (?:te |le |lo )?(?:entiendo|entendi|comprendo|he entendido)(?: (?:nada|bien|la pregunta|que (?:me )?pides))?|a que te refieres|que quieres decir|no (?:lo )?se(?: (?:que|lo que) (?:poner|decir|responder|contestar|me pides|quieres))?|ni idea|no tengo (?:ni )?idea|que me pides|como\s*\?|que\s*\?|i (?:don'?t|do not) (?:understand|get it|know)(?: what (?:to (?:say|put|write)|you mean))?|(?:i'?m )?(?:confused|lost)|no idea|what do you mean|what\s*\?|huh)\s*[?!.]*\s*$/;

/** "Me da igual", "cualquiera", "whichever": any of what was offered will do. */
const INDIFFERENT =
  /^\s*(?:(?:me |nos )?da (?:igual|lo mismo)(?: cual| la que sea)?|no importa(?: cual)?|cualquiera|la que sea|lo que sea|(?:any|either) (?:one|is fine|will do)|whichever|whatever|doesn'?t matter|i don'?t mind|no preference)\s*[.!]*\s*$/;

/** "¿Para qué quieres mi nombre?", "why do you need my name?": what the question is for. */
const WHY_ASKED =
  /^\W*(?:y\s+|and\s+)?(?:para que|por que|why)\b[^.!?]*\b(?:quieres|necesitas|pides|quiere|necesita|do you need|do you want|you need)\b[^.!?]*[?!.]*\s*$/;

/** "Hmm", "mmm…", "ehh", "umm": thinking aloud, no answer (and no no). */
const HESITATION = /^\s*(?:h+m+|m{2,}|e+h+|u+h*m+|e+m+)\s*[?!.…]*\s*$/;

export function isConfused(text: string): boolean {
  const folded = foldText(text);
  return CONFUSED.test(folded) || WHY_ASKED.test(folded) || HESITATION.test(folded);
}

export function isIndifferent(text: string): boolean {
  return INDIFFERENT.test(foldText(text));
}

/** "¿Me la reservas ya o qué?", "esto es lentísimo", "just book it already": in a hurry, not asking anything. */
const IMPATIENT =
  /\b(?:me (?:la |lo )?reserv[ae]s? (?:ya|o no|o que)|reservamela ya|(?:venga|vamos|pues)[,\s]+reserva(?:la|me)? ya|(?:que|muy|super) lent[oa] (?:eres|sois|vas|vais)|esto es (?:muy |super )?lent\w*|lentisim[oa]|date prisa|venga ya|(?<!no )hurry(?: up)?(?! up with)|just book it|book it already|(?:this is )?taking (?:forever|ages)|you'?re so slow)\b/;

export function isImpatient(text: string): boolean {
  return IMPATIENT.test(foldText(text));
}

/**
 * Lost, or indifferent where nothing is offered to pick from (at the room list "me da igual" picks),
 * or in a hurry while a detail is still missing (at a summary, a hurry is a yes).
 */
export function needsTheQuestionExplained(text: string, awaiting: string | null): boolean {
  return (
    isConfused(text) ||
    (isIndifferent(text) && awaiting !== 'room_type') ||
    (isImpatient(text) && awaiting !== 'confirmation')
  );
}
