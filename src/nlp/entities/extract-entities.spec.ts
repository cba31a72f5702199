import fc from 'fast-check';
import type { RoomType } from '../../tenants/tenant';
import type { Entity, Language } from '../nlp.types';
import { type EntityContext, extractEntities } from './extract-entities';

const roomType = (id: string, es: string, en: string): RoomType => ({
  id,
  name: { es, en },
  maxGuests: 2,
  rooms: 1,
  rate: 100,
  photos: [],
});

// The demo hotel's room types (shared/fixtures/demo-hotel.json).
const DEMO_ROOM_TYPES = [
  roomType('single', 'Habitación Individual', 'Single Room'),
  roomType('double', 'Doble Estándar', 'Standard Double'),
  roomType('superior', 'Doble Superior', 'Superior Double'),
  roomType('suite', 'Suite Junior', 'Junior Suite'),
];

const context = (language: Language, now = new Date('2026-11-25T10:00:00Z')): EntityContext => ({
  language,
  now,
  timezone: 'Europe/Madrid',
  roomTypes: DEMO_ROOM_TYPES,
});

const summary = (entities: Entity[]) => entities.map(({ type, value, text }) => ({ type, value, text }));

describe('extractEntities', () => {
  it.each([
    ['de diciembre', 'es', { month: 12 }],
    ['de diciembre de 2027', 'es', { month: 12, year: 2027 }],
    ['of january', 'en', { month: 1 }],
  ] as const)('reads %j sent alone as a month', (text, language, month) => {
    expect(summary(extractEntities(text, context(language)))).toEqual([
      { type: 'month', value: month, text },
    ]);
  });

  it('gives two couples a room each, unless a room count is said', () => {
    const rooms = (text: string) =>
      extractEntities(text, context('es'))
        .filter((entity) => entity.type === 'rooms')
        .map((e) => e.value);
    expect(rooms('somos dos parejas, del 12 al 14 de diciembre')).toEqual([{ rooms: 2, parties: [2, 2] }]);
    expect(rooms('somos dos parejas, queremos 3 habitaciones')).toEqual([{ rooms: 3 }]);
    expect(rooms('somos dos parejas, suite junior del 12 al 14')).toEqual([]);
  });

  it('reads no month apart from a day that has one ("el 18 de diciembre")', () => {
    const types = extractEntities('el 18 de diciembre', context('es')).map((entity) => entity.type);
    expect(types).toEqual(['date']);
  });

  it('reads a whole Spanish booking request', () => {
    const text =
      'Hola, me llamo Ana García. Quiero una doble del 12 al 15 de diciembre para 2 adultos y un niño. ana@example.com';
    expect(summary(extractEntities(text, context('es')))).toEqual([
      { type: 'guest_name', value: { name: 'Ana García' }, text: 'Ana García' },
      { type: 'room_type', value: { roomTypeId: 'double', alsoFits: ['superior'] }, text: 'doble' },
      {
        type: 'date_range',
        value: { checkIn: '2026-12-12', checkOut: '2026-12-15' },
        text: 'del 12 al 15 de diciembre',
      },
      {
        type: 'guests',
        value: { adults: 2, children: 1, infants: 0, total: 3 },
        text: '2 adultos y un niño',
      },
      { type: 'email', value: { email: 'ana@example.com' }, text: 'ana@example.com' },
    ]);
  });

  it('reads a whole English booking request', () => {
    const text = 'Hi, my name is John Smith, a junior suite for 3 nights from friday, we are 2';
    expect(summary(extractEntities(text, context('en')))).toEqual([
      { type: 'guest_name', value: { name: 'John Smith' }, text: 'John Smith' },
      { type: 'room_type', value: { roomTypeId: 'suite' }, text: 'junior suite' },
      {
        type: 'date_range',
        value: { checkIn: '2026-11-27', checkOut: '2026-11-30' },
        text: '3 nights from friday',
      },
      { type: 'nights', value: { nights: 3 }, text: '3 nights' },
      { type: 'guests', value: { adults: 2, children: 0, infants: 0, total: 2 }, text: 'we are 2' },
    ]);
  });

  it('reads a reservation question with its reference', () => {
    const text = '¿Puedo cambiar mi reserva K7P9QX al próximo fin de semana?';
    expect(summary(extractEntities(text, context('es')))).toEqual([
      { type: 'reference', value: { reference: 'K7P9QX' }, text: 'K7P9QX' },
      {
        type: 'date_range',
        value: { checkIn: '2026-11-27', checkOut: '2026-11-29' },
        text: 'próximo fin de semana',
      },
    ]);
  });

  it('takes a party with children for a party, not for a question about children', () => {
    const types = extractEntities('somos 2 adultos y 2 niños', context('es')).map((entity) => entity.type);
    expect(types).toEqual(['guests']);
  });

  it.each<[string, Language, number[], boolean[] | null]>([
    ['quiero una habitación para 2 y otra para 1 del 3 al 6 de enero', 'es', [2, 1], null],
    ['dos habitaciones, una para 2 y otra para 1', 'es', [2, 1], null],
    ['a room for 2 and another for 1', 'en', [2, 1], null],
    ['2 rooms, one for 2 adults and one for 1', 'en', [2, 1], null],
    // The same places in every room (QA 26, E1: a room for 1 each before).
    ['2 double rooms for dec 5 to 7, 2 adults in each room', 'en', [2, 2], null],
    ['Hi, 2 double rooms dec 5-7, 2 adults each', 'en', [2, 2], null],
    // Chat words for people (QA 29: "2 ppl each" was 2 guests in all).
    ['hi, 2 rooms 12-14 dec, 2 ppl each, standard', 'en', [2, 2], null],
    ['dos dobles del 5 al 7, 2 personas por habitación', 'es', [2, 2], null],
    ['3 rooms, each room for 2', 'en', [2, 2, 2], null],
    // Whom each room is for, not how many (QA 22, ES3): the dates after them stay the stay's.
    [
      'quiero dos reservas: una doble para mí y otra para mis padres, del 12 al 14 de diciembre',
      'es',
      [1, 2],
      // The parents' room is for others (asked its own name); the guest's is not (QA 24, S9/E9).
      [false, true],
    ],
    [
      'I need two bookings for dec 12-14: a double for me and my wife and another one for my brother',
      'en',
      [2, 1],
      [false, true],
    ],
    [
      'una doble para mi hermano y su novia y otra para nosotros dos, del 3 al 5 de enero',
      'es',
      [2, 2],
      [true, false],
    ],
    ['one room for my wife and I and one for 2 adults, jan 3 to 5', 'en', [2, 2], [false, false]],
  ])('reads each room’s places and the whole party in %j', (text, language, parties, forOthers) => {
    const entities = extractEntities(text, context(language));
    const rooms = { rooms: parties.length, parties, ...(forOthers ? { forOthers } : {}) };
    expect(entities.find((entity) => entity.type === 'rooms')?.value).toEqual(rooms);
    const total = parties.reduce((sum, places) => sum + places, 0);
    expect(entities.filter((entity) => entity.type === 'guests').map(({ value }) => value)).toEqual([
      { adults: total, children: 0, infants: 0, total },
    ]);
  });

  it('reads each room’s name said at "whose name?", with no room count in the message (QA 26, S8)', () => {
    const text = 'una a nombre de Pablo Ortiz y otra a nombre de Diego Romero';
    const names = extractEntities(text, context('es')).filter((found) => found.type === 'guest_name');
    expect(names.map(({ value }) => value)).toEqual([{ name: 'Pablo Ortiz' }, { name: 'Diego Romero' }]);
  });

  it('asks about a topic without inventing slots', () => {
    expect(summary(extractEntities('¿A qué hora es el desayuno y tenéis parking?', context('es')))).toEqual([
      { type: 'info_topic', value: { topic: 'breakfast' }, text: 'desayuno' },
      { type: 'info_topic', value: { topic: 'parking' }, text: 'parking' },
    ]);
  });

  it('reads a capitalised weekday inside a name as a surname, not as a day', () => {
    expect(summary(extractEntities('me llamo Ángel Domingo', context('es')))).toEqual([
      { type: 'guest_name', value: { name: 'Ángel Domingo' }, text: 'Ángel Domingo' },
    ]);
    const arriving = summary(extractEntities('a nombre de Ana, llegamos el domingo', context('es')));
    expect(arriving.map((entity) => entity.type)).toEqual(['guest_name', 'date']);
  });

  it('takes the days and the party said after a correction ("no perdón", "bueno no") over those before', () => {
    const values = (text: string, type: Entity['type']) =>
      extractEntities(text, context('es'))
        .filter((entity) => entity.type === type)
        .map((entity) => entity.value);
    expect(values('del 5 al 7 de diciembre no perdón del 6 al 8', 'date_range')).toEqual([
      { checkIn: '2026-12-06', checkOut: '2026-12-08' },
    ]);
    expect(values('el 12, perdón, el 13', 'date')).toEqual([{ date: '2026-12-13' }]);
    // A bare "no" takes nothing back: alternatives, or a day set against another.
    expect(values('¿del 24 al 26 de diciembre? si no, del 27 al 29', 'date_range')).toHaveLength(2);
    expect(values('el viernes 4, no el sábado 5', 'date')).toHaveLength(2);
    expect(values('somos tres, bueno no, cuatro', 'guests')).toEqual([
      { adults: 4, children: 0, infants: 0, total: 4 },
    ]);
    // A number after "perdón" that is no party: the party stays.
    expect(values('una doble para 2 del 5 al 7 de diciembre, perdón, 8', 'guests')).toEqual([
      { adults: 2, children: 0, infants: 0, total: 2 },
    ]);
    // Two stays offered as alternatives are both kept, and a departure is no correction.
    expect(values('del 5 al 7 o del 6 al 8 de diciembre', 'date_range')).toHaveLength(2);
    expect(values('llegamos el 3 y volvemos el 6 de enero', 'date_range')).toEqual([
      { checkIn: '2027-01-03', checkOut: '2027-01-06' },
    ]);
  });

  it('reads days said without a month after a correction in the month of the days corrected (QA 29, H1)', () => {
    const ranges = (text: string, language: Language) =>
      extractEntities(text, context(language))
        .filter((entity) => entity.type === 'date_range' || entity.type === 'date')
        .map((entity) => entity.value);
    expect(
      ranges('Could I get a double for the 5th-8th of Feb? Actually wait, make that 6th-9th', 'en'),
    ).toEqual([{ checkIn: '2027-02-06', checkOut: '2027-02-09' }]);
    expect(ranges('del 5 al 8 de febrero, no, mejor del 6 al 9', 'es')).toEqual([
      { checkIn: '2027-02-06', checkOut: '2027-02-09' },
    ]);
    expect(ranges('del 28 al 31 de enero, perdón, del 30 al 2', 'es')).toEqual([
      { checkIn: '2027-01-30', checkOut: '2027-02-02' },
    ]);
    expect(ranges('the 28th of january, i mean the 2nd', 'en')).toEqual([{ date: '2027-01-02' }]);
    // A correction that names its own month keeps it.
    expect(ranges('del 12 al 15 de enero, perdón, del 20 al 22 de febrero', 'es')).toEqual([
      { checkIn: '2027-02-20', checkOut: '2027-02-22' },
    ]);
    // "O sea" and a bare "wait" explain the days; they take none back (review 30, 2).
    expect(ranges('del 10 al 12 de enero, o sea, 2 noches', 'es')).toEqual([
      { checkIn: '2027-01-10', checkOut: '2027-01-12' },
    ]);
    expect(ranges('dec 20 to 22, wait, we arrive late on the 20th', 'en')).toContainEqual({
      checkIn: '2026-12-20',
      checkOut: '2026-12-22',
    });
    expect(ranges('del 2 al 4 de febrero, espera, mejor del 4 al 6', 'es')).toEqual([
      { checkIn: '2027-02-04', checkOut: '2027-02-06' },
    ]);
    // Days that would be past in the corrected month stay the next such days.
    expect(ranges('el 30 de noviembre, perdón, el 2', 'es')).toEqual([{ date: '2026-12-02' }]);
  });

  it.each([
    ['december 12 2 adults', { date: '2026-12-12' }, 2],
    ['on january 2 2 adults', { date: '2027-01-02' }, 2],
    ['december 5 2 adults 1 child', { date: '2026-12-05' }, 3],
    ['dec 5 3 of us', { date: '2026-12-05' }, 3],
  ])('reads the day and the party of "%s" (review 30: the day was dropped)', (text, day, total) => {
    const found = extractEntities(text, context('en'));
    expect(found.find((entity) => entity.type === 'date')?.value).toEqual(day);
    expect(found.find((entity) => entity.type === 'guests')?.value).toMatchObject({ total });
  });

  it('reads "in January, 2 adults" as the party, never the 2nd of January', () => {
    const found = summary(extractEntities('a room for 3 nights in January, 2 adults', context('en')));
    expect(found.map((entity) => entity.type)).toEqual(['nights', 'guests']);
    expect(summary(extractEntities('january 2, 2 adults', context('en'))).map((e) => e.value)).toContainEqual(
      {
        date: '2027-01-02',
      },
    );
  });

  it('reads "in january 2 nights" as two nights, never the 2nd of January', () => {
    const found = summary(extractEntities('hi, price for a double in january 2 nights?', context('en')));
    expect(found.filter((entity) => entity.type !== 'room_type')).toEqual([
      { type: 'nights', value: { nights: 2 }, text: '2 nights' },
    ]);
    expect(
      extractEntities('january 2, 3 nights', context('en')).map((entity) => entity.value),
    ).toContainEqual({
      checkIn: '2027-01-02',
      checkOut: '2027-01-05',
    });
  });

  it('reads "for a week from the 20th" as a week\'s stay from the 20th, never the day a week from today', () => {
    const english = (text: string) =>
      extractEntities(text, context('en'))
        .filter((entity) => entity.type === 'date_range' || entity.type === 'date')
        .map((entity) => entity.value);
    expect(english('a double room for a week from the 20th')).toEqual([
      { checkIn: '2026-12-20', checkOut: '2026-12-27' },
    ]);
    expect(english('a room for a week')).toEqual([]);
  });

  it('reads "el viernes que viene" as the next Friday after today, never today', () => {
    const friday = context('es', new Date('2026-11-27T10:00:00Z'));
    const day = (text: string) =>
      extractEntities(text, friday).find((entity) => entity.type === 'date')?.value;
    expect(day('el viernes que viene')).toEqual({ date: '2026-12-04' });
    expect(day('el lunes que viene')).toEqual({ date: '2026-11-30' });
    expect(day('este viernes')).toEqual({ date: '2026-11-27' });
  });

  it('reads English as guests type it on a phone: "2 of us", "me n my gf", "1 nite", "tmrw night", UK days', () => {
    const friday = context('en', new Date('2026-11-27T10:00:00Z'));
    const read = (text: string) =>
      extractEntities(text, friday)
        .filter((entity) => ['date_range', 'date', 'guests', 'nights', 'rooms'].includes(entity.type))
        .map(({ type, value }) => [type, value]);
    const party = (adults: number) => ['guests', { adults, children: 0, infants: 0, total: adults }];
    expect(read('hiya, any rooms free 12/12 for 2 nights? 2 of us')).toEqual([
      ['date_range', { checkIn: '2026-12-12', checkOut: '2026-12-14' }],
      ['nights', { nights: 2 }],
      party(2),
    ]);
    expect(read('2 of us will come later, we are 4')).toEqual([party(4)]);
    expect(read('a room for me n my gf on the 4th? just 1 nite')).toEqual([
      party(2),
      ['date_range', { checkIn: '2026-12-04', checkOut: '2026-12-05' }],
      ['nights', { nights: 1 }],
    ]);
    expect(read('tmrw night')).toEqual([['date_range', { checkIn: '2026-11-28', checkOut: '2026-11-29' }]]);
    // Slashed days that make a stay only day first are read day first; others month first, as chrono does.
    expect(read('arriving 02/01/2027 departing 05/01/2027')).toEqual([
      ['date_range', { checkIn: '2027-01-02', checkOut: '2027-01-05' }],
    ]);
    expect(read('from 03/12 to 06/12')).toEqual([
      ['date_range', { checkIn: '2026-12-03', checkOut: '2026-12-06' }],
    ]);
    expect(read('12/5 to 12/8')).toEqual([['date_range', { checkIn: '2026-12-05', checkOut: '2026-12-08' }]]);
    // The last day of "dec 12-14" is no count of rooms.
    expect(read('booking for 2 dec 12-14 standard double')).toEqual([
      party(2),
      ['date_range', { checkIn: '2026-12-12', checkOut: '2026-12-14' }],
    ]);
    expect(read('2 standard doubles from dec 12 to 14')).toEqual([
      ['rooms', { rooms: 2 }],
      ['date_range', { checkIn: '2026-12-12', checkOut: '2026-12-14' }],
    ]);
  });

  it('reads "para 2" before an emoji, a range of days or another "para"', () => {
    const party = (text: string) =>
      extractEntities(text, context('es')).find((entity) => entity.type === 'guests')?.value.total;
    expect(party('kiero reservar 🛏️ para 2 👫 del 12 al 14 dic 🙏')).toBe(2);
    expect(party('quiero una doble para 2 para mañana, 2 noches')).toBe(2);
    expect(party('reserva para 2 12-14 diciembre')).toBe(2);
    expect(party('para 2 noches')).toBeUndefined();
  });

  it('reads the days of a weekday list said of next week, and a stay of a month', () => {
    const friday = (language: Language) => context(language, new Date('2026-11-27T10:00:00Z'));
    const stay = (text: string, language: Language) =>
      extractEntities(text, friday(language)).find(
        (entity) => entity.type === 'date_range' || entity.type === 'date',
      )?.value;
    expect(stay('looking for 2 nights, fri & sat next week', 'en')).toEqual({
      checkIn: '2026-12-04',
      checkOut: '2026-12-06',
    });
    expect(stay('las noches del viernes y sábado de la semana que viene', 'es')).toEqual({
      checkIn: '2026-12-04',
      checkOut: '2026-12-06',
    });
    expect(stay('el viernes y el sábado por la noche', 'es')).toEqual({
      checkIn: '2026-11-27',
      checkOut: '2026-11-29',
    });
    expect(stay('una individual durante un mes desde el 1 de enero', 'es')).toEqual({
      checkIn: '2027-01-01',
      checkOut: '2027-02-01',
    });
    expect(stay('I need a single for a month from Jan 4', 'en')).toEqual({
      checkIn: '2027-01-04',
      checkOut: '2027-02-04',
    });
    expect(stay('dentro de un mes, 3 noches', 'es')).toEqual({
      checkIn: '2026-12-27',
      checkOut: '2026-12-30',
    });
  });

  it('cuts a name where a room type starts', () => {
    const names = extractEntities('a nombre de Ana Suite Junior', context('es')).filter(
      (e) => e.type === 'guest_name',
    );
    expect(summary(names)).toEqual([{ type: 'guest_name', value: { name: 'Ana' }, text: 'Ana' }]);
  });

  it.each<[string, Language, string, string]>([
    [
      'also my parents want a room same dates, standard double, under Peter Clarke',
      'en',
      'standard double',
      'Peter Clarke',
    ],
    [
      'book another standard double same dates for my parents, under Ann Hardy',
      'en',
      'standard double',
      'Ann Hardy',
    ],
    ['superior pls, Mike Ross', 'en', 'superior', 'Mike Ross'],
    ['otra doble para mis padres a nombre de Ana Ruiz', 'es', 'doble', 'Ana Ruiz'],
  ])('reads the room and the name it goes under in %j', (text, language, roomText, name) => {
    const entities = summary(extractEntities(text, context(language)));
    expect(entities.find((entity) => entity.type === 'room_type')?.text).toBe(roomText);
    expect(entities.filter((entity) => entity.type === 'guest_name')).toEqual([
      { type: 'guest_name', value: { name }, text: name },
    ]);
  });

  it.each(['a double room, Junior Suite', 'a standard double under 100 euros', 'a double under my name'])(
    'reads no name in %j',
    (text) => {
      expect(extractEntities(text, context('en')).filter((entity) => entity.type === 'guest_name')).toEqual(
        [],
      );
    },
  );

  it.each<[string, Language]>([
    ['Hola, buenas tardes', 'es'],
    ['Muchas gracias por todo, hasta luego', 'es'],
    ['Quiero hablar con una persona de recepción', 'es'],
    ['¿Dónde está el hotel?', 'es'],
    ['Thank you so much, see you soon', 'en'],
    ['Can I speak to a human?', 'en'],
  ])('finds nothing in %j', (text, language) => {
    expect(extractEntities(text, context(language))).toEqual([]);
  });
});

// Words every extractor reacts to, so random sentences reach deep into each of them.
const WORDS = [
  ...(
    'del al el la de y entre desde hasta para somos noches noche tres dos una un adultos niños ' +
    'personas diciembre enero junio viernes domingo mañana pasado esta este fin semana finde próximo ' +
    'me llamo soy nombre reserva localizador suite doble dobel individual superior wifi parking from ' +
    'to the on and out nights night tonight weekend this next we are for people adults kids family of ' +
    'four my name is booking dec december friday tomorrow 12 15 30 31 2 3 12th 15th - , . ? ABC234 ' +
    'K7P9QX XKBZQWEAT ana@example.com Ana García García-López º / 12/12'
  ).split(' '),
  '29 de febrero',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((words) => words.join(' '));
const anyText = fc.oneof(
  sentence,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);
const anyContext = fc.record({
  language: fc.constantFrom<Language>('es', 'en'),
  now: fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T23:59:59Z'),
    noInvalidDate: true,
  }),
  timezone: fc.constantFrom(
    'Europe/Madrid',
    'UTC',
    'America/Mexico_City',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ),
  roomTypes: fc.constant(DEMO_ROOM_TYPES),
});

describe('extractEntities properties', () => {
  it('never throws and locates every entity exactly in the input', () => {
    fc.assert(
      fc.property(anyText, anyContext, (text, ctx) => {
        for (const entity of extractEntities(text, ctx)) {
          expect(entity.text).toBe(text.slice(entity.start, entity.end));
          expect(entity.start).toBeLessThan(entity.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('checks in before it checks out, with real calendar dates', () => {
    fc.assert(
      fc.property(sentence, anyContext, (text, ctx) => {
        for (const entity of extractEntities(text, ctx)) {
          if (entity.type !== 'date_range') continue;
          expect(entity.value.checkIn < entity.value.checkOut).toBe(true);
          for (const date of [entity.value.checkIn, entity.value.checkOut]) {
            expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('counts a party as its adults plus its children, with at least one adult', () => {
    fc.assert(
      fc.property(sentence, anyContext, (text, ctx) => {
        for (const entity of extractEntities(text, ctx)) {
          if (entity.type !== 'guests') continue;
          expect(entity.value.total).toBe(entity.value.adults + entity.value.children);
          expect(entity.value.adults).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});
