import type { Tenant } from './tenant';

export const REDACTED = '[redacted]';

type SecretPath = readonly [keyof Tenant, ...string[]];

/** Where a tenant holds credentials: never shown by the admin API. */
const SECRET_PATHS: SecretPath[] = [
  ['channels', 'whatsapp', 'accessToken'],
  ['channels', 'gmail', 'clientSecret'],
  ['channels', 'gmail', 'refreshToken'],
  ['pms', 'apiKey'],
];

function walk(
  tenant: Tenant,
  path: SecretPath,
  apply: (holder: Record<string, unknown>, key: string) => void,
): void {
  let holder = tenant as unknown as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = holder[key];
    if (typeof next !== 'object' || next === null) return;
    holder = next as Record<string, unknown>;
  }
  apply(holder, path[path.length - 1]);
}

/** A copy with every credential replaced by "[redacted]". */
export function redactTenant(tenant: Tenant): Tenant {
  const copy = structuredClone(tenant);
  for (const path of SECRET_PATHS) {
    walk(copy, path, (holder, key) => {
      if (typeof holder[key] === 'string') holder[key] = REDACTED;
    });
  }
  return copy;
}

/** Where an update says "[redacted]" (it was read back from the API), the stored secret stays. */
export function keepRedactedSecrets(update: Tenant, current: Tenant | null): Tenant {
  const merged = structuredClone(update);
  for (const path of SECRET_PATHS) {
    walk(merged, path, (holder, key) => {
      if (holder[key] !== REDACTED) return;
      let previous: unknown;
      if (current) walk(current, path, (old, oldKey) => (previous = old[oldKey]));
      if (typeof previous === 'string') holder[key] = previous;
      else delete holder[key];
    });
  }
  return merged;
}
