import fc from 'fast-check';
import { type Language, LANGUAGES } from './nlp.types';
import { classifierInput, normaliseUtterance, wordFeatures } from './utterance';

describe('normaliseUtterance', () => {
  it.each<[string, Language, string]>([
    ['¿Cuánto cuesta la habitación?', 'es', 'cuanto cuesta la habitacion'],
    ['Holaaaa!!! 😀', 'es', 'hola'],
    ['holaa, sii', 'es', 'hola si'],
    ['mañana xq no?', 'es', 'manana porque no'],
    ['del 12 al 15', 'es', 'del 0 al 0'],
    ['okey 👍', 'es', 'ok ok'],
    ['👋', 'es', 'hola'],
    ['👋👋', 'en', 'hello hello'],
    // Folded hands and hearts after an answer say thanks.
    ['🙏', 'es', 'gracias'],
    ['❤️', 'en', 'thanks'],
    ['Thx, pls book it', 'en', 'thanks please book it'],
    ['I don’t need it', 'en', "i don't need it"],
    ['Late-checkout? Check-in time?', 'en', 'late check out check in time'],
    ['latecheckout', 'en', 'late check out'],
  ])('turns "%s" (%s) into "%s"', (text, language, expected) => {
    expect(normaliseUtterance(text, language)).toBe(expected);
  });

  it('gives the network the words, every pair of neighbours, the first letters of longer words and the four-letter pieces of words', () => {
    expect(classifierInput('cuanto cuesta la doble').split(' ')).toEqual([
      'cuanto',
      'cuesta',
      'la',
      'doble',
      'cuanto_cuesta',
      'cuesta_la',
      'la_doble',
      'cuan_',
      'cues_',
      'dobl_',
      ...['0cua', 'cuan', 'uant', 'anto', 'nto9'].map((gram) => `${gram}__`),
      ...['0cue', 'cues', 'uest', 'esta', 'sta9'].map((gram) => `${gram}__`),
      ...['0dob', 'dobl', 'oble', 'ble9'].map((gram) => `${gram}__`),
    ]);
    expect(classifierInput("i'm booked")).toBe(
      "i'm booked im_booked book_ 0boo__ book__ ooke__ oked__ ked9__",
    );
    expect(classifierInput('hola')).toBe('hola 0hol__ hola__ ola9__');
    expect(classifierInput('que')).toBe('que 0que__ que9__');
    expect(classifierInput('si')).toBe('si');
    expect(classifierInput("rock ' roll")).toBe(
      "rock ' roll rock_roll 0roc__ rock__ ock9__ 0rol__ roll__ oll9__",
    );
  });

  it('gives naive Bayes the words, their pairs and prefixes, without the character pieces', () => {
    expect(wordFeatures('cuanto cuesta la doble')).toEqual([
      'cuanto',
      'cuesta',
      'la',
      'doble',
      'cuanto_cuesta',
      'cuesta_la',
      'la_doble',
      'cuan_',
      'cues_',
      'dobl_',
    ]);
    expect(wordFeatures("i'm booked")).toEqual(['im', 'booked', 'im_booked', 'book_']);
  });

  it('gives the network no empty word, pairs that join exactly two words and the pieces of every word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...LANGUAGES), (text, language) => {
        const normalised = normaliseUtterance(text, language);
        if (normalised === '') return;
        const words = normalised.replace(/'/g, '').split(' ').filter(Boolean);
        const parts = classifierInput(normalised).split(' ');
        const added = parts.slice(normalised.split(' ').length);
        const grams = added.filter((part) => part.endsWith('__'));
        const pairsAndPrefixes = added.filter((part) => !part.endsWith('__'));
        expect(pairsAndPrefixes.every((part) => /^[^_]+_[^_]*$/u.test(part))).toBe(true);
        expect(pairsAndPrefixes.filter((part) => !part.endsWith('_'))).toEqual(
          words.slice(1).map((word, i) => `${words[i]}_${word}`),
        );
        const wordsWithGrams = words.filter((word) => [...word].length >= 3);
        expect(grams.every((gram) => /^[^_]+__$/u.test(gram))).toBe(true);
        expect(grams.filter((gram) => gram.startsWith('0')).length).toBe(wordsWithGrams.length);
        // No half of a surrogate pair: every part is well-formed text.
        expect(added.filter((part) => /\p{Cs}/u.test(part))).toEqual([]);
      }),
    );
  });

  it('drops laughter, which asks nothing and is no yes, and keeps words that only look like it', () => {
    expect(normaliseUtterance('jajaja', 'es')).toBe('');
    expect(normaliseUtterance('Jajaja sí, dale', 'es')).toBe('si dale');
    expect(normaliseUtterance('hahaha ok lol', 'en')).toBe('ok');
    expect(normaliseUtterance('voy con mi hija', 'es')).toBe('voy con mi hija');
  });

  it('yields lower-case words without accents, separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...LANGUAGES), (text, language) => {
        const normalised = normaliseUtterance(text, language);
        expect(normalised).toBe(normalised.trim());
        expect(normalised).not.toMatch(/\s{2}|[A-Z\p{M}]/u);
        expect(normaliseUtterance(normalised, language)).toBe(normalised);
      }),
    );
  });
});
