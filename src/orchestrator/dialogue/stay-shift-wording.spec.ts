import { dayShiftSaid } from './stay-shift-wording';

describe('dayShiftSaid', () => {
  it.each([
    ['al final nos vamos un día antes', -1],
    ['¿podemos llegar un día antes?', -1],
    ['llegamos el día anterior', -1],
    ['nos vamos un día más tarde', 1],
    ['salimos dos días después', 2],
    ['we are leaving one day early', -1],
    ['can we arrive a day earlier?', -1],
    ['we need to check out 2 days early', -2],
    ["we'll leave a day later", 1],
    ['can we arrive the day before?', -1],
    ['llegamos un día antes de lo previsto', -1],
  ])('reads %j as the days an end moves by (%d)', (text, days) => {
    expect(dayShiftSaid(text)?.days).toBe(days);
  });

  it.each([
    'nos quedamos un día más',
    'llegamos el 13',
    'we arrive the day after tomorrow',
    'llegamos el día después de mañana',
    'one day I will come back',
    'llegamos el día antes de la boda, ¿nos guardáis las maletas?',
    "we're arriving the day before the conference",
  ])('reads no shift in %j', (text) => {
    expect(dayShiftSaid(text)).toBeNull();
  });

  it('places the words it read in the text', () => {
    const text = 'al final nos vamos un día antes';
    const shift = dayShiftSaid(text);
    expect(shift && text.slice(shift.start, shift.end)).toBe('un día antes');
  });
});
