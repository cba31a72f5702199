import type { Entity } from '../nlp.types';
import { extractGuestName } from './guest-name';
import { foldText } from '../../common/fold-text';
import { maskSpans, type Span } from './text';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Our local PMS's alphabet: no 0/O, 1/I/L, so codes read aloud or retyped stay unambiguous. */
const LOCAL_CODE = /^[A-HJ-NP-Z2-9]{6}$/;
/** QloApps (PrestaShop) order references: nine capital letters. */
const QLOAPPS_CODE = /^[A-Z]{9}$/;

// A whole token of six or nine letters and digits, or six split once by a space or dash ("ABC-234").
const CANDIDATE =
  /(?<![\p{L}\p{N}@._/-])(?:([A-Za-z0-9]{2,4})([ -])([A-Za-z0-9]{2,4})|([A-Za-z0-9]{9}|[A-Za-z0-9]{6}))(?![\p{L}\p{N}@/]|[._-][\p{L}\p{N}])/gu;

const CUE =
  /\b(?:reservas?|localizador|codigo|referencia|ref|booking|reservation|reference|confirmation|code)\b(?:\s*(?:[:#]|\bn[°º.]|\b(?:no|numero|number|es|is|de|del|la|el|mi|my|the|of|con|with|reserva|booking)\b\.?))*\s*$/;
const CUE_WINDOW = 60;

function emailsIn(text: string): Entity[] {
  return [...text.matchAll(EMAIL)].map((match) => {
    const [local = '', domain = ''] = match[0].split('@');
    const start = match.index;
    const end = start + match[0].length;
    return {
      type: 'email',
      value: { email: `${local}@${domain.toLowerCase()}` },
      text: match[0],
      start,
      end,
    };
  });
}

function hasCue(folded: string, start: number): boolean {
  return CUE.test(folded.slice(Math.max(0, start - CUE_WINDOW), start));
}

/**
 * Is the token a booking code? Six characters of our alphabet with a digit (an ordinary word has
 * none), or after a cue ("reserva", "localizador", "booking") also digits alone or capitals alone;
 * nine capitals only after a cue. Split codes only when typed in capitals or after a cue.
 */
function readCode(match: RegExpMatchArray, isCued: boolean): string | null {
  const [, head, separator, tail, whole] = match;
  const typed = whole ?? `${head ?? ''}${tail ?? ''}`;
  const code = typed.toUpperCase();
  const hasDigit = /\d/.test(code);
  const isCapitals = typed === code;
  if (separator && !(isCued || (separator === '-' && isCapitals && hasDigit))) return null;
  if (LOCAL_CODE.test(code)) {
    if (isCued) return hasDigit || isCapitals ? code : null;
    return hasDigit && /[A-Z]/.test(code) ? code : null;
  }
  return QLOAPPS_CODE.test(code) && isCued && isCapitals && !separator ? code : null;
}

/**
 * "Q1W2E3", "ab12cd" typed alone: meant as a booking code, though no code of ours (they have no 0,
 * 1, O, I or L) nor QloApps' reads that way. Null for anything else.
 */
export function codeLikeToken(text: string): string | null {
  const parts = text.trim().split(/[\s-]/);
  // Letters and digits mixed in one part: "Q1W2E3", "AB12 CD"; not "somos 3" nor "hab 12".
  const mixed = parts.some((part) => /\d/.test(part) && /[a-z]/i.test(part));
  const code = parts.join('').toUpperCase();
  return parts.length <= 2 && mixed && /^[A-Z0-9]{5,10}$/.test(code) ? code : null;
}

/**
 * "Uy no, el bueno es YKYBES", "perdón, es K7QX2M" answering "what is your booking code?": a code of
 * ours inside the sentence, in capitals or with a digit. Null when there is none, or more than one.
 */
export function codeInAnswer(text: string): string | null {
  const tokens = text.match(/(?<![\p{L}\p{N}])[A-Za-z0-9]{6}(?![\p{L}\p{N}])/gu) ?? [];
  // In capitals only after a word that gives it ("el bueno es YKYBES", "it's K7QX2M"): "PLEASE help" is none.
  const cued = (token: string): boolean =>
    /\d/.test(token) ||
    new RegExp(`\\b(?:es|is|it'?s|code|codigo|código|reserva|booking)\\s*:?\\s*${token}\\b`, 'i').test(text);
  const codes = tokens.filter(
    (token) =>
      cued(token) &&
      LOCAL_CODE.test(token.toUpperCase()) &&
      (token === token.toUpperCase() || /\d/.test(token)) &&
      /[A-Z]/i.test(token),
  );
  return codes.length === 1 ? codes[0].toUpperCase() : null;
}

/**
 * A code typed alone in answer to "what is your booking code?", spaces and all ("PYB FFY", "k7q x2m"):
 * with a digit, or in capitals ("GCJZPT": a sixth of our codes have no digit), so that "buenas" is no code.
 */
export function codeTypedAlone(text: string): string | null {
  const trimmed = text.trim();
  const code = trimmed.replace(/[\s-]/g, '').toUpperCase();
  if (!LOCAL_CODE.test(code) && !QLOAPPS_CODE.test(code)) return null;
  const looksTyped = /\d/.test(code) || /^[A-Z0-9]{2,9}(?:[ -][A-Z0-9]{2,6})?$/.test(trimmed);
  return looksTyped ? code : null;
}

function referencesIn(text: string, emails: readonly Span[]): Entity[] {
  const masked = maskSpans(text, emails);
  const folded = foldText(masked);
  const entities: Entity[] = [];
  const candidates = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let match = candidates.exec(masked); match !== null; match = candidates.exec(masked)) {
    const reference = readCode(match, hasCue(folded, match.index));
    // "El código es 5y4 t5a": "es 5y4" is no code, and its second word may begin one.
    const [, head, separator] = match;
    if (!reference && head && separator) candidates.lastIndex = match.index + head.length + 1;
    if (!reference) continue;
    const start = match.index;
    const end = start + match[0].length;
    entities.push({ type: 'reference', value: { reference }, text: text.slice(start, end), start, end });
  }
  return entities;
}

/** Booking references, e-mail addresses and the guest's name. */
export function extractIdentifiers(text: string): Entity[] {
  const emails = emailsIn(text);
  const names = extractGuestName(maskSpans(text, emails)).map((name) => ({
    ...name,
    text: text.slice(name.start, name.end),
  }));
  return [...referencesIn(text, emails), ...emails, ...names].sort((a, b) => a.start - b.start);
}
