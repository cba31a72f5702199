import { PmsInvalidRequestError } from '../pms.errors';
import type { ReservationRequest } from '../pms.types';
import { buildBookingBody, cleanGuestName, guestEmail, sourceToken } from './qloapps-booking';

function request(overrides: Partial<ReservationRequest> = {}): ReservationRequest {
  return {
    tenantId: 'demo',
    roomTypeId: '2',
    checkIn: '2026-12-12',
    checkOut: '2026-12-15',
    guests: 2,
    guestName: 'Ana García',
    contact: { phone: '+34 611 111 111' },
    idempotencyKey: 'wamid.1',
    ...overrides,
  };
}

describe('QloApps booking bodies', () => {
  it.each([
    ['Ana García', 'Ana', 'García'],
    ['  ana   maría  GARCÍA-lópez ', 'ana', 'maría GARCÍA-lópez'],
    ['Seán O’Brien', 'Seán', "O'Brien"],
    ['Ana 🌞 García 2', 'Ana', 'García'],
    ['Ana_García!!', 'Ana', 'García'],
    ['Ana', 'Ana', 'Guest'],
    ['Wolfeschlegelsteinhausenbergerdorff Sr', 'Wolfeschlegelsteinhausenbergerdo', 'Sr'],
    ['李 小龍', '李', '小龍'],
  ])('cleans the name %p into %p %p', (raw, firstname, lastname) => {
    const name = cleanGuestName(raw);
    expect(name).toEqual({ firstname, lastname });
    expect(Array.from(name.firstname).length).toBeLessThanOrEqual(32);
  });

  it('refuses a name with no letters at all', () => {
    expect(() => cleanGuestName('🌞 123 !!')).toThrow(PmsInvalidRequestError);
  });

  it('keeps a real e-mail and puts a placeholder on a reserved domain otherwise', () => {
    expect(guestEmail(request({ contact: { email: 'ana@example.com' } }))).toBe('ana@example.com');
    const fromPhone = guestEmail(request());
    expect(fromPhone).toMatch(/^guest-[0-9a-f]{12}@guest\.invalid$/);
    expect(guestEmail(request({ idempotencyKey: 'other', contact: { phone: '+34611111111' } }))).toBe(
      fromPhone,
    );
    expect(guestEmail(request({ contact: {} }))).not.toBe(fromPhone);
    expect(guestEmail(request({ contact: { email: 'not an e-mail' } }))).toMatch(/@guest\.invalid$/);
  });

  it('derives a short stable source token from the idempotency key', () => {
    expect(sourceToken('wamid.1')).toMatch(/^agent:[0-9a-f]{12}$/);
    expect(sourceToken('wamid.1')).toBe(sourceToken('wamid.1'));
    expect(sourceToken('wamid.2')).not.toBe(sourceToken('wamid.1'));
  });

  it('asks for one room, all guests as adults under both spellings, paid at the hotel', () => {
    expect(buildBookingBody(request(), { hotelId: 1, currency: 'EUR', roomTypeId: 2 }, 'agent:x')).toEqual({
      booking: {
        id_property: 1,
        currency: 'EUR',
        booking_status: 1,
        payment_status: 3,
        source: 'agent:x',
        associations: {
          customer_detail: {
            firstname: 'Ana',
            lastname: 'García',
            email: guestEmail(request()),
            phone: '+34611111111',
          },
          payment_detail: { payment_type: 'pay at hotel', payment_method: 'Pay at hotel' },
          room_types: [
            {
              id_room_type: 2,
              checkin_date: '2026-12-12',
              checkout_date: '2026-12-15',
              number_of_rooms: 1,
              rooms: [{ adults: 2, adult: 2, child: 0 }],
            },
          ],
        },
      },
    });
  });
});
