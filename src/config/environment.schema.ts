import { IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { IntegerVariable } from './integer-variable';

const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };
const REDIS_URL_OPTIONS = { require_tld: false, protocols: ['redis', 'rediss'], require_protocol: true };

export const APP_ROLES = ['api', 'worker', 'all'] as const;
export type AppRole = (typeof APP_ROLES)[number];
export const NLP_THREADS = ['worker', 'main'] as const;
export type NlpThread = (typeof NLP_THREADS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every environment variable the service reads, with its default. The property initialisers are the
 * defaults (documented in README.md and .env.example, kept in sync by config-docs.spec.ts).
 * Optional properties without initialiser are "unset" by default.
 */
export class EnvironmentVariables {
  @IntegerVariable(0, 65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '0.0.0.0';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @IsUrl(REDIS_URL_OPTIONS)
  REDIS_URL?: string;

  @Matches(/^[A-Za-z0-9:_.-]{0,64}$/, {
    message: 'KEY_PREFIX must be up to 64 characters of [A-Za-z0-9:_.-]',
  })
  KEY_PREFIX = 'agent:';

  @IsIn(APP_ROLES)
  APP_ROLE: AppRole = 'all';

  @IsOptional()
  @IsString()
  @MinLength(1)
  TENANTS_FILE?: string;

  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, {
    message: 'DEFAULT_TENANT_ID must be a tenant id ([a-z0-9_-], up to 64)',
  })
  DEFAULT_TENANT_ID = 'demo';

  @IsOptional()
  @IsString()
  @MinLength(1)
  WHATSAPP_VERIFY_TOKEN?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  WHATSAPP_APP_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  WHATSAPP_ACCESS_TOKEN?: string;

  @IsUrl(URL_OPTIONS)
  WHATSAPP_API_BASE_URL = 'https://graph.facebook.com/v21.0';

  @IsUrl(URL_OPTIONS)
  GMAIL_API_BASE_URL = 'https://gmail.googleapis.com';

  @IsUrl(URL_OPTIONS)
  GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

  @IsUrl(URL_OPTIONS)
  GOOGLE_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs';

  @IsOptional()
  @IsString()
  @MinLength(1)
  GMAIL_PUSH_AUDIENCE?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  GMAIL_PUSH_SERVICE_ACCOUNT?: string;

  @IsOptional()
  @IsUrl(URL_OPTIONS)
  TRANSCRIPTION_BASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  TRANSCRIPTION_API_KEY?: string;

  @IsString()
  @MinLength(1)
  TRANSCRIPTION_MODEL = 'whisper-1';

  @IntegerVariable(1, 600_000)
  NLP_TIMEOUT_MS = 5000;

  @IsIn(NLP_THREADS)
  NLP_THREAD: NlpThread = 'worker';

  @IntegerVariable(1, 600_000)
  TRANSCRIPTION_TIMEOUT_MS = 30000;

  @IntegerVariable(1, 600_000)
  HANDLER_TIMEOUT_MS = 15000;

  @IntegerVariable(1, 600_000)
  PMS_TIMEOUT_MS = 5000;

  @IntegerVariable(0, 10)
  PMS_RETRIES = 2;

  @IntegerVariable(0, 86_400)
  PMS_CACHE_TTL_S = 60;

  @IntegerVariable(1, 10_000)
  PMS_BREAKER_VOLUME = 5;

  @IntegerVariable(1, 100)
  PMS_BREAKER_ERROR_PCT = 50;

  @IntegerVariable(1, 3_600_000)
  PMS_BREAKER_RESET_MS = 30000;

  @IntegerVariable(0, 600_000)
  LOCK_ACQUIRE_TIMEOUT_MS = 5000;

  @IntegerVariable(100, 86_400_000)
  LOCK_TTL_MS = 60000;

  @IntegerVariable(60, 31_536_000)
  SESSION_TTL_S = 86400;

  @IntegerVariable(0, 31_536_000)
  SESSION_REFRESH_THRESHOLD_S = 3600;

  @IntegerVariable(1, 100)
  SESSION_MAX_INTENT_HISTORY = 5;

  @IntegerVariable(60, 31_536_000)
  DEDUP_TTL_S = 604800;

  @IntegerVariable(1, 600_000)
  HTTP_TIMEOUT_MS = 10000;

  @IntegerVariable(1024, 104_857_600)
  MAX_BODY_BYTES = 1048576;

  @IsOptional()
  @IsString()
  @MinLength(1)
  ADMIN_JWT_SECRET?: string;

  @IsOptional()
  @IsUrl(URL_OPTIONS)
  ADMIN_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  ADMIN_JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  ADMIN_JWT_AUDIENCE?: string;

  // Beyond design §4: queue and shutdown tuning.
  @IntegerVariable(1, 100)
  QUEUE_ATTEMPTS = 5;

  @IntegerVariable(10, 3_600_000)
  QUEUE_BACKOFF_MS = 1000;

  // 32 rather than 16: with more jobs in flight, more of their Redis commands and replies share an
  // event-loop iteration and a write; `npm run bench:e2e` went from 792–855 to 904–996 msg/s.
  @IntegerVariable(1, 1000)
  WORKER_CONCURRENCY = 32;

  @IntegerVariable(0, 600_000)
  SHUTDOWN_TIMEOUT_MS = 10000;

  @IntegerVariable(1000, 100_000_000)
  MEMORY_STORE_MAX_KEYS = 1_000_000;

  // Design §8: rate limits. 0 turns a limit off.
  @IntegerVariable(0, 10_000_000)
  RATE_LIMIT_IP_PER_MIN = 6000;

  // At most 1000: the session keeps one arrival time per message counted (see session.record.ts).
  @IntegerVariable(0, 1000)
  RATE_LIMIT_GUEST_PER_MIN = 20;
}
