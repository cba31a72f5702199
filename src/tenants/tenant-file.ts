import { readFileSync } from 'node:fs';
import type { Tenant } from './tenant';
import { tenantProblems } from './tenant.schema';

/** TENANTS_FILE cannot be used; `problems` has one line per problem, naming the tenant and field. */
export class TenantFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`TENANTS_FILE ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TenantFileError';
  }
}

/** Reads and validates the static tenants file `{ "tenants": [ ... ] }`. */
export function loadTenantFile(file: string): Tenant[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TenantFileError(file, [error instanceof Error ? error.message : String(error)]);
  }
  const list = (data as { tenants?: unknown } | null)?.tenants;
  if (!Array.isArray(list)) throw new TenantFileError(file, ['expected { "tenants": [ ... ] }']);
  const problems = list.flatMap((tenant: unknown, i) => {
    const name = (tenant as { id?: unknown } | null)?.id;
    const label = typeof name === 'string' ? `tenant ${name}` : `tenant #${i}`;
    return tenantProblems(tenant).map((problem) => `${label}: ${problem}`);
  });
  const tenants = list as Tenant[];
  if (problems.length === 0) problems.push(...crossTenantProblems(tenants));
  if (problems.length > 0) throw new TenantFileError(file, problems);
  return tenants;
}

/** Ids, WhatsApp numbers and mailboxes must each point at one tenant only. */
export function crossTenantProblems(tenants: Tenant[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (kind: string, value: string, tenantId: string): void => {
    const key = `${kind}\u0000${value.toLowerCase()}`;
    const owner = seen.get(key);
    if (owner !== undefined)
      problems.push(`tenant ${tenantId}: ${kind} ${value} is already used by tenant ${owner}`);
    else seen.set(key, tenantId);
  };
  for (const tenant of tenants) {
    claim('id', tenant.id, tenant.id);
    for (const phoneNumberId of tenant.channels.whatsapp?.phoneNumberIds ?? [])
      claim('whatsapp phone_number_id', phoneNumberId, tenant.id);
    if (tenant.channels.gmail) claim('gmail address', tenant.channels.gmail.address, tenant.id);
  }
  return problems;
}
