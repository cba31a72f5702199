import fc from 'fast-check';
import { fixture } from '../../../test/support/fake-qloapps-hotel';
import { PmsUnavailableError } from '../pms.errors';
import type { RoomTypeInfo } from '../pms.types';
import { type AriContext, mapHotelAri, mapRoomTypeCatalog } from './qloapps.mapper';

const ari = (): Record<string, unknown> => JSON.parse(fixture('hotel-ari.json'));
const docsAri = (): Record<string, unknown> => JSON.parse(fixture('hotel-ari-docs-shape.json'));
const threeNights = (guests: number): { guests: number; nights: number } => ({ guests, nights: 3 });

function context(overrides: Partial<AriContext> = {}): AriContext {
  return {
    languages: ['es', 'en'],
    languageIds: {},
    tenantNames: new Map(),
    tenantCapacities: new Map(),
    currency: 'USD',
    ...overrides,
  };
}

function catalogEntry(
  id: string,
  maxGuests: number,
  name = { es: `Tipo ${id}`, en: `Type ${id}` },
): RoomTypeInfo {
  return { id, name, maxGuests, currency: 'EUR', photos: [] };
}

/** A hotel_ari answer with one free double room type whose fields are replaced by `fields`. */
function oneRoomType(fields: Record<string, unknown>): unknown {
  const room = { id_room: '11', room_num: '201', max_adult: '2', max_occupancy: '3' };
  return {
    hotel_ari: { room_types: [{ id_room_type: '2', rooms: { available: { 11: room } }, ...fields }] },
  };
}

describe('mapHotelAri', () => {
  it.each([
    {
      case: 'a couple in the source shape gets the doubles only (singles cannot hold them, suites are full)',
      guests: 2,
      expected: [{ roomTypeId: '2', maxGuests: 2, roomsLeft: 3, nightlyRate: 119.9, total: 359.7 }],
    },
    {
      case: 'one guest in the source shape gets singles and doubles',
      guests: 1,
      expected: [
        { roomTypeId: '1', maxGuests: 1, roomsLeft: 2, nightlyRate: 86.9, total: 260.7 },
        { roomTypeId: '2', maxGuests: 2, roomsLeft: 3, nightlyRate: 119.9, total: 359.7 },
      ],
    },
    { case: 'a party of three in the source shape gets nothing', guests: 3, expected: [] },
  ])('$case', ({ guests, expected }) => {
    const { offers, needsCatalog } = mapHotelAri(ari(), threeNights(guests), context());
    expect(offers).toMatchObject(expected.map((offer) => ({ ...offer, currency: 'EUR' })));
    expect(offers).toHaveLength(expected.length);
    expect(needsCatalog).toBe(false);
  });

  it('gives each tenant language the QloApps name, which in the source shape is one string', () => {
    const [offer] = mapHotelAri(ari(), threeNights(2), context()).offers;
    expect(offer.name).toEqual({ es: 'Doble Estándar', en: 'Doble Estándar' });
  });

  it('prefers the tenant name in each language over a bare QloApps string of unknown language', () => {
    const tenantNames = new Map([['2', { es: 'Doble', en: 'Double room' }]]);
    const [offer] = mapHotelAri(ari(), threeNights(2), context({ tenantNames })).offers;
    expect(offer.name).toEqual({ es: 'Doble', en: 'Double room' });
  });

  it('reads the docs shape: rooms as a list, per-language names by the configured language ids', () => {
    const languageIds = { en: '1', es: '2' };
    const { offers, needsCatalog } = mapHotelAri(docsAri(), threeNights(2), context({ languageIds }));
    expect(offers).toEqual([
      {
        roomTypeId: '2',
        name: { es: 'Doble Estándar', en: 'Double Standard' },
        maxGuests: 2,
        roomsLeft: 3,
        nightlyRate: 119.9,
        total: 359.7,
        currency: 'EUR',
      },
    ]);
    // The docs shape publishes no capacities: the catalogue has them.
    expect(needsCatalog).toBe(true);
  });

  it('takes capacities from the catalogue when the rooms carry none, and drops types too small', () => {
    const catalog = new Map([['2', catalogEntry('2', 2)]]);
    expect(mapHotelAri(docsAri(), threeNights(3), context({ catalog })).offers).toEqual([]);
    const [offer] = mapHotelAri(docsAri(), threeNights(2), context({ catalog })).offers;
    expect(offer).toMatchObject({ maxGuests: 2, roomsLeft: 3 });
  });

  it('falls back to the tenant name, then the catalogue name, when QloApps sends none', () => {
    const body = oneRoomType({ base_price: 100, total_price: 300 });
    const tenantNames = new Map([['2', { es: 'Doble', en: 'Double' }]]);
    expect(mapHotelAri(body, threeNights(2), context({ tenantNames })).offers[0].name).toEqual({
      es: 'Doble',
      en: 'Double',
    });
    const unnamed = mapHotelAri(body, threeNights(2), context());
    expect(unnamed).toMatchObject({ needsCatalog: true, offers: [{ name: { es: '#2', en: '#2' } }] });
    const catalog = new Map([['2', catalogEntry('2', 2)]]);
    expect(mapHotelAri(body, threeNights(2), context({ catalog })).offers[0].name).toEqual({
      es: 'Tipo 2',
      en: 'Type 2',
    });
  });

  it.each([
    { prices: { base_price: '100.000000', total_price: '300.000000' }, nightlyRate: 100, total: 300 },
    {
      prices: { base_price: 100, base_price_with_tax: '110.000000', total_price_with_tax: 330 },
      nightlyRate: 110,
      total: 330,
    },
    { prices: { base_price: 100 }, nightlyRate: 100, total: 300 },
    { prices: { total_price_with_tax: 330 }, nightlyRate: 110, total: 330 },
    {
      prices: { base_price_with_tax: 119.90000000000001, total_price_with_tax: 359.70000000000005 },
      nightlyRate: 119.9,
      total: 359.7,
    },
  ])('reads prices $prices leniently, preferring the ones with tax', ({ prices, nightlyRate, total }) => {
    const [offer] = mapHotelAri(oneRoomType({ name: 'Doble', ...prices }), threeNights(2), context()).offers;
    expect(offer).toMatchObject({ nightlyRate, total, currency: 'USD' });
  });

  it.each([
    { case: 'room_types missing', body: { hotel_ari: { id_hotel: '1' } } },
    { case: 'room_types as a bare []', body: { hotel_ari: { room_types: [] } } },
    { case: 'room_types as an empty object', body: { hotel_ari: { room_types: {} } } },
  ])('offers nothing when $case', ({ body }) => {
    expect(mapHotelAri(body, threeNights(2), context()).offers).toEqual([]);
  });

  it.each([
    { case: 'an empty body', body: null },
    { case: 'a bare []', body: [] },
    { case: 'an HTML string', body: '<html>Oops</html>' },
    { case: 'hotel_ari as a list', body: { hotel_ari: [] } },
    { case: 'room_types as a number', body: { hotel_ari: { room_types: 5 } } },
    { case: 'a room type without id', body: { hotel_ari: { room_types: [{ name: 'x' }] } } },
    { case: 'rooms.available as a string', body: oneRoomType({ rooms: { available: 'none' } }) },
    { case: 'a free room type without prices', body: oneRoomType({ name: 'Doble' }) },
    { case: 'a negative price', body: oneRoomType({ base_price: -1 }) },
  ])('refuses $case with PmsUnavailableError', ({ body }) => {
    expect(() => mapHotelAri(body, threeNights(2), context())).toThrow(PmsUnavailableError);
  });

  it('never throws anything but PmsUnavailableError, whatever JSON arrives', () => {
    const loose = fc.oneof(fc.jsonValue(), fc.constantFrom('1', '2', '109.000000', 'x', -1, 0, 2.5));
    const room = fc.dictionary(fc.constantFrom('id_room', 'room_num', 'max_adult', 'max_occupancy'), loose);
    const rooms = fc.oneof(fc.array(room), fc.dictionary(fc.string(), room), loose);
    const roomType = fc.dictionary(
      fc.constantFrom('id_room_type', 'name', 'base_price', 'base_price_with_tax', 'total_price', 'rooms'),
      fc.oneof(loose, fc.record({ available: rooms })),
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({
        hotel_ari: fc.oneof(loose, fc.record({ room_types: fc.oneof(fc.array(roomType), loose) })),
      }),
    );
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 6 }), (value, guests) => {
        try {
          const { offers } = mapHotelAri(value, threeNights(guests), context());
          for (const offer of offers) expect(Number.isFinite(offer.total) && offer.roomsLeft > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(PmsUnavailableError);
        }
      }),
    );
  });
});

describe('mapRoomTypeCatalog', () => {
  const catalogContext = {
    ...context({ tenantCapacities: new Map([['9', 5]]) }),
    hotelId: 1,
    currency: 'EUR',
    photos: new Map([['2', ['https://example.com/doble.jpg']]]),
  };
  const hotelRoomTypes = {
    hotel_room_types: [
      { id_product: '2', id_hotel: '1', adults: '2', max_adults: '2', max_guests: '3' },
      { id_product: '4', id_hotel: '1', adults: '2', max_adults: '3', max_guests: '4' },
      { id_product: '7', id_hotel: '2', adults: '2', max_adults: '2', max_guests: '2' },
      { id_product: '9', id_hotel: '1' },
    ],
  };
  const roomTypes = {
    room_types: [
      { id: 2, name: 'Doble Estándar', price: '109.000000', active: '1' },
      { id: '4', name: [{ id: '1', value: 'Junior Suite' }], price: '219.000000', active: '0' },
    ],
  };

  it('lists this hotel’s active room types with capacity, name, base rate and tenant photos', () => {
    expect(mapRoomTypeCatalog(hotelRoomTypes, roomTypes, catalogContext)).toEqual([
      {
        id: '2',
        name: { es: 'Doble Estándar', en: 'Doble Estándar' },
        maxGuests: 2,
        rate: 109,
        currency: 'EUR',
        photos: ['https://example.com/doble.jpg'],
      },
      { id: '9', name: { es: '#9', en: '#9' }, maxGuests: 5, currency: 'EUR', photos: [] },
    ]);
  });

  it('reads the bare [] of empty lists as no room types', () => {
    expect(mapRoomTypeCatalog([], [], catalogContext)).toEqual([]);
    expect(mapRoomTypeCatalog([], roomTypes, catalogContext)).toEqual([]);
  });

  it.each([
    { case: 'an HTML string', hotel: '<html/>', types: [] },
    { case: 'a list without its key', hotel: { other: [] }, types: [] },
    { case: 'an entry without id_product', hotel: { hotel_room_types: [{ id_hotel: '1' }] }, types: [] },
    {
      case: 'a room type without capacity',
      hotel: { hotel_room_types: [{ id_product: 3, id_hotel: 1 }] },
      types: [],
    },
  ])('refuses $case with PmsUnavailableError', ({ hotel, types }) => {
    expect(() => mapRoomTypeCatalog(hotel, types, catalogContext)).toThrow(PmsUnavailableError);
  });

  it('never throws anything but PmsUnavailableError, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (hotel, types) => {
        try {
          mapRoomTypeCatalog(hotel, types, catalogContext);
        } catch (error) {
          expect(error).toBeInstanceOf(PmsUnavailableError);
        }
      }),
    );
  });
});
