import { foldText } from '../../common/fold-text';

/** Someone of the hotel a guest asks to be put through to: reception, a person, the manager. */
const HOTEL_PERSON = [
  '(?:la |el )?recepcion(?:ista)?',
  'alguien',
  'una persona',
  'persona real',
  '(?:un|una) (?:humano|agente|empleado|empleada|recepcionista)',
  '(?:el |la )?(?:encargad[oa]|gerente|director[a]?)',
  '(?:the |a )?(?:reception|front desk|receptionist|manager|human|real person|agent)',
  'someone',
  'somebody',
  'a person',
  'a member of (?:the )?staff',
  'staff',
].join('|');

/** The words that ask to be put through: "me pasas con", "quiero hablar con", "can I speak to". */
const PUT_ME_THROUGH = [
  '(?:me )?(?:pasas|pasais|pasa|pasan|pase|pones|poneis|pon|ponga|comunicas|comunica|conectas|conecta) con',
  '(?:pasame|ponme|comunicame|conectame) con',
  '(?:quiero|quisiera|queria|prefiero|necesito|puedo|podria|podemos|me gustaria|dejame) hablar con',
  'put me (?:through|in touch) (?:to|with)',
  'transfer me to',
  'connect me (?:to|with)',
  '(?:can|could|may) (?:i|we) (?:speak|talk) (?:to|with)',
  "(?:i|we)(?: want| need| would like|'d like) to (?:speak|talk) (?:to|with)",
  'let me (?:speak|talk) (?:to|with)',
].join('|');

const PUT_THROUGH = new RegExp(`\\b(?:${PUT_ME_THROUGH})\\s+(?:${HOTEL_PERSON})\\b`);

/**
 * "¿Me pasas con recepción?", "pásame con alguien", "quiero hablar con una persona", "put me through to
 * reception", "can I speak to someone?": a person of the hotel asked for, whatever else the message asks.
 */
export function asksToBePutThrough(text: string): boolean {
  const folded = foldText(text);
  return PUT_THROUGH.test(folded) && !NOT_NOW.test(folded);
}

/** "No quiero hablar con una persona", "si no, quiero hablar con alguien", "I don't want to talk to…". */
const NOT_NOW =
  /\b(?:no (?:quiero|quisiera|necesito|hace falta|me pases|me pase|me pasen)|si no|don'?t|do not|no need to|if not)\b/;
