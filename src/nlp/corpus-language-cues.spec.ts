import { corpusLanguageCues, detectorWords } from './corpus-language-cues';
import { CORPUS_LABELS, type LanguageCorpus } from './training-corpus';

function corpus(lines: Partial<Record<string, string[]>>): LanguageCorpus {
  return Object.fromEntries(
    CORPUS_LABELS.map((label) => [label, lines[label] ?? []]),
  ) as unknown as LanguageCorpus;
}

describe('corpusLanguageCues', () => {
  const cues = corpusLanguageCues({
    es: corpus({
      hotel_info: [
        '¿hay ascensor?',
        'el ascensor funciona?',
        'tienen wifi?',
        'clave del wifi',
        'recepción 24 h',
        'abren 24 h?',
      ],
      None: ['my password is secret'],
    }),
    en: corpus({
      hotel_info: [
        'is there an elevator?',
        'elevator working?',
        'wifi password',
        'the wifi password?',
        'a lift?',
      ],
      None: ['me gusta el tango'],
    }),
  });

  it('takes the words of two or more hotel lines that the other language never uses', () => {
    expect([...cues.en]).toContain('elevator');
    expect([...cues.es]).toContain('ascensor');
  });

  it('leaves out words both languages use, even only in off-topic lines, and words of one line', () => {
    expect([...cues.es]).not.toContain('wifi');
    expect([...cues.en]).not.toContain('wifi');
    expect([...cues.en]).not.toContain('password');
    expect([...cues.en]).not.toContain('lift');
    expect([...cues.en]).not.toContain('tango');
  });

  it('leaves out words of fewer than three letters ("24 h")', () => {
    expect([...cues.es]).not.toContain('h');
  });
});

describe('detectorWords', () => {
  it('lower-cases, strips accents and splits on anything but letters and apostrophes', () => {
    expect(detectorWords('¿Recepción 24h? It’s OK')).toEqual(['recepcion', 'h', "it's", 'ok']);
  });
});
