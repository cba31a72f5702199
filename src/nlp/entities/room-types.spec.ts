import type { RoomType } from '../../tenants/tenant';
import { extractRoomTypes } from './room-types';

const roomType = (id: string, es: string, en: string, synonyms?: RoomType['synonyms']): RoomType => ({
  id,
  name: { es, en },
  synonyms,
  maxGuests: 2,
  rooms: 1,
  rate: 100,
  photos: [],
});

// The demo hotel's room types (shared/fixtures/demo-hotel.json).
const DEMO = [
  roomType('single', 'Habitación Individual', 'Single Room'),
  roomType('double', 'Doble Estándar', 'Standard Double'),
  roomType('superior', 'Doble Superior', 'Superior Double'),
  roomType('suite', 'Suite Junior', 'Junior Suite'),
];

function roomsIn(text: string, roomTypes: readonly RoomType[] = DEMO) {
  return extractRoomTypes(text, roomTypes).map((entity) => [
    entity.type === 'room_type' ? entity.value.roomTypeId : entity.type,
    entity.text,
  ]);
}

describe('extractRoomTypes', () => {
  it.each([
    ['quiero la suite', [['suite', 'suite']]],
    ['¿cuánto cuesta la Suite Junior?', [['suite', 'Suite Junior']]],
    ['a junior suite please', [['suite', 'junior suite']]],
    ['cancel the single one', [['single', 'single']]],
    ['una doble', [['double', 'doble']]],
    ['una DOBLE ESTÁNDAR', [['double', 'DOBLE ESTÁNDAR']]],
    ['una dobel', [['double', 'dobel']]],
    ['dos dobles', [['double', 'dobles']]],
    ['la doble superior', [['superior', 'doble superior']]],
    ['la superior', [['superior', 'superior']]],
    ['la estandar', [['double', 'estandar']]],
    ['cama de matrimonio', [['double', 'de matrimonio']]],
    ['una habitación individual', [['single', 'habitación individual']]],
    ['una habitacion sencilla para el 3 de enero', [['single', 'habitacion sencilla']]],
    ['algo sencillo', []],
    ['una indivdual', [['single', 'indivdual']]],
    ['a single room', [['single', 'single room']]],
    ['a double', [['double', 'double']]],
    [
      'una doble y una suite',
      [
        ['double', 'doble'],
        ['suite', 'suite'],
      ],
    ],
    [
      'doble o doble superior',
      [
        ['double', 'doble'],
        ['superior', 'doble superior'],
      ],
    ],
  ])('reads %j', (text, expected) => {
    expect(roomsIn(text)).toEqual(expected);
  });

  it.each([
    'llegamos en junio',
    'a single night',
    'just a single one, please',
    'family of four',
    'una habitación, por favor',
    'el desayuno está incluido',
    'quiero reservar',
  ])('finds no room type in %j', (text) => {
    expect(roomsIn(text)).toEqual([]);
  });

  it('names the other room types a kind of room fits as well ("la doble": Estándar or Superior)', () => {
    const alsoFits = (text: string) =>
      extractRoomTypes(text, DEMO).map((entity) => entity.type === 'room_type' && entity.value.alsoFits);
    expect(alsoFits('la doble')).toEqual([['superior']]);
    expect(alsoFits('the double one')).toEqual([['superior']]);
    expect(alsoFits('la doble estándar')).toEqual([undefined]);
    expect(alsoFits('la doble superior')).toEqual([undefined]);
    expect(alsoFits('la suite')).toEqual([undefined]);
    expect(alsoFits('la individual')).toEqual([undefined]);
  });

  it('maps a kind of room only to a room type the tenant has', () => {
    const noSuites = DEMO.filter((type) => type.id !== 'suite');
    expect(roomsIn('la suite', noSuites)).toEqual([]);
    expect(roomsIn('una triple', DEMO)).toEqual([]);
  });

  it('reads the tenant’s own synonyms', () => {
    const types = [
      roomType('dlx', 'Deluxe con vistas', 'Deluxe with a view', { es: ['la del ático'], en: ['penthouse'] }),
    ];
    expect(roomsIn('¿está libre la del ático?', types)).toEqual([['dlx', 'la del ático']]);
    expect(roomsIn('the penthouse', types)).toEqual([['dlx', 'penthouse']]);
  });

  it('reads a kind of room from the tenant’s ids and names in any case', () => {
    const types = [roomType('familyRoom', 'Familiar', 'Family'), roomType('TWIN-1', 'Dos camas', 'Twin')];
    expect(roomsIn('una familiar y una twin', types)).toEqual([
      ['familyRoom', 'familiar'],
      ['TWIN-1', 'twin'],
    ]);
  });
});
