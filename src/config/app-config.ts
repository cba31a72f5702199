import { resolve } from 'node:path';
import type { AppRole, EnvironmentVariables, LogLevel, NlpThread } from './environment.schema';

export const BUNDLED_TENANTS_FILE = resolve(__dirname, '..', '..', 'data', 'tenants.demo.json');

export type StorageMode = 'embedded' | 'redis';

/**
 * The validated configuration, grouped by concern. Injected by type (`constructor(config: AppConfig)`);
 * built once from the environment by loadConfig().
 */
export class AppConfig {
  readonly mode: StorageMode;
  readonly role: AppRole;
  readonly logLevel: LogLevel;
  readonly keyPrefix: string;
  readonly redisUrl?: string;
  readonly http: { port: number; host: string; timeoutMs: number; maxBodyBytes: number };
  readonly tenants: { file: string; defaultTenantId: string };
  readonly whatsapp: { verifyToken?: string; appSecret?: string; accessToken?: string; apiBaseUrl: string };
  readonly gmail: {
    apiBaseUrl: string;
    tokenUrl: string;
    jwksUrl: string;
    pushAudience?: string;
    pushServiceAccount?: string;
  };
  readonly transcription: { baseUrl?: string; apiKey?: string; model: string; timeoutMs: number };
  readonly pipeline: { nlpTimeoutMs: number; handlerTimeoutMs: number };
  /** Where the NLU runs: a worker thread of its own, or the main thread (NLP_THREAD). */
  readonly nlpThread: NlpThread;
  readonly pms: {
    timeoutMs: number;
    retries: number;
    cacheTtlS: number;
    breakerVolume: number;
    breakerErrorPct: number;
    breakerResetMs: number;
  };
  readonly lock: { acquireTimeoutMs: number; ttlMs: number };
  readonly session: { ttlS: number; refreshThresholdS: number; maxIntentHistory: number };
  readonly dedupTtlS: number;
  readonly admin: { jwtSecret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  readonly queue: { attempts: number; backoffMs: number; concurrency: number };
  readonly shutdownTimeoutMs: number;
  readonly memoryStoreMaxKeys: number;
  /** Requests per minute per client IP (per replica) and messages per minute per guest; 0 = off. */
  readonly rateLimit: { ipPerMin: number; guestPerMin: number };

  constructor(env: EnvironmentVariables) {
    this.mode = env.REDIS_URL ? 'redis' : 'embedded';
    this.role = env.APP_ROLE;
    this.logLevel = env.LOG_LEVEL;
    this.keyPrefix = env.KEY_PREFIX;
    this.redisUrl = env.REDIS_URL;
    this.http = {
      port: env.PORT,
      host: env.HOST,
      timeoutMs: env.HTTP_TIMEOUT_MS,
      maxBodyBytes: env.MAX_BODY_BYTES,
    };
    this.tenants = { file: env.TENANTS_FILE ?? BUNDLED_TENANTS_FILE, defaultTenantId: env.DEFAULT_TENANT_ID };
    this.whatsapp = {
      verifyToken: env.WHATSAPP_VERIFY_TOKEN,
      appSecret: env.WHATSAPP_APP_SECRET,
      accessToken: env.WHATSAPP_ACCESS_TOKEN,
      apiBaseUrl: stripTrailingSlash(env.WHATSAPP_API_BASE_URL),
    };
    this.gmail = {
      apiBaseUrl: stripTrailingSlash(env.GMAIL_API_BASE_URL),
      tokenUrl: env.GOOGLE_TOKEN_URL,
      jwksUrl: env.GOOGLE_JWKS_URL,
      pushAudience: env.GMAIL_PUSH_AUDIENCE,
      pushServiceAccount: env.GMAIL_PUSH_SERVICE_ACCOUNT,
    };
    this.transcription = {
      baseUrl: env.TRANSCRIPTION_BASE_URL && stripTrailingSlash(env.TRANSCRIPTION_BASE_URL),
      apiKey: env.TRANSCRIPTION_API_KEY,
      model: env.TRANSCRIPTION_MODEL,
      timeoutMs: env.TRANSCRIPTION_TIMEOUT_MS,
    };
    this.pipeline = { nlpTimeoutMs: env.NLP_TIMEOUT_MS, handlerTimeoutMs: env.HANDLER_TIMEOUT_MS };
    this.nlpThread = env.NLP_THREAD;
    this.pms = {
      timeoutMs: env.PMS_TIMEOUT_MS,
      retries: env.PMS_RETRIES,
      cacheTtlS: env.PMS_CACHE_TTL_S,
      breakerVolume: env.PMS_BREAKER_VOLUME,
      breakerErrorPct: env.PMS_BREAKER_ERROR_PCT,
      breakerResetMs: env.PMS_BREAKER_RESET_MS,
    };
    this.lock = { acquireTimeoutMs: env.LOCK_ACQUIRE_TIMEOUT_MS, ttlMs: env.LOCK_TTL_MS };
    this.session = {
      ttlS: env.SESSION_TTL_S,
      refreshThresholdS: env.SESSION_REFRESH_THRESHOLD_S,
      maxIntentHistory: env.SESSION_MAX_INTENT_HISTORY,
    };
    this.dedupTtlS = env.DEDUP_TTL_S;
    this.admin = {
      jwtSecret: env.ADMIN_JWT_SECRET,
      jwksUrl: env.ADMIN_JWKS_URL,
      issuer: env.ADMIN_JWT_ISSUER,
      audience: env.ADMIN_JWT_AUDIENCE,
    };
    this.queue = {
      attempts: env.QUEUE_ATTEMPTS,
      backoffMs: env.QUEUE_BACKOFF_MS,
      concurrency: env.WORKER_CONCURRENCY,
    };
    this.shutdownTimeoutMs = env.SHUTDOWN_TIMEOUT_MS;
    this.memoryStoreMaxKeys = env.MEMORY_STORE_MAX_KEYS;
    this.rateLimit = { ipPerMin: env.RATE_LIMIT_IP_PER_MIN, guestPerMin: env.RATE_LIMIT_GUEST_PER_MIN };
  }

  /** Whether this process takes jobs off the queues (APP_ROLE worker or all). */
  get consumesQueues(): boolean {
    return this.role !== 'api';
  }

  /** Whether this process serves the public HTTP API (APP_ROLE api or all). */
  get servesApi(): boolean {
    return this.role !== 'worker';
  }

  get isAdminConfigured(): boolean {
    return Boolean(this.admin.jwtSecret || this.admin.jwksUrl);
  }
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
