import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { verifyWhatsAppSignature } from './whatsapp-signature';

const SECRET = 'app-secret-for-tests';

function sign(body: Buffer, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

describe('verifyWhatsAppSignature', () => {
  const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

  it('accepts the HMAC-SHA256 of the raw body keyed with the app secret', () => {
    expect(verifyWhatsAppSignature(body, sign(body), SECRET)).toBe('valid');
  });

  it('accepts the hex digest in upper case too', () => {
    const header = `sha256=${sign(body).slice('sha256='.length).toUpperCase()}`;
    expect(verifyWhatsAppSignature(body, header, SECRET)).toBe('valid');
  });

  it('reports a missing or empty header as missing', () => {
    expect(verifyWhatsAppSignature(body, undefined, SECRET)).toBe('missing');
    expect(verifyWhatsAppSignature(body, '', SECRET)).toBe('missing');
  });

  it.each([
    ['another algorithm prefix', (hex: string) => `sha1=${hex}`],
    ['no prefix', (hex: string) => hex],
    ['an upper-case prefix', (hex: string) => `SHA256=${hex}`],
    ['a character that is not hex', (hex: string) => `sha256=${hex.slice(0, 63)}g`],
    ['a digest one character short', (hex: string) => `sha256=${hex.slice(0, 63)}`],
    ['a digest one character long', (hex: string) => `sha256=${hex}0`],
    ['surrounding whitespace', (hex: string) => ` sha256=${hex}`],
    ['two signatures joined by a repeated header', (hex: string) => `sha256=${hex}, sha256=${hex}`],
  ])('reports a header with %s as malformed', (_case, build) => {
    const hex = sign(body).slice('sha256='.length);
    expect(verifyWhatsAppSignature(body, build(hex), SECRET)).toBe('malformed');
  });

  it('reports a body with one byte changed as a mismatch', () => {
    const tampered = Buffer.from(body);
    tampered[10] ^= 0x01;
    expect(verifyWhatsAppSignature(tampered, sign(body), SECRET)).toBe('mismatch');
  });

  it('reports a signature made with another secret as a mismatch', () => {
    expect(verifyWhatsAppSignature(body, sign(body, 'another-secret'), SECRET)).toBe('mismatch');
  });

  it('verifies nothing when the app secret is empty, even a signature made with the empty key', () => {
    expect(verifyWhatsAppSignature(body, sign(body, ''), '')).toBe('mismatch');
  });

  it('verifies the bytes as Meta sent them, not a re-serialisation of the parsed JSON', () => {
    // Meta escapes non-ASCII characters as \uXXXX; JSON.stringify writes them as UTF-8.
    const raw = Buffer.from('{"text":{"body":"\\u00bfHabitaci\\u00f3n doble? \\ud83d\\udc4d"}}');
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
    expect(reserialised.toString('utf8')).toContain('¿Habitación doble? 👍');

    expect(verifyWhatsAppSignature(raw, sign(raw), SECRET)).toBe('valid');
    expect(verifyWhatsAppSignature(reserialised, sign(raw), SECRET)).toBe('mismatch');
  });

  it('verifies any signed body and rejects it after any single-byte change', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 2048 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (bytes, secret, position, flip) => {
          const signed = Buffer.from(bytes);
          const header = sign(signed, secret);
          expect(verifyWhatsAppSignature(signed, header, secret)).toBe('valid');

          const changed = Buffer.from(bytes);
          changed[position % changed.length] ^= flip;
          expect(verifyWhatsAppSignature(changed, header, secret)).toBe('mismatch');
        },
      ),
    );
  });
});
