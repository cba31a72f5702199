import type { LocalizedText } from '../../tenants/tenant';
import type { RoomOffer, RoomTypeInfo } from '../pms.types';
import { garbage, isObject, readCurrency, readEntries, readId, readNumber, roundMoney } from './qloapps-json';
import { localizeName, type NameSources } from './qloapps-names';

export interface AriContext extends NameSources {
  currency: string;
  /** Capacities from the tenant's room types, by id, when its ids are QloApps ids. */
  tenantCapacities: ReadonlyMap<string, number>;
  /** The room type catalogue (getRoomTypes), once loaded. */
  catalog?: ReadonlyMap<string, RoomTypeInfo>;
}

export interface AriMapping {
  offers: RoomOffer[];
  /** Some room type lacked a name or a capacity that the catalogue may supply: map again with it. */
  needsCatalog: boolean;
}

export interface Party {
  guests: number;
  nights: number;
}

/**
 * Reads a `hotel_ari` answer in the source shape (rooms keyed by id, `room_num`, capacities) or the
 * docs shape (rooms as a list, `room_number`, no capacities). QloApps does not filter by occupancy,
 * so room types whose rooms cannot hold the party are dropped here.
 */
export function mapHotelAri(body: unknown, party: Party, context: AriContext): AriMapping {
  const ari = isObject(body) ? body.hotel_ari : undefined;
  if (!isObject(ari)) throw garbage('hotel_ari without a hotel_ari object');
  const roomTypes = readEntries(ari.room_types);
  if (!roomTypes) throw garbage('hotel_ari with room_types that are not a list');
  const currency = readCurrency(ari.currency) ?? context.currency;
  const mapping: AriMapping = { offers: [], needsCatalog: false };
  for (const raw of roomTypes) {
    const offer = mapAriRoomType(raw, party, context, currency, mapping);
    if (offer) mapping.offers.push(offer);
  }
  return mapping;
}

function mapAriRoomType(
  raw: unknown,
  party: Party,
  context: AriContext,
  currency: string,
  mapping: AriMapping,
): RoomOffer | undefined {
  if (!isObject(raw)) throw garbage('hotel_ari with a room type that is not an object');
  const id = readId(raw.id_room_type);
  if (id === undefined) throw garbage('hotel_ari with a room type without id_room_type');
  const roomTypeId = String(id);
  const rooms = readEntries(isObject(raw.rooms) ? raw.rooms.available : undefined);
  if (!rooms) throw garbage('hotel_ari with rooms.available that is not a list');
  const catalogued = context.catalog?.get(roomTypeId);
  const typeCapacity = catalogued?.maxGuests ?? context.tenantCapacities.get(roomTypeId);
  const capacities = rooms.map((room) => roomCapacity(room) ?? typeCapacity);
  if (!context.catalog && rooms.some((room) => roomCapacity(room) === undefined)) mapping.needsCatalog = true;
  // A capacity nobody publishes is taken to fit: QloApps itself checks occupancy when booking.
  const fitting = capacities.filter((capacity) => capacity === undefined || capacity >= party.guests);
  if (fitting.length === 0) return undefined;

  const name = localizeName(raw.name, roomTypeId, context, catalogued?.name);
  if (!name && !context.catalog) mapping.needsCatalog = true;
  const known = fitting.filter((capacity): capacity is number => capacity !== undefined);
  return {
    roomTypeId,
    name: name ?? placeholderName(roomTypeId, context.languages),
    maxGuests: known.length > 0 ? Math.max(...known) : party.guests,
    roomsLeft: fitting.length,
    ...readPrices(raw, party.nights),
    currency,
  };
}

/** Guests one room holds: every guest we book is an adult, so the adult limit counts too. */
function roomCapacity(room: unknown): number | undefined {
  if (!isObject(room)) return undefined;
  return smallest(readNumber(room.max_adult), readNumber(room.max_occupancy));
}

function smallest(...values: Array<number | undefined>): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

/** `base_price*` is the average night, `total_price*` the stay for the one room we ask about. */
function readPrices(raw: Record<string, unknown>, nights: number): { nightlyRate: number; total: number } {
  const nightly = readNumber(raw.base_price_with_tax) ?? readNumber(raw.base_price);
  const total = readNumber(raw.total_price_with_tax) ?? readNumber(raw.total_price);
  if ((nightly ?? 0) < 0 || (total ?? 0) < 0) throw garbage('hotel_ari with a negative price');
  if (nightly !== undefined)
    return { nightlyRate: roundMoney(nightly), total: roundMoney(total ?? nightly * nights) };
  if (total !== undefined) return { nightlyRate: roundMoney(total / nights), total: roundMoney(total) };
  throw garbage('hotel_ari with a free room type without prices');
}

function placeholderName(roomTypeId: string, languages: readonly string[]): LocalizedText {
  return Object.fromEntries(languages.map((language) => [language, `#${roomTypeId}`]));
}

export interface CatalogContext extends NameSources {
  hotelId: number;
  currency: string;
  tenantCapacities: ReadonlyMap<string, number>;
  photos: ReadonlyMap<string, readonly string[]>;
}

/** Joins `hotel_room_types` (which room types this hotel has, capacities) with `room_types` (names, price). */
export function mapRoomTypeCatalog(
  hotelRoomTypes: unknown,
  roomTypes: unknown,
  context: CatalogContext,
): RoomTypeInfo[] {
  const products = new Map<string, Record<string, unknown>>();
  for (const entry of readList(roomTypes, 'room_types')) {
    const id = isObject(entry) ? readId(entry.id) : undefined;
    if (isObject(entry) && id !== undefined) products.set(String(id), entry);
  }
  const catalog: RoomTypeInfo[] = [];
  for (const entry of readList(hotelRoomTypes, 'hotel_room_types')) {
    if (!isObject(entry)) throw garbage('hotel_room_types with an entry that is not an object');
    const id = readId(entry.id_product);
    if (id === undefined) throw garbage('hotel_room_types with an entry without id_product');
    if (readId(entry.id_hotel) !== context.hotelId) continue;
    const product = products.get(String(id));
    if (product && readNumber(product.active) === 0) continue;
    catalog.push(mapCatalogEntry(String(id), entry, product, context));
  }
  return catalog;
}

function mapCatalogEntry(
  id: string,
  entry: Record<string, unknown>,
  product: Record<string, unknown> | undefined,
  context: CatalogContext,
): RoomTypeInfo {
  const maxGuests =
    smallest(readNumber(entry.max_adults), readNumber(entry.max_guests)) ??
    readNumber(entry.adults) ??
    context.tenantCapacities.get(id);
  if (maxGuests === undefined) throw garbage('hotel_room_types with a room type without capacity');
  const rate = readNumber(product?.price);
  return {
    id,
    name: localizeName(product?.name, id, context) ?? placeholderName(id, context.languages),
    maxGuests,
    // QloApps' product price: the base rate before tax.
    ...(rate !== undefined && rate >= 0 ? { rate: roundMoney(rate) } : {}),
    currency: context.currency,
    photos: context.photos.get(id) ?? [],
  };
}

/** A list answer: bare `[]` when empty, else `{"<resource>": [...] | {id: {...}}}`. */
export function readList(body: unknown, resource: string): unknown[] {
  if (Array.isArray(body) && body.length === 0) return [];
  const entries = isObject(body) && resource in body ? readEntries(body[resource]) : undefined;
  if (!entries) throw garbage(`${resource} without a ${resource} list`);
  return entries;
}
