import { createHmac, timingSafeEqual } from 'node:crypto';

/** How an `X-Hub-Signature-256` header compares with the raw body it claims to sign. */
export type WhatsAppSignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * Checks Meta's `X-Hub-Signature-256: sha256=<hex>` against the HMAC-SHA256 of the raw request bytes.
 * Must run on the bytes as received: Meta escapes non-ASCII as \uXXXX, so re-serialised JSON differs.
 */
export function verifyWhatsAppSignature(
  rawBody: Buffer,
  header: string | undefined,
  appSecret: string,
): WhatsAppSignatureCheck {
  if (header === undefined || header === '') return 'missing';
  const match = SIGNATURE_HEADER.exec(header);
  if (!match) return 'malformed';
  // An empty secret is a configuration mistake; anyone could sign with it, so nothing verifies.
  if (appSecret === '') return 'mismatch';
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  const received = Buffer.from(match[1], 'hex');
  // Both are 32 bytes (the pattern fixes the length), so timingSafeEqual never throws here.
  return timingSafeEqual(expected, received) ? 'valid' : 'mismatch';
}
