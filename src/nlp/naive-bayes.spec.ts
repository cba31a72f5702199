import { NaiveBayes } from './naive-bayes';
import { CORPUS_LABELS, loadCorpus } from './training-corpus';
import { normaliseUtterance, wordFeatures } from './utterance';

describe('NaiveBayes', () => {
  const examples: Array<[string[], string]> = [
    [['cuanto', 'cuesta', 'la', 'doble'], 'room_prices'],
    [['precio', 'de', 'la', 'suite'], 'room_prices'],
    [['tarifa', 'por', 'noche'], 'room_prices'],
    [['fotos', 'de', 'la', 'suite'], 'room_photos'],
    [['mandame', 'fotos', 'del', 'cuarto'], 'room_photos'],
    [['hola', 'buenas'], 'greeting'],
    [['buenos', 'dias'], 'greeting'],
  ];

  it('scores every label it learnt, the likeliest highest, summing to 1', () => {
    const model = NaiveBayes.train(examples);
    const scores = model?.scores(['fotos', 'de', 'la', 'doble']);
    expect([...(scores?.keys() ?? [])].sort()).toEqual(['greeting', 'room_photos', 'room_prices']);
    const values = [...(scores?.values() ?? [])];
    expect(values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
    expect(scores?.get('room_photos')).toBe(Math.max(...values));
  });

  it('knows a token list when any of its tokens was seen in training', () => {
    const model = NaiveBayes.train(examples);
    expect(model?.knowsAny(['zzz', 'suite'])).toBe(true);
    expect(model?.knowsAny(['zzz', 'qwerty'])).toBe(false);
  });

  it("gives wink's own odds from its table of single tokens, with the corpus's whole vocabulary", () => {
    const corpus = loadCorpus('es');
    const training = CORPUS_LABELS.flatMap((label) =>
      corpus[label].map((text): [string[], string] => [wordFeatures(normaliseUtterance(text, 'es')), label]),
    );
    const model = NaiveBayes.train(training);
    const texts = [
      'hola buenas tardes',
      'cuanto cuesta la suite del 12 al 14',
      'zzz fotos zzz',
      'no gracias',
    ];
    for (const text of texts) {
      const tokens = wordFeatures(normaliseUtterance(text, 'es'));
      const fast = model?.odds(tokens) ?? [];
      const wink = model?.winkOdds(tokens) ?? [];
      expect(fast.map(([label]) => label)).toEqual(wink.map(([label]) => label));
      fast.forEach(([, odds], i) => expect(odds).toBeCloseTo(wink[i][1], 9));
    }
  });

  it('counts a token once however often it comes', () => {
    const model = NaiveBayes.train(examples);
    expect(model?.scores(['hola', 'hola', 'hola'])).toEqual(model?.scores(['hola']));
  });

  it('has no scores for a text none of whose tokens it learnt', () => {
    expect(NaiveBayes.train(examples)?.scores(['zzz', 'qwerty']).size).toBe(0);
  });

  it('learns nothing from a single label or a handful of words', () => {
    expect(NaiveBayes.train(examples.filter(([, label]) => label === 'greeting'))).toBeUndefined();
    expect(
      NaiveBayes.train([
        [['hola'], 'greeting'],
        [['precio'], 'room_prices'],
      ]),
    ).toBeUndefined();
  });
});
