/** WhatsApp's limit on a text message body, in characters (we count UTF-16 code units, the stricter reading). */
export const WHATSAPP_TEXT_LIMIT = 4096;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/*
 * Cut points in order of preference. Every cut lands on whitespace (before a match that starts with
 * it, after a sentence end that is followed by it), so only whitespace is dropped at a cut.
 */
const BOUNDARIES: ReadonlyArray<{ pattern: RegExp; cutAfter: boolean }> = [
  { pattern: /\n[^\S\n]*\n/g, cutAfter: false }, // a blank line between paragraphs
  { pattern: /\n/g, cutAfter: false },
  { pattern: /[.!?…。！？]["'”’»)\]]*(?=\s)/g, cutAfter: true }, // closing quotes stay with the sentence
  { pattern: /\s/g, cutAfter: false },
];

/**
 * Splits `text` into parts of at most `limit` UTF-16 code units, cutting at the latest paragraph,
 * line, sentence or word boundary that leaves a part at least half full, and only as a last resort
 * between graphemes (never inside a surrogate pair or an emoji sequence). Whitespace at a cut is
 * dropped; nothing else is. A text with nothing but whitespace has no parts.
 */
export function splitForWhatsApp(text: string, limit = WHATSAPP_TEXT_LIMIT): string[] {
  if (!Number.isInteger(limit) || limit < 2)
    throw new RangeError(`limit must be an integer ≥ 2, not ${limit}`);
  const parts: string[] = [];
  let rest = text;
  while (/\S/.test(rest)) {
    if (rest.length <= limit) {
      parts.push(rest);
      break;
    }
    const cut = findCut(rest, limit);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  return parts;
}

/** Shortens `text` to at most `max` code units, ending in an ellipsis when it had to cut. */
export function truncateWithEllipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, lastGraphemeBoundary(text, max - 1)).trimEnd()}…`;
}

/** Where to end the next part of `rest` (longer than `limit`): an index in (0, limit]. */
function findCut(rest: string, limit: number): number {
  const window = rest.slice(0, limit + 1);
  // A cut before the first visible character would leave an empty part.
  const firstVisible = window.search(/\S/);
  let fallback = 0;
  for (const boundary of BOUNDARIES) {
    const cut = lastCut(boundary, window, limit, firstVisible);
    if (cut >= limit / 2) return cut;
    fallback = Math.max(fallback, cut);
  }
  return fallback > 0 ? fallback : lastGraphemeBoundary(rest, limit);
}

/** The largest cut in (after, limit] the boundary allows, or 0. */
function lastCut(
  boundary: (typeof BOUNDARIES)[number],
  window: string,
  limit: number,
  after: number,
): number {
  let best = 0;
  for (const match of window.matchAll(boundary.pattern)) {
    const cut = boundary.cutAfter ? match.index + match[0].length : match.index;
    if (cut > after && cut <= limit) best = cut;
  }
  return best;
}

/** The last grapheme boundary in (0, max]; a code point boundary when one grapheme is longer than `max`. */
function lastGraphemeBoundary(text: string, max: number): number {
  // One code point past `max` is all the lookahead a grapheme break needs (UAX #29 looks backwards).
  const head = text.slice(0, max + 2);
  let best = 0;
  for (const { index } of graphemes.segment(head)) {
    if (index > max) break;
    if (index > 0) best = index;
  }
  if (best > 0) return best;
  return isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
