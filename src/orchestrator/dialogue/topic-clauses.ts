import type { Entity } from '../../nlp/nlp.types';

/** Where one question of a message ends and the next begins: a sentence's end, a comma, "y si", "and". */
const BOUNDARY = /[?!.;¿¡\n,]+|\s+(?:y si|y|and|also|ademas|además)\s+(?=\S)/giu;

interface Clause {
  start: number;
  end: number;
}

/**
 * The words of the message that ask about what `names` recognises: the clauses naming it, each with
 * the words around it that name no other topic ("la piscina, ¿a qué hora abre?" is one question;
 * "¿tienen gimnasio? ¿a qué hora es el desayuno?" two). The whole message when no clause names it
 * (a topic carried from the last question: "¿y cuánto cuesta?").
 */
export function clausesNaming(
  text: string,
  topics: readonly Entity[],
  names: (clause: string) => boolean,
): string {
  const asked = questionsOf(text, topics, names)
    .map(({ start, end }) => text.slice(start, end))
    .filter(names);
  return asked.length > 0 ? asked.join(' ') : text;
}

/**
 * The message cut at its boundaries; a piece that names no topic ("a qué hora abre") belongs to the
 * question before it, or to the first one when it comes before them all ("Hola").
 */
function questionsOf(text: string, topics: readonly Entity[], names: (clause: string) => boolean): Clause[] {
  const pieces: Clause[] = [];
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) {
    pieces.push({ start, end: boundary.index });
    start = boundary.index + boundary[0].length;
  }
  pieces.push({ start, end: text.length });
  const questions: Clause[] = [];
  for (const piece of pieces) {
    const last = questions.at(-1);
    const namesATopic =
      topics.some((topic) => topic.start >= piece.start && topic.start < piece.end) ||
      names(text.slice(piece.start, piece.end));
    if (namesATopic) questions.push({ start: last ? piece.start : 0, end: piece.end });
    else if (last) last.end = piece.end;
  }
  return questions;
}
