/** A span of the input that an extractor recognised. */
export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Replaces the spans with spaces, keeping every other index where it was. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let masked = text;
  for (const span of spans) {
    masked = masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end);
  }
  return masked;
}

/**
 * Hides what `pattern` (global) matches from a reader such as chrono, by as many letters, so every
 * index still points into the guest's text: its last group when it has one (which must end the match),
 * else the whole match. Letters, not spaces (maskSpans), so the words around are not read as one.
 */
export function hideMatches(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const groups = rest.slice(0, -2).filter((group): group is string => typeof group === 'string');
    const hidden = groups.at(-1) ?? match;
    return `${match.slice(0, match.length - hidden.length)}${'x'.repeat(hidden.length)}`;
  });
}

export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const MAX_PHRASE_GAP = 30;

/** "llego el 12, 3 noches" is one phrase; a day and a count sentences apart are located separately. */
export function isOnePhrase(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return gap.length <= MAX_PHRASE_GAP && !/[.!?;\n]/.test(gap);
}

export function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
