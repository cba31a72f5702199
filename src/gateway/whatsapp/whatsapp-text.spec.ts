import fc from 'fast-check';
import { splitForWhatsApp, truncateWithEllipsis, WHATSAPP_TEXT_LIMIT } from './whatsapp-text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Pieces our replies are made of: words, whitespace, sentence ends, emoji sequences, combining marks. */
const curatedPiece = fc.oneof(
  fc.constantFrom('Hola', 'habitación', 'doble', 'noche', '109 €', 'https://hoteldemo.example/fotos/suite'),
  fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '. ', '! ', '? ', '… ', '.\n', '» '),
  fc.constantFrom('👍', '👨‍👩‍👧‍👦', '🇪🇸🇫🇷', '👋🏽', '❤️', 'é', 'e\u0301', 'ñ', '𝒜', '漢字'),
  fc.string({ unit: 'grapheme-ascii', minLength: 20, maxLength: 90 }), // a long unbroken word
);
const curatedText = fc.array(curatedPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));
/** Anything: arbitrary Unicode graphemes mixed into the curated pieces. */
const messageText = fc
  .array(fc.oneof(curatedPiece, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

/**
 * Where each part lies in `text`, asserting that the parts, in order, are the text with nothing but
 * whitespace removed around them.
 */
function partSpans(text: string, parts: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let position = 0;
  for (const part of parts) {
    while (!text.startsWith(part, position) && /\s/.test(text[position] ?? '')) position += 1;
    expect(text.slice(position, position + part.length)).toBe(part);
    spans.push([position, position + part.length]);
    position += part.length;
  }
  expect(text.slice(position).trim()).toBe('');
  return spans;
}

describe('splitForWhatsApp', () => {
  it('keeps a text that fits as a single part, untouched', () => {
    expect(splitForWhatsApp(' Hola, ¿qué tal?\n')).toEqual([' Hola, ¿qué tal?\n']);
  });

  it('returns no parts for an empty or blank text', () => {
    expect(splitForWhatsApp('')).toEqual([]);
    expect(splitForWhatsApp(' \n\t ')).toEqual([]);
    expect(splitForWhatsApp(' '.repeat(5000))).toEqual([]);
  });

  it('cuts at the last sentence end that fits', () => {
    const text = 'Tenemos dobles. Y suites también! ¿Cuál prefiere?';
    expect(splitForWhatsApp(text, 40)).toEqual(['Tenemos dobles. Y suites también!', '¿Cuál prefiere?']);
  });

  it('prefers a paragraph break to a later sentence end', () => {
    const text = `${'a'.repeat(30)} bb.\n\nCcc dd. Eee ${'f'.repeat(10)}`;
    expect(splitForWhatsApp(text, 50)).toEqual([`${'a'.repeat(30)} bb.`, `Ccc dd. Eee ${'f'.repeat(10)}`]);
  });

  it('ignores a paragraph break that would leave a part less than half full', () => {
    const text = `Hola.\n\n${'palabra '.repeat(10)}`;
    const [first] = splitForWhatsApp(text, 40);
    expect(first.length).toBeGreaterThanOrEqual(20);
  });

  it('falls back to word boundaries when a sentence is longer than the limit', () => {
    expect(splitForWhatsApp('uno dos tres cuatro cinco seis', 12)).toEqual([
      'uno dos tres',
      'cuatro cinco',
      'seis',
    ]);
  });

  it('cuts a long word between graphemes, never inside an emoji sequence', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 code units
    const parts = splitForWhatsApp(`${'x'.repeat(10)}${family}y`, 15);
    expect(parts).toEqual(['x'.repeat(10), `${family}y`]);
  });

  it('cuts between code points when one grapheme is longer than the limit', () => {
    const zalgo = `a${'\u0301'.repeat(9)}`;
    expect(splitForWhatsApp(zalgo, 4).join('')).toBe(zalgo);
  });

  it('never separates the halves of a surrogate pair', () => {
    const parts = splitForWhatsApp('𝒜𝒜𝒜𝒜', 3);
    expect(parts).toEqual(['𝒜', '𝒜', '𝒜', '𝒜']);
  });

  it('splits a long reply into parts of at most 4096 characters by default', () => {
    const text = 'La habitación doble tiene vistas al patio. '.repeat(300);
    const parts = splitForWhatsApp(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length <= WHATSAPP_TEXT_LIMIT && part.trimEnd().endsWith('.'))).toBe(
      true,
    );
  });

  it('rejects a limit too small to hold a surrogate pair', () => {
    expect(() => splitForWhatsApp('hola', 1)).toThrow(RangeError);
  });

  it('returns parts that rebuild the text modulo cut whitespace, within the limit, well formed and non-empty', () => {
    fc.assert(
      fc.property(messageText, fc.integer({ min: 2, max: 120 }), (text, limit) => {
        const parts = splitForWhatsApp(text, limit);
        partSpans(text, parts);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          expect(part.trim()).not.toBe('');
          expect(LONE_SURROGATE.test(part)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cuts only between graphemes of the original text when every grapheme fits the limit', () => {
    fc.assert(
      fc.property(curatedText, fc.integer({ min: 11, max: 120 }), (text, limit) => {
        const boundaries = new Set([...graphemes.segment(text)].map((g) => g.index).concat(text.length));
        for (const [start, end] of partSpans(text, splitForWhatsApp(text, limit))) {
          expect(boundaries.has(start) && boundaries.has(end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncateWithEllipsis', () => {
  it('keeps a title that fits', () => {
    expect(truncateWithEllipsis('Reservar', 20)).toBe('Reservar');
  });

  it('shortens a long title to the limit, ending in an ellipsis', () => {
    const title = truncateWithEllipsis('Habitación doble superior', 20);
    expect(title).toBe('Habitación doble su…');
    expect(title.length).toBe(20);
  });

  it('never leaves half an emoji before the ellipsis', () => {
    expect(truncateWithEllipsis('Sí 👍👍👍👍👍👍👍👍👍', 8)).toBe('Sí 👍👍…');
  });
});
