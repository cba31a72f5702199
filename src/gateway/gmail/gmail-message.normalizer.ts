import type { UnifiedMessage } from '../../messaging/unified-message';
import { cleanEmailText, htmlToEmailText } from './email-text';

/** A guest e-mail as the gateway queues it, before tenant resolution and correlation. */
export type GmailInbound = Omit<UnifiedMessage, 'tenantId' | 'correlationId'>;

/** Why a message gets no answer (bounded set: a metric label). */
export type GmailIgnoreReason =
  | 'malformed'
  | 'sent'
  | 'draft'
  | 'spam'
  | 'no_sender'
  | 'own_address'
  | 'bounce'
  | 'auto_reply'
  | 'bulk'
  | 'no_reply_address'
  | 'empty';

export type GmailNormalised =
  { ok: true; message: GmailInbound } | { ok: false; reason: GmailIgnoreReason; id?: string };

interface Part {
  mimeType: string;
  headers: Map<string, string>;
  data?: string;
  filename: string;
  parts: unknown[];
}

const MAX_DEPTH = 12;
const MAX_PARTS = 200;
// ~512 KiB of decoded text: a guest's message is far shorter, a pathological one is cut here.
const MAX_BODY_BASE64_CHARS = 700_000;
const MAX_HEADER_CHARS = 8192;
const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+$/;
const BOUNCE_SENDER = /^(mailer-daemon|postmaster)$/i;
const NO_REPLY_SENDER = /^(no-?reply|do-?not-?reply)([+._-].*)?$/i;

/**
 * A Gmail `format=full` message (as Google sent it, unvalidated) → the fields of a UnifiedMessage,
 * or why it must not be answered: our own or sent mail (loops), auto-replies, bulk mail, bounces,
 * no-reply senders, or nothing left after quoted history and signatures are removed. Never throws.
 */
export function normaliseGmailMessage(resource: unknown, mailbox: string): GmailNormalised {
  if (!isRecord(resource)) return ignore('malformed');
  const id = readString(resource.id);
  const threadId = readString(resource.threadId);
  if (!id || !threadId || !isRecord(resource.payload)) return ignore('malformed', id);
  const labels = Array.isArray(resource.labelIds) ? resource.labelIds : [];
  if (labels.includes('SENT')) return ignore('sent', id);
  if (labels.includes('DRAFT')) return ignore('draft', id);
  if (labels.includes('SPAM') || labels.includes('TRASH')) return ignore('spam', id);

  const payload = readPart(resource.payload);
  const headers = payload.headers;
  const from = parseMailbox(decodeEncodedWords(headers.get('from') ?? ''));
  if (!from) return ignore('no_sender', id);
  const hotel = mailbox.toLowerCase();
  const unanswerable = whyUnanswerable(from.address, hotel, payload);
  if (unanswerable) return ignore(unanswerable, id);
  const receivedAt = readReceivedAt(resource.internalDate, headers.get('date'));
  if (!receivedAt) return ignore('malformed', id);
  const text = extractText(payload);
  if (!text) return ignore('empty', id);

  const subject = headers.get('subject');
  return {
    ok: true,
    message: {
      id,
      channel: 'gmail',
      from: from.address,
      fromName: from.name,
      kind: 'text',
      text,
      receivedAt,
      email: {
        mailbox: hotel,
        threadId,
        messageIdHeader: headers.get('message-id')?.trim() || undefined,
        references: headers.get('references')?.replace(/\s+/g, ' ').trim() || undefined,
        subject: subject === undefined ? undefined : decodeEncodedWords(subject),
      },
    },
  };
}

function whyUnanswerable(sender: string, hotel: string, payload: Part): GmailIgnoreReason | undefined {
  const headers = payload.headers;
  const local = sender.slice(0, sender.lastIndexOf('@'));
  if (sender === hotel) return 'own_address';
  if (BOUNCE_SENDER.test(local) || headers.has('x-failed-recipients')) return 'bounce';
  if (payload.mimeType === 'multipart/report') return 'bounce';
  // RFC 3834: anything automatic says so; our own replies carry Auto-Submitted too, so bots cannot loop.
  const autoSubmitted = headers.get('auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted !== undefined && autoSubmitted !== 'no') return 'auto_reply';
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return 'auto_reply';
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply') return 'auto_reply';
  if (precedence === 'bulk' || precedence === 'junk' || precedence === 'list') return 'bulk';
  if (headers.has('list-id') || headers.has('list-unsubscribe')) return 'bulk';
  if (NO_REPLY_SENDER.test(local)) return 'no_reply_address';
  return undefined;
}

/** text/plain first (the sender's own rendering); the HTML alternative when it is missing or empty. */
function extractText(payload: Part): string {
  const leaves: Part[] = [];
  collectLeaves(payload, 0, leaves);
  const plain = leaves.find((part) => part.mimeType === 'text/plain');
  const fromPlain = plain ? cleanEmailText(decodeBody(plain)) : '';
  if (fromPlain) return fromPlain;
  const html = leaves.find((part) => part.mimeType === 'text/html');
  return html ? cleanEmailText(htmlToEmailText(decodeBody(html))) : '';
}

/** Body parts in document order, without attachments or forwarded messages (not the guest's words). */
function collectLeaves(part: Part, depth: number, leaves: Part[]): void {
  if (depth > MAX_DEPTH || leaves.length >= MAX_PARTS) return;
  if (part.mimeType === 'message/rfc822' || isAttachment(part)) return;
  if (part.mimeType.startsWith('multipart/')) {
    for (const child of part.parts.slice(0, MAX_PARTS)) collectLeaves(readPart(child), depth + 1, leaves);
    return;
  }
  if (part.data !== undefined) leaves.push(part);
}

function isAttachment(part: Part): boolean {
  const disposition = part.headers.get('content-disposition')?.trim().toLowerCase() ?? '';
  return part.filename !== '' || disposition.startsWith('attachment');
}

function decodeBody(part: Part): string {
  const bytes = Buffer.from((part.data ?? '').slice(0, MAX_BODY_BASE64_CHARS), 'base64url');
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(part.headers.get('content-type') ?? '')?.[1];
  return decodeBytes(bytes, charset);
}

function decodeBytes(bytes: Uint8Array, charset = 'utf-8'): string {
  try {
    return new TextDecoder(charset.split('*')[0]).decode(bytes);
  } catch {
    // An unknown label: UTF-8 is what almost every mailer sends, and replacement characters beat nothing.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`), in case Google passes a header through undecoded. */
function decodeEncodedWords(value: string): string {
  const word = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(word, (whole, charset: string, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return decodeBytes(Buffer.from(text, 'base64'), charset);
      const bytes = text
        .replace(/_/g, ' ')
        .split(/(=[0-9A-Fa-f]{2})/)
        .flatMap((chunk) =>
          /^=[0-9A-Fa-f]{2}$/.test(chunk) ? [parseInt(chunk.slice(1), 16)] : [...Buffer.from(chunk)],
        );
      return bytes.length ? decodeBytes(Uint8Array.from(bytes), charset) : whole;
    });
}

/** `Name <address>`, `"Last, First" <address>` or a bare address; the address lowercased. */
function parseMailbox(value: string): { address: string; name?: string } | undefined {
  const angle = /<([^<>]*)>\s*$/.exec(value);
  const address = (angle ? angle[1] : (value.trim().split(/\s+/)[0] ?? '')).trim().toLowerCase();
  if (!ADDRESS.test(address)) return undefined;
  const name = angle
    ? value
        .slice(0, angle.index)
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .replace(/\\(.)/g, '$1')
        .trim()
    : '';
  return { address, name: name && name.toLowerCase() !== address ? name : undefined };
}

function readReceivedAt(internalDate: unknown, dateHeader: string | undefined): string | undefined {
  const ms = typeof internalDate === 'string' && /^\d{1,15}$/.test(internalDate) ? Number(internalDate) : NaN;
  const when = Number.isFinite(ms) ? ms : Date.parse(dateHeader ?? '');
  return Number.isFinite(when) && when > 0 ? new Date(when).toISOString() : undefined;
}

function readPart(value: unknown): Part {
  const part = isRecord(value) ? value : {};
  const headers = new Map<string, string>();
  for (const header of Array.isArray(part.headers) ? part.headers : []) {
    if (!isRecord(header) || typeof header.name !== 'string' || typeof header.value !== 'string') continue;
    const name = header.name.toLowerCase();
    if (!headers.has(name)) headers.set(name, header.value.slice(0, MAX_HEADER_CHARS));
  }
  const body = isRecord(part.body) ? part.body : {};
  return {
    mimeType: typeof part.mimeType === 'string' ? part.mimeType.toLowerCase() : '',
    headers,
    data: typeof body.data === 'string' ? body.data : undefined,
    filename: typeof part.filename === 'string' ? part.filename : '',
    parts: Array.isArray(part.parts) ? part.parts : [],
  };
}

function ignore(reason: GmailIgnoreReason, id?: string): GmailNormalised {
  return { ok: false, reason, id };
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
