import { foldText } from '../../common/fold-text';

// Said when asked the surname of a one-word name (booking/surname-question.ts): the name stays as given.
const KEEPS_THE_NAME = [
  /^\W*(?:no|nop|no tengo|no hace falta|no es necesario|sin apellidos?|prefiero no(?: darlo| decirlo)?|da igual|asi (?:esta bien|vale|basta|es suficiente)|vale asi|dejalo asi|con (?:el nombre|eso) (?:basta|vale|es suficiente)|solo (?:el nombre|(?:con )?\p{L}+))\W*$/u,
  /^\W*(?:no|nope|no need|no surname|not needed|i'?d rather not|rather not|prefer not(?: to)?|that'?s (?:fine|enough|it)|leave it(?: like that| as it is)?|(?:just|only) (?:the first name|\p{L}+)|first name (?:is )?(?:fine|enough))\W*$/u,
];

/** "No hace falta", "solo Marco", "just Marco" when asked the surname. */
export function declinesTheSurname(text: string, slots: Record<string, unknown>): boolean {
  if (slots.surnameAsked !== true || typeof slots.guestName !== 'string') return false;
  const folded = foldText(text);
  return KEEPS_THE_NAME.some((pattern) => pattern.test(folded));
}
