import type { Entity } from '../../nlp/nlp.types';

/** Where one question of a message ends and the next begins: a sentence's end, a comma, "y si", "and". */
const BOUNDARY = /[?!.;¿¡\n,]+|\s+(?:y si|y|and|also|ademas|además)\s+(?=\S)/giu;

/** "La piscina", "the rooftop pool": a topic named alone, after "y" / "and", in so many words at most. */
const MAX_SHARED_WORDS = 3;

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
  const pieces: Array<Clause & { joined: boolean }> = [];
  let start = 0;
  let joined = false;
  for (const boundary of text.matchAll(BOUNDARY)) {
    pieces.push({ start, end: boundary.index, joined });
    start = boundary.index + boundary[0].length;
    joined = /^\s+\p{L}/u.test(boundary[0]);
  }
  pieces.push({ start, end: text.length, joined });
  const questions: Clause[] = [];
  for (const piece of pieces) {
    const last = questions.at(-1);
    const words = text.slice(piece.start, piece.end);
    const namesATopic =
      topics.some((topic) => topic.start >= piece.start && topic.start < piece.end) || names(words);
    // "¿A qué hora el desayuno y la piscina?": a topic joined on with no words of its own shares the
    // question before it.
    const sharesTheQuestion = last && piece.joined && words.trim().split(/\s+/).length <= MAX_SHARED_WORDS;
    if (namesATopic && !sharesTheQuestion) questions.push({ start: last ? piece.start : 0, end: piece.end });
    else if (last) last.end = piece.end;
  }
  return questions;
}
