import {
  errors,
  type FakeAnswer,
  type FakeCall,
  type FakeHotel,
  fixture,
  json,
  nightsOf,
  TAX_RATE,
} from './fake-qloapps-hotel';

// `bookings`: POST creates (JSON body), GET reads by order id; PUT and DELETE are not for us.

interface BookingInput {
  id_property?: unknown;
  currency?: unknown;
  booking_status?: unknown;
  payment_status?: unknown;
  source?: unknown;
  associations?: {
    customer_detail?: { firstname?: unknown; lastname?: unknown; email?: unknown; phone?: unknown };
    room_types?: Array<{
      id_room_type?: unknown;
      checkin_date?: unknown;
      checkout_date?: unknown;
      number_of_rooms?: unknown;
      rooms?: Array<{ adults?: unknown; adult?: unknown; child?: unknown }>;
    }>;
  };
}

// What PrestaShop's Validate::isName and isEmail let through, roughly.
const NAME = /^[^0-9!<>,;?=+()@#"°{}_$%:]{1,32}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]+$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function bookingsResource(hotel: FakeHotel, call: FakeCall): FakeAnswer {
  if (call.method === 'GET') {
    if (call.id === undefined) return json(200, { bookings: [...hotel.orders.keys()].map((id) => ({ id })) });
    const order = hotel.orders.get(Number(call.id));
    return order ? json(200, hotel.bookingJson(order)) : { status: 404, body: '' };
  }
  if (call.method !== 'POST' || call.id !== undefined) return errors(405, [70, 'Method not allowed']);
  return createBooking(hotel, call.body);
}

function parse(raw: string): BookingInput | undefined {
  try {
    const parsed = JSON.parse(raw) as { booking?: BookingInput } | null;
    return typeof parsed?.booking === 'object' && parsed.booking !== null ? parsed.booking : undefined;
  } catch {
    return undefined;
  }
}

function createBooking(hotel: FakeHotel, raw: string): FakeAnswer {
  const booking = parse(raw);
  if (!booking) return errors(400, [127, 'Invalid request.']);
  if (Number(booking.id_property) !== hotel.hotelId) return errors(400, [404, 'Hotel not found.']);
  if (booking.currency !== hotel.currency) return errors(400, [404, 'Invalid currency.']);
  if (booking.booking_status !== 1 || ![1, 2, 3].includes(Number(booking.payment_status))) {
    return errors(400, [404, 'Invalid booking or payment status.']);
  }
  const customer = booking.associations?.customer_detail;
  const { firstname, lastname, email, phone } = customer ?? {};
  if (typeof firstname !== 'string' || typeof lastname !== 'string' || typeof email !== 'string') {
    return errors(400, [127, 'Invalid request.'], [404, 'Customer details not found.']);
  }
  if (!NAME.test(firstname) || !NAME.test(lastname) || !EMAIL.test(email)) {
    return errors(400, [404, 'Invalid customer details.']);
  }
  const roomTypes = booking.associations?.room_types ?? [];
  if (roomTypes.length !== 1) return errors(400, [404, 'Invalid room types.']);
  const [wanted] = roomTypes;
  const type = hotel.roomType(Number(wanted.id_room_type));
  if (!type) return errors(400, [404, 'Room type not found.']);
  const checkIn = String(wanted.checkin_date);
  const checkOut = String(wanted.checkout_date);
  if (!DATE.test(checkIn) || !DATE.test(checkOut) || !(checkOut > checkIn)) {
    return errors(400, [404, 'Invalid dates.']);
  }
  if (wanted.number_of_rooms !== 1 || wanted.rooms?.length !== 1) {
    return errors(400, [404, 'Invalid number of rooms.']);
  }
  const adults = Number(wanted.rooms[0].adult); // 1.6.1 reads `adult`
  if (!Number.isInteger(adults) || adults < 1 || adults > type.maxAdults) {
    return errors(400, [404, 'Invalid occupancy.']);
  }
  const [room] = hotel.freeRooms(type, checkIn, checkOut);
  if (!room) return json(400, JSON.parse(fixture('booking-400-sold-out.json')));
  const totalWithoutTax = type.basePrice * nightsOf(checkIn, checkOut);
  const order = hotel.addOrder({
    source: typeof booking.source === 'string' ? booking.source : 'webservice',
    roomId: room.id,
    roomTypeId: type.id,
    checkIn,
    checkOut,
    adults,
    customer: { firstname, lastname, email, ...(typeof phone === 'string' ? { phone } : {}) },
    totalWithoutTax,
    tax: Math.round(totalWithoutTax * TAX_RATE * 100) / 100,
    currency: hotel.currency,
  });
  return json(200, hotel.bookingJson(order));
}
