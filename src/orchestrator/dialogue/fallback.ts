import { foldText } from '../../common/fold-text';
import { endFlow, startFlow } from './conversation-state';
import { answerLanguages, asksAboutLanguages, writesInAnotherLanguage } from './language-question';
import { askSlotAgain, hasSlotQuestion } from './slot-questions';
import type { Turn } from './turn';

/** How much of a guest's message a staff notice quotes. */
export const MAX_QUOTE = 300;

/** From the second fallback in a row, the guest is offered a person. */
const FALLBACKS_BEFORE_OFFER = 2;

/**
 * What the bot says when it did not understand: a clarifying question, and from the second one in a
 * row an offer to hand over to a person (yes / no buttons, answered by the human_handoff handler).
 */
export function answerFallback(turn: Turn): void {
  // "¿Hablas francés?" fits no intent, yet has an answer: the languages the bot writes in.
  // So does a message in another language ("bonjour, avez-vous une chambre ?").
  if (asksAboutLanguages(turn.message.text) || writesInAnotherLanguage(turn.message.text))
    return answerLanguages(turn);
  // "Perdón, número equivocado", "¿es la pizzería?": nothing to clarify, and no person to offer.
  const misdirected = misdirectedMessage(turn.message.text);
  if (misdirected) {
    // Nothing of a booking under way is asked again of someone who was writing to somebody else.
    endFlow(turn.state);
    return turn.say(misdirected, { hotel: turn.tenant.name });
  }
  turn.outcome = 'fallback';
  turn.state.fallbackCount += 1;
  // "No entiendes nada": no point asking the guest to rephrase.
  if (turn.state.fallbackCount < FALLBACKS_BEFORE_OFFER && !isFrustrated(turn.message.text)) {
    // "La semana que viene" at "¿para qué fechas?": the booking's question again, with its example.
    if (hasSlotQuestion(turn)) {
      // "Do you have a new year's eve dinner?" at "whose name?" (QA 29, M5): a question the bot cannot
      // answer, not words it failed to read; reception can, and the booking's question comes again.
      if (/[?¿]/.test(turn.message.text ?? ''))
        turn.say('fallback.slot_question', { phone: turn.tenant.info.phone });
      else turn.say('fallback.slot');
      askSlotAgain(turn);
      return;
    }
    turn.say('fallback.clarify');
    return;
  }
  offerHuman(turn, turn.text('fallback.offer_human'));
}

/**
 * Asks whether a person should take over: yes / no buttons, answered by the human_handoff handler.
 * The guest's message is kept for the staff's notice, which would otherwise quote the "yes".
 */
export function offerHuman(turn: Turn, question: string): void {
  startFlow(turn.state, 'human_handoff');
  turn.state.dialogue.slots.offeredAfter = (turn.message.text ?? '').slice(0, MAX_QUOTE);
  turn.ask(question, [
    { id: 'human_yes', title: turn.text('button.human_yes') },
    { id: 'human_no', title: turn.text('button.human_no') },
  ]);
  turn.state.dialogue.awaiting = 'confirmation';
}

/** A guest telling the bot it is not helping: "no entiendes nada", "this is useless". */
const FRUSTRATION =
  /\b(?:no (?:me )?(?:entiendes|entendes|entendeis|entiende|estas entendiendo)|no sirve[s]?|no ayudas|inutil|you (?:don'?t|do not) (?:understand|get it)|useless|(?:you'?re|you are) not helping)\b/;

export function isFrustrated(text: string | undefined): boolean {
  return FRUSTRATION.test(foldText(text ?? ''));
}

/** "Número equivocado", "me equivoqué de chat", "sorry, wrong number", "that wasn't meant for you". */
const WRONG_NUMBER =
  /\b(?:numero equivocado|me (?:equivoque|confundi) de (?:numero|chat|persona|contacto)|(?:equivocad[oa]|confundid[oa]) de (?:numero|chat)|no era para (?:ti|usted|vos|ustedes)|wrong (?:number|chat|person|group)|(?:sent|texted) (?:that|this|it) to the wrong|(?:wasn'?t|was not) (?:meant )?for you)\b/;
/** Businesses a misdirected message asks for: never the hotel's own desks ("¿es la recepción?"). */
const BUSINESS = String.raw`(?:pizzeria|pizza place|farmacia|pharmacy|chemist|peluqueria|barberia|hairdresser|barber|taller|garage|mechanic|dentista|dentist|clinica|clinic|consultorio|doctor|medico|veterinari[ao]|vet|banco|bank|tienda|shop|store|boutique|heladeria|panaderia|bakery|carniceria|butcher|ferreteria|hardware store|fontanero|plumber|electricista|electrician|cerrajero|locksmith|colegio|escuela|school|academia|inmobiliaria|estate agent|real estate|agencia|guarderia|nursery|floristeria|florist|lavanderia|laundrette|taxi company|remiseria)`;
/** "¿Es la pizzería?", "is this the dentist?": a short question whether this is some other business. */
const ANOTHER_BUSINESS = new RegExp(
  String.raw`^\W*(?:(?:hola|buenas|hi|hello|hey|disculpe?|perdon|sorry|excuse me)\W+)*(?:es|hablo con|is this|is that|am i (?:talking|speaking) to)\s+(?:la|el|the|a|an)?\s*${BUSINESS}\s*\?*\s*$`,
);

/** The answer to a message meant for someone else, or null. */
function misdirectedMessage(
  text: string | undefined,
): 'fallback.wrong_number' | 'fallback.other_business' | null {
  const folded = foldText(text ?? '');
  if (WRONG_NUMBER.test(folded)) return 'fallback.wrong_number';
  return ANOTHER_BUSINESS.test(folded) ? 'fallback.other_business' : null;
}
