import {
  errors,
  type FakeAnswer,
  type FakeCall,
  type FakeHotel,
  type FakeOrder,
  type FakeRoomType,
  fixture,
  json,
  nightsOf,
  withTax,
} from './fake-qloapps-hotel';
import { bookingsResource } from './fake-qloapps-bookings';

// The resources of the fake QloApps, answering as the reference says QloApps 1.6.1 does.

export type AriShape = 'source' | 'docs';

export function route(hotel: FakeHotel, call: FakeCall, ariShape: AriShape): FakeAnswer {
  switch (call.resource) {
    case 'hotel_ari':
      return call.method === 'POST'
        ? hotelAri(hotel, call.body, ariShape)
        : errors(405, [70, 'Method not allowed']);
    case 'hotel_room_types':
      return hotelRoomTypes(hotel, call.query);
    case 'room_types':
      return roomTypes(hotel, call.query);
    case 'bookings':
      return bookingsResource(hotel, call);
    case 'orders':
      return orders(hotel, call);
    case 'order_histories':
      return call.method === 'POST'
        ? orderHistory(hotel, call.body)
        : errors(405, [70, 'Method not allowed']);
    default:
      return errors(400, [16, `Resource of type "${call.resource}" does not exist`]);
  }
}

export function xmlTag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(xml)?.[1];
}

/** `[1]` → `1`, as PrestaShop's exact-match filter syntax. */
function filterValue(query: URLSearchParams, field: string): string | undefined {
  return /^\[(.*)\]$/.exec(query.get(`filter[${field}]`) ?? '')?.[1];
}

function hotelAri(hotel: FakeHotel, rawBody: string, shape: AriShape): FakeAnswer {
  const xml = rawBody.replace(/^xml=/, '');
  if (!xmlTag(xml, 'id_hotel')) return json(400, JSON.parse(fixture('hotel-ari-400.json')));
  const dateFrom = xmlTag(xml, 'date_from') ?? '';
  const dateTo = xmlTag(xml, 'date_to') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateFrom) || !(dateTo > dateFrom))
    return errors(400, [85, 'Invalid dates']);
  if (Number(xmlTag(xml, 'id_hotel')) !== hotel.hotelId) return errors(400, [85, 'Hotel not found']);
  const occupancies = [...xml.matchAll(/<room_occupancy>([\s\S]*?)<\/room_occupancy>/g)].map((m) => m[1]);
  const isComplete = (o: string): boolean =>
    xmlTag(o, 'adults') !== undefined && xmlTag(o, 'children') !== undefined;
  if (occupancies.length === 0 || !occupancies.every(isComplete)) {
    return errors(400, [85, 'Invalid room occupancy: adults and children are required']);
  }
  const wanted = xmlTag(xml, 'id_room_type');
  // Like QloApps 1.6.1: occupancy does not filter (the client must).
  const types = hotel.roomTypes.filter((type) => wanted === undefined || String(type.id) === wanted);
  const nights = nightsOf(dateFrom, dateTo);
  const entries = types.map((type) =>
    ariRoomType(hotel, type, dateFrom, dateTo, nights * occupancies.length, shape),
  );
  const available = entries.reduce((sum, entry) => sum + entry.count, 0);
  return json(200, {
    hotel_ari: {
      id_hotel: shape === 'source' ? String(hotel.hotelId) : hotel.hotelId,
      date_from: dateFrom,
      date_to: dateTo,
      currency: hotel.currency,
      total_rooms: hotel.roomTypes.reduce((sum, type) => sum + type.rooms.length, 0),
      total_available_rooms: available,
      ...(entries.length > 0 ? { room_types: entries.map((entry) => entry.json) } : {}),
    },
  });
}

function ariRoomType(
  hotel: FakeHotel,
  type: FakeRoomType,
  dateFrom: string,
  dateTo: string,
  roomNights: number,
  shape: AriShape,
): { count: number; json: unknown } {
  const free = hotel.freeRooms(type, dateFrom, dateTo);
  const sourceRooms = Object.fromEntries(
    free.map((room) => [
      String(room.id),
      {
        id_room: String(room.id),
        id_product: String(type.id),
        id_hotel: String(hotel.hotelId),
        room_num: room.num,
        room_comment: '',
        max_adult: String(type.maxAdults),
        max_children: String(type.maxChildren),
        max_occupancy: String(type.maxGuests),
      },
    ]),
  );
  const docsRooms = free.map((room) => ({ id_room: String(room.id), room_number: room.num }));
  return {
    count: free.length,
    json: {
      id_room_type: shape === 'source' ? String(type.id) : type.id,
      name:
        shape === 'source' ? type.names[2] : Object.entries(type.names).map(([id, value]) => ({ id, value })),
      base_price: type.basePrice,
      base_price_with_tax: withTax(type.basePrice),
      total_price: type.basePrice * roomNights,
      total_price_with_tax: withTax(type.basePrice * roomNights),
      rooms: { available: shape === 'source' ? (free.length > 0 ? sourceRooms : []) : docsRooms },
    },
  };
}

function hotelRoomTypes(hotel: FakeHotel, query: URLSearchParams): FakeAnswer {
  const hotelId = filterValue(query, 'id_hotel');
  const types = hotelId === undefined || hotelId === String(hotel.hotelId) ? hotel.roomTypes : [];
  if (types.length === 0) return json(200, []);
  return json(200, {
    hotel_room_types: types.map((type, i) => ({
      id: String(i + 1),
      id_product: String(type.id),
      id_hotel: String(hotel.hotelId),
      adults: String(type.maxAdults),
      children: '0',
      max_adults: String(type.maxAdults),
      max_children: String(type.maxChildren),
      max_guests: String(type.maxGuests),
    })),
  });
}

function roomTypes(hotel: FakeHotel, query: URLSearchParams): FakeAnswer {
  if (query.has('filter[id_hotel]')) return errors(400, [34, 'Unable to filter by this field']);
  const language = query.get('language') as '1' | '2' | null;
  return json(200, {
    room_types: hotel.roomTypes.map((type) => ({
      id: type.id,
      name: language
        ? type.names[language]
        : Object.entries(type.names).map(([id, value]) => ({ id, value })),
      price: type.basePrice.toFixed(6),
      active: '1',
    })),
  });
}

function orders(hotel: FakeHotel, call: FakeCall): FakeAnswer {
  if (call.method !== 'GET') return errors(405, [70, 'Method not allowed']);
  if (call.id !== undefined) {
    const order = hotel.orders.get(Number(call.id));
    return order ? json(200, { order: hotel.orderJson(order) }) : errors(404, [87, 'Id not found']);
  }
  const source = filterValue(call.query, 'source');
  const reference = filterValue(call.query, 'reference');
  const matches = [...hotel.orders.values()].filter(
    (order: FakeOrder) =>
      (source === undefined || order.source === source) &&
      (reference === undefined || order.reference === reference),
  );
  if (matches.length === 0) return json(200, []);
  const fields = /^\[(.*)\]$/.exec(call.query.get('display') ?? '[id]')?.[1].split(',') ?? ['id'];
  const pick = (order: FakeOrder): Record<string, unknown> =>
    Object.fromEntries(Object.entries(hotel.orderJson(order)).filter(([field]) => fields.includes(field)));
  return json(200, { orders: matches.map(pick) });
}

function orderHistory(hotel: FakeHotel, body: string): FakeAnswer {
  const order = hotel.orders.get(Number(xmlTag(body, 'id_order')));
  const state = Number(xmlTag(body, 'id_order_state'));
  if (!order || !Number.isInteger(state) || state < 1) return errors(400, [85, 'Invalid order history']);
  order.state = state;
  return json(201, { order_history: { id: 1, id_order: order.id, id_order_state: state } });
}
