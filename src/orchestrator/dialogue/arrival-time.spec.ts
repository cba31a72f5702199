import { arrivesInTime, arrivesEarly, arrivesInSmallHours, arrivesLate } from './arrival-time';

describe('arrivesLate / arrivesEarly', () => {
  it.each<[string, 'late' | 'early' | 'neither']>([
    ['llegaremos sobre la 1 de la madrugada', 'late'],
    ['llego a las 23h', 'late'],
    ['llegamos a las 10 de la noche', 'late'],
    ['we land at 11pm', 'late'],
    ['is it ok if we check in at 11pm?', 'late'],
    ['arriving 11:30pm', 'late'],
    ['llegaremos tarde', 'late'],
    ['stuck in traffic, will be late for check in', 'late'],
    ["we're running late, our flight is delayed", 'late'],
    ['nuestro vuelo viene con retraso', 'late'],
    ['vamos con retraso, estamos atascados', 'late'],
    ["we'll get there after midnight", 'late'],
    ['llegamos a las 12 de la noche', 'late'],
    ['we arrive at 12 am', 'late'],
    ['llegamos a las 9 de la mañana', 'early'],
    ['we arrive at 8am', 'early'],
    ['llegamos a las 12.30', 'early'],
    ['we arrive early', 'early'],
    // The afternoon after check-in (15:00), and no arrival at all.
    ['llegamos a las 2 de la tarde', 'early'],
    ['llegamos a las 5 de la tarde', 'neither'],
    ['llegamos por la tarde', 'neither'],
    ['is the bus to the centre often delayed?', 'neither'],
    ['we will be late for breakfast, until when is it served?', 'neither'],
    ["I'll be late checking out", 'neither'],
    ["we're running late for dinner", 'neither'],
    ['we will be late for check in', 'late'],
    // QA 28, E12: only the check-in hour had been said.
    ['Can I check in late, like 11pm?', 'late'],
    ['is late check-in possible?', 'late'],
    ['¿puedo hacer el check-in tarde, sobre las 23h?', 'late'],
    ['¿puedo hacer el check-in más tarde?', 'late'],
    ['can I get a late check-out?', 'neither'],
    ['¿el tren suele ir con retraso?', 'neither'],
    ['at 9 am we have a meeting', 'neither'],
  ])('reads %j as %s', (text, expected) => {
    const read = arrivesLate(text) ? 'late' : arrivesEarly(text, '15:00') ? 'early' : 'neither';
    expect(read).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['llegaremos sobre la 1 de la madrugada', true],
    ['we land at 2am', true],
    ['llegamos de madrugada', true],
    ["we'll get there after midnight", true],
    ['llego a las 23h', false],
    ['llegaremos tarde', false],
    ['a las 3 de la madrugada sale el bus', false],
    // "A las 3" is the afternoon to most Spanish speakers; "a las 03:00" is not.
    ['llegamos a las 3', false],
    ['llegamos a las 03:00', true],
  ])('reads %j as an arrival in the small hours: %s', (text, expected) => {
    expect(arrivesInSmallHours(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['llegamos a las 5 de la tarde, ¿hay problema?', true],
    ['we arrive at 6pm, is that ok?', true],
    ['llego a las 15:30', true],
    ['llegamos a las 10 de la mañana', false],
    ['llego a las 23h', false],
    ['el desayuno es a las 5 de la tarde?', false],
  ])('reads %j as an arrival after check-in, before the evening: %s', (text, expected) => {
    expect(arrivesInTime(text, '15:00')).toBe(expected);
  });
});
