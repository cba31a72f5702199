import { basicAuth, type QloAppsRig, startQloAppsRig, stay, TENANT } from '../../../test/support/qloapps-kit';

const week = { tenantId: TENANT, checkIn: '2026-12-12', checkOut: '2026-12-15' };

describe('QloAppsAdapter against a fake QloApps', () => {
  let rig: QloAppsRig;

  beforeEach(async () => {
    rig = await startQloAppsRig();
  });

  afterEach(async () => {
    await rig.close();
  });

  describe('checkAvailability', () => {
    it('asks hotel_ari in XML with the key and JSON output, and offers the room types that hold the party', async () => {
      const availability = await rig.adapter.checkAvailability({ ...week, guests: 2 });

      expect(availability).toEqual({
        offers: [
          {
            roomTypeId: '2',
            name: { es: 'Doble Estándar', en: 'Doble Estándar' },
            maxGuests: 2,
            roomsLeft: 3,
            nightlyRate: 119.9,
            total: 359.7,
            currency: 'EUR',
          },
          {
            roomTypeId: '4',
            name: { es: 'Suite', en: 'Suite' },
            maxGuests: 3,
            roomsLeft: 1,
            nightlyRate: 240.9,
            total: 722.7,
            currency: 'EUR',
          },
        ],
        checkedAt: '2026-11-25T10:00:00.000Z',
        stale: false,
      });
      const [request] = rig.fake.requests;
      expect(request).toMatchObject({
        method: 'POST',
        path: '/api/hotel_ari',
        query: { output_format: 'JSON' },
      });
      expect(request.headers).toMatchObject({
        authorization: basicAuth(rig.fake.apiKey),
        'output-format': 'JSON',
      });
      expect(request.body).toContain('<id_hotel>1</id_hotel>');
      expect(request.body).toContain('<date_from>2026-12-12</date_from>');
      expect(request.body).toContain('<date_to>2026-12-15</date_to>');
      expect(request.body).toContain(
        '<room_occupancy><adults>2</adults><children>0</children></room_occupancy>',
      );
      expect(request.body).not.toContain('id_room_type');
    });

    it('asks about the one room type wanted and offers only it', async () => {
      const { offers } = await rig.adapter.checkAvailability({ ...week, guests: 1, roomTypeId: '1' });
      expect(offers.map((offer) => offer.roomTypeId)).toEqual(['1']);
      expect(rig.fake.requests[0].body).toContain('<id_room_type>1</id_room_type>');
    });

    it('stops offering a room type once its last room is booked', async () => {
      await rig.adapter.createReservation(stay({ roomTypeId: '4' }));
      const { offers } = await rig.adapter.checkAvailability({ ...week, guests: 2 });
      expect(offers.map((offer) => offer.roomTypeId)).toEqual(['2']);
    });

    it('reads the docs shape, taking capacities from the room type catalogue', async () => {
      rig.fake.ariShape = 'docs';
      const { offers } = await rig.adapter.checkAvailability({ ...week, guests: 3 });
      expect(offers).toMatchObject([{ roomTypeId: '4', maxGuests: 3, roomsLeft: 1 }]);
      expect(rig.fake.requestsTo('GET', 'hotel_room_types')).toHaveLength(1);
    });

    it('names room types per language when told which QloApps language is which', async () => {
      rig.fake.ariShape = 'docs';
      const adapter = rig.adapterWith({ languageIds: { en: '1', es: '2' } });
      const { offers } = await adapter.checkAvailability({ ...week, guests: 2 });
      expect(offers[0].name).toEqual({ es: 'Doble Estándar', en: 'Double Standard' });
    });

    it('rejects a room type id QloApps cannot have without asking it', async () => {
      await expect(
        rig.adapter.checkAvailability({ ...week, guests: 2, roomTypeId: 'doble' }),
      ).rejects.toMatchObject({
        reason: 'unknown_room_type',
      });
      expect(rig.fake.requests).toHaveLength(0);
    });
  });

  it('refuses to answer for a tenant other than its own', async () => {
    await expect(rig.adapter.getRoomTypes('another-hotel')).rejects.toThrow(/for tenant hotel-demo/);
    expect(rig.fake.requests).toHaveLength(0);
  });

  describe('getRoomTypes', () => {
    it('joins hotel_room_types and room_types into capacities, names, base rates and tenant photos', async () => {
      const roomTypes = await rig.adapter.getRoomTypes(TENANT);

      expect(roomTypes).toEqual([
        {
          id: '1',
          name: { es: 'Single Room', en: 'Single Room' },
          maxGuests: 1,
          rate: 79,
          currency: 'EUR',
          photos: [],
        },
        {
          id: '2',
          name: { es: 'Double Standard', en: 'Double Standard' },
          maxGuests: 2,
          rate: 109,
          currency: 'EUR',
          photos: [],
        },
        {
          id: '4',
          name: { es: 'Suite', en: 'Suite' },
          maxGuests: 3,
          rate: 219,
          currency: 'EUR',
          photos: ['https://example.com/suite.jpg'],
        },
      ]);
      expect(rig.fake.requestsTo('GET', 'hotel_room_types')[0].query).toMatchObject({
        'filter[id_hotel]': '[1]',
        display: 'full',
        output_format: 'JSON',
      });
      expect(rig.fake.requestsTo('GET', 'room_types')[0].query).toMatchObject({
        display: '[id,name,price,active]',
        language: '1',
      });
    });

    it('takes every language’s name when told which QloApps language is which', async () => {
      const adapter = rig.adapterWith({ languageIds: { en: '1', es: '2' } });
      const [single] = await adapter.getRoomTypes(TENANT);
      expect(single.name).toEqual({ es: 'Habitación Individual', en: 'Single Room' });
      expect(rig.fake.requestsTo('GET', 'room_types')[0].query.language).toBeUndefined();
    });

    it('answers from memory for a few minutes, then asks QloApps again', async () => {
      await rig.adapter.getRoomTypes(TENANT);
      rig.clock.advance(4 * 60_000);
      await rig.adapter.getRoomTypes(TENANT);
      expect(rig.fake.requestsTo('GET', 'room_types')).toHaveLength(1);
      rig.clock.advance(2 * 60_000);
      await rig.adapter.getRoomTypes(TENANT);
      expect(rig.fake.requestsTo('GET', 'room_types')).toHaveLength(2);
    });
  });
});
