import { foldText } from './fold-text';

describe('foldText', () => {
  it('lower-cases and strips accents one unit at a time, so indexes match the input', () => {
    const text = 'Habitación DOBLE – ¿Niños?';
    const folded = foldText(text);
    expect(folded).toBe('habitacion doble - ¿ninos?');
    expect(folded).toHaveLength(text.length);
  });

  it('answers each text with its own folding, asked again or in turn', () => {
    expect([foldText('Ñandú'), foldText('Ñandú'), foldText('Café'), foldText('Ñandú')]).toEqual([
      'nandu',
      'nandu',
      'cafe',
      'nandu',
    ]);
  });
});
