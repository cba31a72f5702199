import { foldText } from '../../common/fold-text';
/** What a guest may call the bot, or a person, when asking which one they are talking to. */
const WHO = String.raw`(?:un |una |a |an )?(?:chat ?gpt|gpt|chat ?bot|bot|robot|maquina|machine|ia|ai|inteligencia artificial|asistente virtual|virtual assistant|persona(?: real)?|humano|human|real person|person|real)`;

/** "¿eres un bot?", "¿hablo con una persona?", "are you a robot?", "am I talking to a human?". */
const IDENTITY_QUESTIONS = [
  new RegExp(String.raw`\b(?:eres|sos|es usted|esto es|es esto|es)\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:estoy hablando|hablo|estoy chateando|chateo)\s+con\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:me (?:contesta|responde|atiende|escribe))\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:are|r)\s+(?:you|u)\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:am i|are we)\s+(?:talking|speaking|chatting|texting)\s+(?:to|with)\s+${WHO}\b`),
  new RegExp(String.raw`\b(?:is this|is it|is that)\s+${WHO}\b`),
];

/** Words of a request for a person, or of a guest fed up with the bot: those are a handoff. */
const REQUEST = new RegExp(
  [
    String.raw`\b(?:quiero|quisiera|necesito|prefiero|pasame|paseme|ponme|pongame|comunicame|transfer\w*|basta|harto|harta|no me sirve|no quiero)\b`,
    String.raw`\b(?:want|need|prefer|let me|get me|put me|connect me|transfer|enough|sick of|tired of|useless|speak to|talk to)\b`,
  ].join('|'),
);

/**
 * A guest asking whether they are talking to a bot, without asking for a person: they get an
 * honest answer and the offer of a person, not a handoff that silences the bot for them.
 */
export function isBotQuestion(text: string | undefined): boolean {
  if (!text) return false;
  const folded = foldText(text);
  return IDENTITY_QUESTIONS.some((pattern) => pattern.test(folded)) && !REQUEST.test(folded);
}
