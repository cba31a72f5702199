import { RareWords } from './rare-words';

describe('RareWords', () => {
  const rareWords = RareWords.count([
    ['cuanto', 'cuesta', 'la', 'doble'],
    ['cuanto', 'cuesta', 'la', 'suite'],
    ['fotos', 'de', 'la', 'suite', 'suite'],
  ]);

  it('marks nothing when every word was seen in two utterances or more', () => {
    expect(rareWords.marks(['cuanto', 'cuesta', 'la', 'suite'])).toEqual([]);
  });

  it('marks a word seen in one utterance as rare, as one never seen, one mark per distinct word', () => {
    expect(rareWords.marks(['cuanto', 'cuesta', 'la', 'doble'])).toEqual(['rare_word1']);
    expect(rareWords.marks(['cuanto', 'cuesta', 'un', 'tatuaje', 'tatuaje'])).toEqual([
      'rare_word1',
      'rare_word2',
    ]);
  });

  it('counts a word once per utterance, however often it is repeated there', () => {
    expect(rareWords.marks(['fotos'])).toEqual(['rare_word1']);
  });

  it('gives at most four marks', () => {
    expect(rareWords.marks(['a', 'b', 'c', 'd', 'e', 'f'])).toHaveLength(4);
  });
});
