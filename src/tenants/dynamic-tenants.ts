import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppError } from '../common/errors/app-error';
import { Store } from '../storage/store.port';
import type { Tenant } from './tenant';
import { saveTenantScript } from './dynamic-tenants.scripts';

const TENANTS_KEY = 'tenants';
const WHATSAPP_INDEX = 'tenants:index:whatsapp';
const GMAIL_INDEX = 'tenants:index:gmail';
/**
 * Replicas cache what they read for this long: a changed tenant reaches every replica within it,
 * and the webhook path does not pay a store round trip per message.
 */
export const DYNAMIC_TENANT_CACHE_MS = 5000;

export class TenantConflictError extends AppError {
  readonly code = 'tenant-conflict';
  readonly httpStatus = 409;
}

type Lookup = { tenant: Tenant | null };
type Parsed = { json: string; tenant: Tenant };

/** Tenants managed through the admin API, kept in the store with indexes by channel address. */
@Injectable()
export class DynamicTenants {
  private readonly cache = new LRUCache<string, Lookup>({ max: 10_000, ttl: DYNAMIC_TENANT_CACHE_MS });
  /**
   * The last object each tenant's JSON was parsed into. A tenant read again unchanged (by another
   * key, or after the cache's TTL) is the same object, so what is derived from it once per object
   * (the NLU thread is sent a hotel's room types once per array) is not derived again.
   */
  private readonly parsed = new LRUCache<string, Parsed>({ max: 10_000 });

  constructor(private readonly store: Store) {}

  async get(tenantId: string): Promise<Tenant | null> {
    return this.cached(`id:${tenantId}`, () => this.read(tenantId));
  }

  async byWhatsAppNumber(phoneNumberId: string): Promise<Tenant | null> {
    return this.cached(`wa:${phoneNumberId}`, async () => {
      const id = await this.store.hashGet(WHATSAPP_INDEX, phoneNumberId);
      return id ? this.read(id) : null;
    });
  }

  async byGmailAddress(address: string): Promise<Tenant | null> {
    return this.cached(`gm:${address.toLowerCase()}`, async () => {
      const id = await this.store.hashGet(GMAIL_INDEX, address.toLowerCase());
      return id ? this.read(id) : null;
    });
  }

  async list(): Promise<Tenant[]> {
    const all = await this.store.hashGetAll(TENANTS_KEY);
    return Object.values(all).map((json) => JSON.parse(json) as Tenant);
  }

  /** Creates or replaces a (validated) tenant; its WhatsApp numbers and mailbox must be its own. */
  async save(tenant: Tenant): Promise<void> {
    const numbers = tenant.channels.whatsapp?.phoneNumberIds ?? [];
    const address = tenant.channels.gmail?.address.toLowerCase() ?? '';
    const owner = await this.store.run(
      saveTenantScript,
      [TENANTS_KEY, WHATSAPP_INDEX, GMAIL_INDEX],
      [tenant.id, JSON.stringify(tenant), JSON.stringify(numbers), address],
    );
    if (owner) throw new TenantConflictError(`Tenant ${owner} already uses one of these channel addresses.`);
    this.cache.clear();
  }

  /** Removes a dynamic tenant; true when there was one. */
  async remove(tenantId: string): Promise<boolean> {
    const existed = (await this.store.hashGet(TENANTS_KEY, tenantId)) !== null;
    await this.store.run(
      saveTenantScript,
      [TENANTS_KEY, WHATSAPP_INDEX, GMAIL_INDEX],
      [tenantId, '', '[]', ''],
    );
    this.cache.clear();
    return existed;
  }

  private async cached(key: string, load: () => Promise<Tenant | null>): Promise<Tenant | null> {
    const hit = this.cache.get(key);
    if (hit) return hit.tenant;
    const tenant = await load();
    this.cache.set(key, { tenant });
    return tenant;
  }

  private async read(tenantId: string): Promise<Tenant | null> {
    const json = await this.store.hashGet(TENANTS_KEY, tenantId);
    if (!json) return null;
    const previous = this.parsed.get(tenantId);
    if (previous?.json === json) return previous.tenant;
    const tenant = JSON.parse(json) as Tenant;
    this.parsed.set(tenantId, { json, tenant });
    return tenant;
  }
}
