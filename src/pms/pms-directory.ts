import type { PmsAdapter } from './pms-adapter.port';

export interface ResolvedPms {
  /** Adapter kind, for metrics and logs: `local`, `qloapps`. */
  name: string;
  adapter: PmsAdapter;
}

/** Which PMS adapter serves a tenant. */
export abstract class PmsDirectory {
  abstract resolve(tenantId: string): Promise<ResolvedPms>;
}
