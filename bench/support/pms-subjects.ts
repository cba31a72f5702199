import type { TestingModule } from '@nestjs/testing';
import { Redis } from 'ioredis';
import { AppConfig } from '../../src/config/app-config';
import { loadConfig, type RawEnvironment } from '../../src/config/load-config';
import { PmsAdapter } from '../../src/pms/pms-adapter.port';
import { PmsModule } from '../../src/pms/pms.module';
import type { Tenant } from '../../src/tenants/tenant';
import { TenantRegistry } from '../../src/tenants/tenant-registry';
import { compileWithCore } from '../../test/support/core-module';
import { startRedis } from '../../test/support/redis-server';
import { FailingPms, type HandBuiltPms, InstantPms, resilientPmsOver } from './fake-pms';

export const TENANT_ID = 'demo';

/**
 * Retries off, so a failure counts once; the breaker opens after 3 failed calls and stays open for
 * the whole run (1 h, the most allowed): no half-open probe ever falls inside a measured slice.
 */
const OPEN_BREAKER_ENV: RawEnvironment = {
  PMS_RETRIES: '0',
  PMS_BREAKER_VOLUME: '3',
  PMS_BREAKER_ERROR_PCT: '50',
  PMS_BREAKER_RESET_MS: '3600000',
  PMS_CACHE_TTL_S: '60',
};
/** The closed-breaker baseline caches nothing: every call goes to its PMS. */
const CLOSED_BREAKER_ENV: RawEnvironment = { ...OPEN_BREAKER_ENV, PMS_CACHE_TTL_S: '0' };
/** An hour, so the primed answer stays fresh through the run and every call is a hit. */
const CACHED_ENV: RawEnvironment = { PMS_CACHE_TTL_S: '3600' };
const UNCACHED_ENV: RawEnvironment = { PMS_CACHE_TTL_S: '0' };

/** The PMS_* settings of each subject, for the results file. */
export const SUBJECT_SETTINGS = {
  'open breaker': OPEN_BREAKER_ENV,
  'closed breaker (baseline)': CLOSED_BREAKER_ENV,
  cached: CACHED_ENV,
  uncached: UNCACHED_ENV,
};

/** Prefixes of one length, so every subject writes keys of the same size. */
export const PREFIXES = { breaker: 'brk:', cached: 'hot:', uncached: 'cld:', naive: 'raw:' } as const;

export interface Subjects {
  tenant: Tenant;
  redisVersion: string;
  /** Hand-built over a PMS that is down; PMS_RETRIES=0, small breaker volume. */
  failing: HandBuiltPms & { adapter: FailingPms };
  /** Hand-built over a PMS that answers at once; PMS_CACHE_TTL_S=0. */
  healthy: HandBuiltPms & { adapter: InstantPms };
  /** The real PmsModule (local PMS), PMS_CACHE_TTL_S=3600. */
  cached: PmsAdapter;
  /** The real PmsModule (local PMS), PMS_CACHE_TTL_S=0. */
  uncached: PmsAdapter;
  /** A plain connection of its own (no auto-pipelining), as a hand-written booking would use. */
  raw: Redis;
}

type Cleanups = Array<() => Promise<void>>;

async function compilePms(
  redisUrl: string,
  prefix: string,
  env: RawEnvironment,
  cleanups: Cleanups,
): Promise<TestingModule> {
  const module = await compileWithCore({ REDIS_URL: redisUrl, KEY_PREFIX: prefix, ...env }, [PmsModule]);
  cleanups.push(() => module.close());
  await module.init();
  return module;
}

/**
 * A throw-away Redis and every subject on it: three PmsModule graphs (one per configuration, each
 * with its own store connection and key prefix), the two hand-built ResilientPms over fakes, and the
 * naive baseline's client. Each registers its clean-up as it starts, so a failure half-way leaks nothing.
 */
export async function startSubjects(cleanups: Cleanups): Promise<Subjects> {
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const breakerModule = await compilePms(redis.url, PREFIXES.breaker, OPEN_BREAKER_ENV, cleanups);
  const cachedModule = await compilePms(redis.url, PREFIXES.cached, CACHED_ENV, cleanups);
  const uncachedModule = await compilePms(redis.url, PREFIXES.uncached, UNCACHED_ENV, cleanups);
  const tenant = await breakerModule.get(TenantRegistry, { strict: false }).require(TENANT_ID);

  const failingAdapter = new FailingPms();
  const failing = {
    ...resilientPmsOver(breakerModule, breakerModule.get(AppConfig), failingAdapter),
    adapter: failingAdapter,
  };
  const closedConfig = loadConfig({
    LOG_LEVEL: 'silent',
    KEY_PREFIX: PREFIXES.breaker,
    REDIS_URL: redis.url,
    ...CLOSED_BREAKER_ENV,
  });
  const healthyAdapter = new InstantPms(tenant);
  const healthy = {
    ...resilientPmsOver(breakerModule, closedConfig, healthyAdapter),
    adapter: healthyAdapter,
  };
  // Hand-built breakers keep opossum's rolling-window timers running until shut down.
  cleanups.push(async () => failing.breakers.onModuleDestroy());
  cleanups.push(async () => healthy.breakers.onModuleDestroy());

  const raw = new Redis(redis.url, { connectionName: 'bench:naive-booking' });
  cleanups.push(async () => void (await raw.quit()));
  const info = await raw.info('server');
  return {
    tenant,
    redisVersion: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    failing,
    healthy,
    cached: cachedModule.get(PmsAdapter),
    uncached: uncachedModule.get(PmsAdapter),
    raw,
  };
}
