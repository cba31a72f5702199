/** Gmail API payloads for tests: format=full messages to seed, raw sends to read back. */

/** A message to put in a mailbox; `text` and/or `html` become a format=full payload. */
export interface SeedMessage {
  from: string;
  subject?: string;
  text?: string;
  html?: string;
  labels?: string[];
  headers?: Record<string, string>;
  threadId?: string;
  /** multipart/mixed → multipart/alternative → text parts, plus an attachment. */
  nested?: boolean;
}

/** A Gmail `format=full` resource (without id/threadId unless given) for a seeded message. */
export function buildGmailMessage(mailbox: string, seed: SeedMessage, n = 1): Record<string, unknown> {
  const headers = Object.entries({
    From: seed.from,
    To: mailbox,
    Subject: seed.subject ?? 'Consulta',
    Date: new Date().toUTCString(),
    'Message-ID': `<seed-${n}@mail.example.com>`,
    ...seed.headers,
  }).map(([name, value]) => ({ name, value }));
  const leaf = (mimeType: string, text: string): Record<string, unknown> => ({
    mimeType,
    filename: '',
    headers: [{ name: 'Content-Type', value: `${mimeType}; charset="UTF-8"` }],
    body: { size: Buffer.byteLength(text), data: Buffer.from(text).toString('base64url') },
  });
  const texts = [
    ...(seed.text !== undefined ? [leaf('text/plain', seed.text)] : []),
    ...(seed.html !== undefined ? [leaf('text/html', seed.html)] : []),
  ];
  const alternative =
    texts.length === 1 ? texts[0] : { mimeType: 'multipart/alternative', body: { size: 0 }, parts: texts };
  const attachment = {
    mimeType: 'application/pdf',
    filename: 'factura.pdf',
    headers: [{ name: 'Content-Disposition', value: 'attachment; filename="factura.pdf"' }],
    body: { attachmentId: 'att1', size: 9 },
  };
  const root = seed.nested
    ? { mimeType: 'multipart/mixed', body: { size: 0 }, parts: [alternative, attachment] }
    : alternative;
  const rootHeaders = Array.isArray(root.headers) ? (root.headers as object[]) : [];
  return {
    ...(seed.threadId ? { threadId: seed.threadId } : {}),
    labelIds: seed.labels ?? ['INBOX', 'UNREAD'],
    snippet: (seed.text ?? '').slice(0, 100),
    internalDate: String(Date.now()),
    payload: { ...root, headers: [...headers, ...rootHeaders] },
  };
}

/** A raw RFC 2822 message (as messages.send gets it, base64url) split into headers and decoded text. */
export function parseRawMessage(raw: string): {
  message: string;
  headers: Record<string, string>;
  text: string;
} {
  const message = Buffer.from(raw, 'base64url').toString('utf8');
  const split = message.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of message
    .slice(0, split)
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const content = message.slice(split + 4);
  const isBase64 = headers['content-transfer-encoding']?.toLowerCase() === 'base64';
  const text = isBase64 ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8') : content;
  return { message, headers, text };
}
