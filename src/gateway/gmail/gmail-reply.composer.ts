import { contentsOf, type OutboundMessage, type ReplyContent } from '../../messaging/outbound-message';

export interface HotelMailbox {
  address: string;
  name: string;
}

/** The message could not become an e-mail (no thread, no usable recipient): never retry it. */
export class ReplyCompositionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplyCompositionError';
  }
}

const CRLF = '\r\n';
// RFC 2047 §2: an encoded word is at most 75 characters; 45 bytes of UTF-8 encode to 60 of base64.
const ENCODED_WORD_BYTES = 45;
// Clients thread on the first and the latest ids; a 40-reply thread need not carry all of them.
const MAX_REFERENCES = 20;
// Far below the 998-character line limit, even once "Re: " is added.
const MAX_SUBJECT_CHARS = 900;
const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+$/;

const WORDS = {
  es: {
    reply: 'Responda',
    or: 'o',
    choice: (n: number) => `Responda con un número del 1 al ${n}.`,
    map: 'Mapa',
  },
  en: { reply: 'Reply', or: 'or', choice: (n: number) => `Reply with a number from 1 to ${n}.`, map: 'Map' },
};

/**
 * An RFC 2822 reply in the guest's thread, as Gmail's messages.send wants it: `raw` is base64url.
 * Threading needs all three of threadId, `Subject: Re: <original>` and In-Reply-To/References.
 * Header values are stripped of CR/LF and other controls, so no text can inject a header.
 */
export function composeReply(
  message: OutboundMessage,
  hotel: HotelMailbox,
  date: Date = new Date(),
): { raw: string; threadId?: string } {
  const thread = message.email;
  if (!thread) throw new ReplyCompositionError('A Gmail message needs its thread (or subject).');
  const isNewThread = !thread.threadId;
  const to = headerValue(message.to).trim();
  if (!ADDRESS.test(to)) throw new ReplyCompositionError('The recipient is not an e-mail address.');
  const from = headerValue(hotel.address).trim();
  if (!ADDRESS.test(from)) throw new ReplyCompositionError("The hotel's address is not an e-mail address.");

  const original = thread.messageIdHeader ? headerValue(thread.messageIdHeader).trim() : '';
  const references = [...(thread.references ? headerValue(thread.references).split(/\s+/) : []), original]
    .filter(Boolean)
    .filter((id, index, all) => all.indexOf(id) === index);
  const kept =
    references.length > MAX_REFERENCES
      ? [references[0], ...references.slice(1 - MAX_REFERENCES)]
      : references;

  const headers = [
    `From: ${displayName(hotel.name)} <${from}>`,
    `To: <${to}>`,
    `Subject: ${encodeHeader(isNewThread ? headerValue(thread.subject ?? '').trim() : replySubject(thread.subject ?? ''))}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    ...(original ? [`In-Reply-To: ${original}`] : []),
    ...(kept.length ? [`References: ${kept.join(`${CRLF} `)}`] : []),
    // RFC 3834: an automatic message says so, so that other robots (and ours) do not answer it back.
    `Auto-Submitted: ${isNewThread ? 'auto-generated' : 'auto-replied'}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  const answer = contentsOf(message)
    .map((content) => renderContent(content, message.language))
    .join('\n\n');
  const body = `${answer}\n\n-- \n${hotel.name}\n`.replace(/\r?\n/g, CRLF);
  const wrapped = Buffer.from(body, 'utf8')
    .toString('base64')
    .replace(/.{76}(?=.)/g, `$&${CRLF}`);
  const rfc2822 = `${headers.join(CRLF)}${CRLF}${CRLF}${wrapped}${CRLF}`;
  return { raw: Buffer.from(rfc2822, 'utf8').toString('base64url'), threadId: thread.threadId };
}

/** `Re: <original>`, without stacking a second "Re:" on a subject that already has one. */
export function replySubject(original: string): string {
  const subject = headerValue(original).replace(/\s+/g, ' ').trim().slice(0, MAX_SUBJECT_CHARS);
  if (/^re\s*(\[\d+\])?\s*:/i.test(subject)) return subject;
  return subject ? `Re: ${subject}` : 'Re:';
}

/** The reply as plain text: buttons and lists become numbered options, places a maps link. */
export function renderContent(content: ReplyContent, language?: string): string {
  const words = language?.toLowerCase().startsWith('en') ? WORDS.en : WORDS.es;
  switch (content.type) {
    case 'text':
      return content.text;
    case 'buttons': {
      const options = content.buttons.map((button, index) => `${index + 1}. ${button.title}`);
      return `${content.text}\n\n${options.join('\n')}\n\n${words.reply} ${numbers(options.length, words.or)}.`;
    }
    case 'list': {
      const lines: string[] = [content.text];
      let count = 0;
      for (const section of content.sections) {
        lines.push('', ...(section.title ? [section.title] : []));
        for (const row of section.rows) {
          count += 1;
          lines.push(`${count}. ${row.title}${row.description ? ` (${row.description})` : ''}`);
        }
      }
      const prompt = count <= 3 ? `${words.reply} ${numbers(count, words.or)}.` : words.choice(count);
      return `${lines.join('\n')}\n\n${prompt}`;
    }
    case 'location': {
      const place = [content.name, content.address].filter(Boolean).join('\n');
      const query = `${content.latitude},${content.longitude}`;
      const link = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
      return `${place ? `${place}\n` : ''}${words.map}: ${link}`;
    }
    case 'image':
      return content.caption ? `${content.caption}\n${content.url}` : content.url;
  }
}

/** "1 o 2", "1, 2 o 3". */
function numbers(count: number, or: string): string {
  const all = Array.from({ length: count }, (_, index) => String(index + 1));
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} ${or} ${all[all.length - 1]}`;
}

function displayName(name: string): string {
  const clean = headerValue(name).trim();
  if (!isPrintableAscii(clean)) return encodeHeader(clean);
  return `"${clean.replace(/(["\\])/g, '\\$1')}"`;
}

/** ASCII stays as it is; anything else becomes RFC 2047 encoded words, folded one per line. */
function encodeHeader(value: string): string {
  if (isPrintableAscii(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char) > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** No CR, LF or other control character survives into a header. */
function headerValue(value: string): string {
  let clean = '';
  for (const char of value) clean += isControl(char) ? ' ' : char;
  return clean;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function isPrintableAscii(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value);
}
