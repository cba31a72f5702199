import type { Clock } from '../../common/clock';
import type { Store } from '../../storage/store.port';
import type { RoomType } from '../../tenants/tenant';
import { PmsAdapter } from '../pms-adapter.port';
import { PmsRejectedError, PmsUnavailableError } from '../pms.errors';
import type {
  Availability,
  AvailabilityQuery,
  Reservation,
  ReservationRequest,
  RoomTypeInfo,
} from '../pms.types';
import { nightsBetween } from '../stay-validation';
import { QloAppsClient } from './qloapps.client';
import { type AriContext, mapHotelAri, mapRoomTypeCatalog } from './qloapps.mapper';
import { buildHotelAriXml, buildOrderHistoryXml } from './qloapps.xml';
import { buildBookingBody, sourceToken } from './qloapps-booking';
import type { NameSources } from './qloapps-names';
import { bodyOf, QloAppsOrders, send } from './qloapps-orders';
import { ORDER_STATE_CANCELLED } from './qloapps-reservation.mapper';
import { LOOKUP_TIMEOUT_MS, QloAppsReservations } from './qloapps-reservations';

export interface QloAppsSettings {
  tenantId: string;
  baseUrl: string;
  apiKey: string;
  hotelId: number;
  currency: string;
  /** The tenant's languages; the first is the default. */
  languages: readonly string[];
  /** The tenant's room types: names and photos for the QloApps room types with the same id. */
  roomTypes: ReadonlyArray<Pick<RoomType, 'id' | 'name' | 'maxGuests' | 'photos'>>;
  /** ISO 639-1 code → QloApps `id_lang`, to read per-language names. */
  languageIds?: Record<string, string>;
  /** `dispatcher` for servers without QloApps' rewrite rules (see QloAppsClientOptions). */
  entryPoint?: 'rewrite' | 'dispatcher';
  requestTimeoutMs?: number;
  roomTypesCacheMs?: number;
}

const ROOM_TYPES_CACHE_MS = 5 * 60_000;

/**
 * The QloApps webservice as our PMS, for one tenant (one QloApps hotel). Built by the PMS module's
 * factory, not a Nest provider. Creates are not idempotent in QloApps; QloAppsReservations makes
 * them so.
 */
export class QloAppsAdapter extends PmsAdapter {
  private readonly client: QloAppsClient;
  private readonly orders: QloAppsOrders;
  private readonly reservations: QloAppsReservations;
  private readonly names: NameSources;
  private readonly tenantCapacities: ReadonlyMap<string, number>;
  private catalog?: { expiresAt: number; roomTypes: RoomTypeInfo[] };

  constructor(
    private readonly settings: QloAppsSettings,
    store: Store,
    private readonly clock: Clock,
  ) {
    super();
    this.client = new QloAppsClient({
      baseUrl: settings.baseUrl,
      apiKey: settings.apiKey,
      entryPoint: settings.entryPoint,
      timeoutMs: settings.requestTimeoutMs,
    });
    this.orders = new QloAppsOrders(this.client);
    this.reservations = new QloAppsReservations(this.client, this.orders, store, settings);
    this.names = {
      languages: settings.languages,
      languageIds: settings.languageIds ?? {},
      tenantNames: new Map(settings.roomTypes.map((type) => [type.id, type.name])),
    };
    this.tenantCapacities = new Map(settings.roomTypes.map((type) => [type.id, type.maxGuests]));
  }

  async checkAvailability(query: AvailabilityQuery, signal?: AbortSignal): Promise<Availability> {
    this.assertTenant(query.tenantId);
    const roomTypeId = query.roomTypeId === undefined ? undefined : qloRoomTypeId(query.roomTypeId);
    const xml = buildHotelAriXml({
      hotelId: this.settings.hotelId,
      dateFrom: query.checkIn,
      dateTo: query.checkOut,
      roomTypeId,
      adults: query.guests,
      children: 0,
    });
    const answer = await send(this.client, { method: 'POST', path: 'hotel_ari', body: { xml }, signal });
    const body = bodyOf(answer, 'hotel_ari');
    const party = { guests: query.guests, nights: nightsBetween(query.checkIn, query.checkOut) };
    let mapping = mapHotelAri(body, party, this.ariContext(this.cachedCatalog()));
    if (mapping.needsCatalog) {
      // Names and capacities are a nicety here: without the catalogue the offers still stand.
      const catalog = await this.loadCatalog(signal).catch(() => []);
      mapping = mapHotelAri(body, party, this.ariContext(catalog));
    }
    const offers = mapping.offers.filter((offer) => !roomTypeId || offer.roomTypeId === String(roomTypeId));
    return { offers, checkedAt: this.clock.date().toISOString(), stale: false };
  }

  async getRoomTypes(tenantId: string, signal?: AbortSignal): Promise<RoomTypeInfo[]> {
    this.assertTenant(tenantId);
    return this.cachedCatalog() ?? this.loadCatalog(signal);
  }

  async createReservation(request: ReservationRequest, signal?: AbortSignal): Promise<Reservation> {
    this.assertTenant(request.tenantId);
    const target = {
      hotelId: this.settings.hotelId,
      currency: this.settings.currency,
      roomTypeId: qloRoomTypeId(request.roomTypeId),
    };
    const source = sourceToken(request.idempotencyKey);
    return this.reservations.create(request, buildBookingBody(request, target, source), source, signal);
  }

  async getReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation> {
    this.assertTenant(tenantId);
    const found = await this.reservations.find(reference, signal);
    return found.reservation;
  }

  async cancelReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation> {
    this.assertTenant(tenantId);
    const { orderId, booking, reservation } = await this.reservations.find(reference, signal);
    if (reservation.status === 'cancelled') {
      throw new PmsRejectedError(
        'already_cancelled',
        `Reservation ${reservation.reference} is already cancelled.`,
      );
    }
    // A new order history entry, never PUT bookings/{id}: PUT replaces the booking and drops its rooms.
    const xml = buildOrderHistoryXml(orderId, ORDER_STATE_CANCELLED);
    try {
      await send(this.client, { method: 'POST', path: 'order_histories', body: { xml }, signal });
    } catch (error) {
      if (!(error instanceof PmsUnavailableError)) throw error;
      // The answer was lost, not necessarily the cancellation (a PHP notice after the save): look.
      const order = await this.orders
        .fetchOrder(orderId, AbortSignal.timeout(LOOKUP_TIMEOUT_MS))
        .catch(() => undefined);
      if (order?.state !== ORDER_STATE_CANCELLED) throw error;
      return this.reservations.toReservation(booking, order);
    }
    const order = await this.orders.fetchOrder(orderId, signal);
    if (order?.state !== ORDER_STATE_CANCELLED) {
      throw new PmsUnavailableError(
        `QloApps accepted the cancellation of ${reservation.reference} but the order is in state ${order?.state ?? 'unknown'}.`,
      );
    }
    return this.reservations.toReservation(booking, order);
  }

  private ariContext(catalog: RoomTypeInfo[] | undefined): AriContext {
    return {
      ...this.names,
      currency: this.settings.currency,
      tenantCapacities: this.tenantCapacities,
      ...(catalog ? { catalog: new Map(catalog.map((type) => [type.id, type])) } : {}),
    };
  }

  private cachedCatalog(): RoomTypeInfo[] | undefined {
    return this.catalog && this.catalog.expiresAt > this.clock.now() ? this.catalog.roomTypes : undefined;
  }

  private async loadCatalog(signal?: AbortSignal): Promise<RoomTypeInfo[]> {
    const { hotelId, languageIds } = this.settings;
    const get = async (path: string, query: Record<string, string>): Promise<unknown> =>
      bodyOf(await send(this.client, { method: 'GET', path, query, signal }), path);
    // Knowing which QloApps language is which, we take every language's name (a list); otherwise
    // one language as a plain string.
    const language: Record<string, string> = languageIds ? {} : { language: '1' };
    const [hotelRoomTypes, roomTypes] = await Promise.all([
      get('hotel_room_types', { 'filter[id_hotel]': `[${hotelId}]`, display: 'full' }),
      get('room_types', { display: '[id,name,price,active]', ...language }),
    ]);
    const catalog = mapRoomTypeCatalog(hotelRoomTypes, roomTypes, {
      ...this.names,
      hotelId,
      currency: this.settings.currency,
      tenantCapacities: this.tenantCapacities,
      photos: new Map(this.settings.roomTypes.map((type) => [type.id, type.photos])),
    });
    const ttlMs = this.settings.roomTypesCacheMs ?? ROOM_TYPES_CACHE_MS;
    this.catalog = { expiresAt: this.clock.now() + ttlMs, roomTypes: catalog };
    return catalog;
  }

  /** One adapter serves one tenant; another tenant's id here is a wiring bug, not a guest's. */
  private assertTenant(tenantId: string): void {
    if (tenantId !== this.settings.tenantId) {
      throw new Error(`QloAppsAdapter for tenant ${this.settings.tenantId} was asked about ${tenantId}.`);
    }
  }
}

/** QloApps knows room types by number; any other id cannot be one of its room types. */
function qloRoomTypeId(roomTypeId: string): number {
  const id = /^\d{1,9}$/.test(roomTypeId) ? Number(roomTypeId) : 0;
  if (id <= 0)
    throw new PmsRejectedError('unknown_room_type', `"${roomTypeId}" is not a QloApps room type id.`);
  return id;
}
