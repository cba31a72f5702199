import type { Store } from '../../storage/store.port';
import type { Reservation } from '../pms.types';
import { isObject, readId } from './qloapps-json';

// Long enough for every retry of one conversation's booking, including a guest who comes back days later.
const ATTEMPT_TTL_MS = 3 * 24 * 3_600_000;
// Guests ask about a booking until after their stay, which can be a year ahead.
const REFERENCE_TTL_MS = 400 * 24 * 3_600_000;

/**
 * What we know about one idempotency key. `pending`: a create may or may not have reached QloApps
 * (look it up by source before creating); `orderId` once QloApps told us the order. `done`: booked.
 */
export type CreateAttempt =
  { state: 'pending'; orderId?: number } | { state: 'done'; orderId: number; reservation: Reservation };

function isReservation(value: unknown): value is Reservation {
  return (
    isObject(value) &&
    typeof value.reference === 'string' &&
    typeof value.status === 'string' &&
    typeof value.total === 'number'
  );
}

/** Reads a stored attempt; an unreadable one counts as pending, so we look before we book. */
function parseAttempt(raw: string): CreateAttempt {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { state: 'pending' };
  }
  const orderId = isObject(value) ? readId(value.orderId) : undefined;
  if (isObject(value) && value.state === 'done' && orderId && isReservation(value.reservation)) {
    return { state: 'done', orderId, reservation: value.reservation };
  }
  return orderId ? { state: 'pending', orderId } : { state: 'pending' };
}

/** The create attempts and reference → order id mappings of one tenant's QloApps, in the store. */
export class QloAppsRecords {
  constructor(
    private readonly store: Store,
    private readonly tenantId: string,
  ) {}

  async readAttempt(idempotencyKey: string): Promise<CreateAttempt | undefined> {
    const raw = await this.store.get(this.attemptKey(idempotencyKey));
    return raw === null ? undefined : parseAttempt(raw);
  }

  async saveAttempt(idempotencyKey: string, attempt: CreateAttempt): Promise<void> {
    await this.store.set(this.attemptKey(idempotencyKey), JSON.stringify(attempt), ATTEMPT_TTL_MS);
  }

  async clearAttempt(idempotencyKey: string): Promise<void> {
    await this.store.delete(this.attemptKey(idempotencyKey));
  }

  async orderIdFor(reference: string): Promise<number | undefined> {
    const raw = await this.store.get(this.referenceKey(reference));
    return raw === null ? undefined : readId(raw);
  }

  async rememberReference(reference: string, orderId: number): Promise<void> {
    await this.store.set(this.referenceKey(reference), String(orderId), REFERENCE_TTL_MS);
  }

  private attemptKey(idempotencyKey: string): string {
    return `pms:${this.tenantId}:qloapps:attempt:${idempotencyKey}`;
  }

  private referenceKey(reference: string): string {
    return `pms:${this.tenantId}:qloapps:ref:${reference.toUpperCase()}`;
  }
}
