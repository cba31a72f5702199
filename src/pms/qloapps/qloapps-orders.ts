import { PmsRejectedError, PmsUnavailableError } from '../pms.errors';
import type { QloAppsAnswer, QloAppsClient, QloAppsRequest } from './qloapps.client';
import { QloAppsError } from './qloapps.errors';
import {
  type QloBooking,
  type QloOrder,
  readBooking,
  readOrder,
  readOrderSummaries,
} from './qloapps-reservation.mapper';

const SUMMARY = '[id,reference,current_state]';

/** Sends a request; QloApps' 400 error list becomes a business rejection. */
export async function send(client: QloAppsClient, request: QloAppsRequest): Promise<QloAppsAnswer> {
  try {
    return await client.request(request);
  } catch (error) {
    if (!(error instanceof QloAppsError)) throw error;
    // Every bookings validation failure is code 404; only this message means the rooms are gone.
    const isSoldOut = error.hasError(404, /not available/i);
    throw new PmsRejectedError(isSoldOut ? 'no_availability' : 'rejected', error.message, { cause: error });
  }
}

/** The body of an answer that must exist: a 404 there means the webservice lacks the resource. */
export function bodyOf(answer: QloAppsAnswer, what: string): unknown {
  if (!answer.found) throw new PmsUnavailableError(`QloApps answered 404 to ${what}.`);
  return answer.body;
}

/** Reads orders and bookings: by id, or found by the `source` or `reference` filters. */
export class QloAppsOrders {
  constructor(private readonly client: QloAppsClient) {}

  /** `GET orders/{id}`; undefined when QloApps does not know the id. */
  async fetchOrder(orderId: number, signal?: AbortSignal): Promise<QloOrder | undefined> {
    const answer = await send(this.client, { method: 'GET', path: `orders/${orderId}`, signal });
    return answer.found ? readOrder(answer.body) : undefined;
  }

  /** `GET bookings/{id}` (an unknown id is a 404 with an empty body); undefined when unknown. */
  async fetchBooking(orderId: number, signal?: AbortSignal): Promise<QloBooking | undefined> {
    const answer = await send(this.client, { method: 'GET', path: `bookings/${orderId}`, signal });
    return answer.found ? readBooking(answer.body) : undefined;
  }

  /** The order our create wrote `source` into; the lowest id if a double booking already happened. */
  async findBySource(source: string, signal?: AbortSignal): Promise<QloOrder | undefined> {
    return this.findOne('filter[source]', source, signal);
  }

  async findByReference(reference: string, signal?: AbortSignal): Promise<QloOrder | undefined> {
    return this.findOne('filter[reference]', reference, signal);
  }

  /** Callers pass values without `[]|%` (filter syntax): a token we made, or a checked reference. */
  private async findOne(filter: string, value: string, signal?: AbortSignal): Promise<QloOrder | undefined> {
    const answer = await send(this.client, {
      method: 'GET',
      path: 'orders',
      query: { [filter]: `[${value}]`, display: SUMMARY },
      signal,
    });
    return readOrderSummaries(bodyOf(answer, 'an orders search'))[0];
  }
}
