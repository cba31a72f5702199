import { compile } from 'html-to-text';

/** Longest guest text kept: more than any question needs, and a bound on NLP work. */
export const MAX_EMAIL_TEXT_CHARS = 8000;

const MAX_HTML_CHARS = 512 * 1024;

const htmlToPlain = compile({
  wordwrap: false,
  // We cut long input ourselves: the library would too, but with a console.warn.
  limits: { maxInputLength: MAX_HTML_CHARS + 1, maxDepth: 64 },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    // Gmail wraps the quoted history and the sender's signature in these; Apple and Outlook quote with blockquote.
    { selector: 'div.gmail_quote', format: 'skip' },
    { selector: 'blockquote', format: 'skip' },
    { selector: 'div.gmail_signature', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', options: { uppercaseHeaderCells: false } },
  ],
});

/** The readable text of an HTML body, without Gmail's quoted history and signature blocks. */
export function htmlToEmailText(html: string): string {
  return htmlToPlain(html.slice(0, MAX_HTML_CHARS));
}

const QUOTE_OPENER = /^(On|El|Le|Am|Il|Em|Op)\s/;
const QUOTE_VERB = /(wrote|escribió|escribio|a écrit|schrieb|ha scritto|escreveu|schreef)\s*:$/i;
const ORIGINAL_MESSAGE =
  /^-{2,}\s*(Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Forwarded message|Mensaje reenviado)\s*-{2,}$/i;
const OUTLOOK_FROM = /^\*?(From|De|Von|Da)\s?:/i;
const OUTLOOK_SENT = /^\*?(Sent|Date|Enviado|Fecha|Envoyé|Gesendet|Inviato)\s?:/i;
const SIGNATURE_DELIMITER = /^--\s*$/;
const MOBILE_TAIL =
  /^(Sent from my|Sent from Mail for|Get Outlook for|Enviado desde mi|Enviado desde Outlook|Obtener Outlook para|Envoyé de mon|Envoyé depuis|Von meinem|Enviado do meu|Inviato da)\b/i;
const QUOTED_LINE = /^\s*>/;
// A closing line on its own ("Gracias,", "Un saludo"), optionally followed by a name or two.
const VALEDICTION =
  /^(muchas gracias|gracias|mil gracias|un saludo|saludos|un cordial saludo|cordiales saludos|atentamente|cordialmente|thanks|many thanks|thank you|thanks in advance|regards|best regards|kind regards|best wishes|best|cheers|merci|cordialement|bien à vous)[\s,.!]*$/i;
const NAME_LINE = /^[\p{L}][\p{L}\p{M}' .-]{0,39}$/u;

/**
 * The guest's own words in an e-mail body: quoted history ("On … wrote:", "El … escribió:",
 * "Le … a écrit :", Outlook's From/Sent block, `>` lines), the signature (`-- ` and below, "Sent
 * from my iPhone") and a trailing sign-off ("Gracias,\nAna") removed, blank lines collapsed.
 * A sign-off that is the whole message stays: "Gracias" alone is what the guest said.
 */
export function cleanEmailText(text: string): string {
  const lines = text
    .slice(0, MAX_EMAIL_TEXT_CHARS * 4)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  const quote = findQuoteHeader(lines);
  const top = ownWords(lines.slice(0, quote?.start ?? lines.length));
  // Bottom-posted replies (quote first, answer below) leave nothing above the quote.
  const words =
    top || !quote ? top : ownWords(lines.slice(quote.end).filter((line) => !QUOTED_LINE.test(line)));
  return words.slice(0, MAX_EMAIL_TEXT_CHARS).trim();
}

function ownWords(lines: string[]): string {
  const signature = lines.findIndex(
    (line) => SIGNATURE_DELIMITER.test(line) || MOBILE_TAIL.test(line.trim()),
  );
  const body = (signature >= 0 ? lines.slice(0, signature) : lines).filter((line) => !QUOTED_LINE.test(line));
  return withoutSignOff(trimBlank(body))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first quote header: [start, end) of its lines, or undefined. */
function findQuoteHeader(lines: string[]): { start: number; end: number } | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].trim();
    const next = (lines[i + 1] ?? '').trim();
    if (QUOTE_OPENER.test(line) && QUOTE_VERB.test(line)) return { start: i, end: i + 1 };
    // Gmail wraps a long "On … <address> wrote:" over two lines; the second one is not itself a header.
    if (QUOTE_OPENER.test(line) && QUOTE_VERB.test(next) && !QUOTE_OPENER.test(next)) {
      return { start: i, end: i + 2 };
    }
    if (ORIGINAL_MESSAGE.test(line)) return { start: i, end: i + 1 };
    if (/^_{10,}$/.test(line) && OUTLOOK_FROM.test(next)) return { start: i, end: i + 1 };
    if (OUTLOOK_FROM.test(line) && OUTLOOK_SENT.test(next)) return { start: i, end: i + 2 };
  }
  return undefined;
}

function withoutSignOff(lines: string[]): string[] {
  for (let names = 0; names <= 2; names += 1) {
    const closing = lines.length - 1 - names;
    if (closing < 1 || !VALEDICTION.test(lines[closing].trim())) continue;
    const tail = lines.slice(closing + 1);
    if (!tail.every((line) => NAME_LINE.test(line.trim()))) continue;
    const rest = trimBlank(lines.slice(0, closing));
    if (rest.length > 0) return rest;
  }
  return lines;
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start += 1;
  while (end > start && lines[end - 1].trim() === '') end -= 1;
  return lines.slice(start, end);
}
