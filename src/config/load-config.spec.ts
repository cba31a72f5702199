import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_TENANTS_FILE } from './app-config';
import { ConfigValidationError, configVariableNames, loadConfig, readEnvironment } from './load-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment (embedded mode)', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('embedded');
    expect(config.role).toBe('all');
    expect(config.http).toEqual({ port: 3000, host: '0.0.0.0', timeoutMs: 10000, maxBodyBytes: 1048576 });
    expect(config.keyPrefix).toBe('agent:');
    expect(config.tenants).toEqual({ file: BUNDLED_TENANTS_FILE, defaultTenantId: 'demo' });
    expect(config.whatsapp.apiBaseUrl).toBe('https://graph.facebook.com/v21.0');
    expect(config.pms).toEqual({
      timeoutMs: 5000,
      retries: 2,
      cacheTtlS: 60,
      breakerVolume: 5,
      breakerErrorPct: 50,
      breakerResetMs: 30000,
    });
    expect(config.lock).toEqual({ acquireTimeoutMs: 5000, ttlMs: 60000 });
    expect(config.session).toEqual({ ttlS: 86400, refreshThresholdS: 3600, maxIntentHistory: 5 });
    expect(config.dedupTtlS).toBe(604800);
    expect(config.transcription.model).toBe('whisper-1');
    expect(config.isAdminConfigured).toBe(false);
    expect(config.consumesQueues).toBe(true);
    expect(config.servesApi).toBe(true);
  });

  it('converts numbers and picks redis mode when REDIS_URL is set', () => {
    const config = loadConfig({ PORT: '8080', REDIS_URL: 'redis://localhost:6379/0', APP_ROLE: 'worker' });
    expect(config.http.port).toBe(8080);
    expect(config.mode).toBe('redis');
    expect(config.redisUrl).toBe('redis://localhost:6379/0');
    expect(config.consumesQueues).toBe(true);
    expect(config.servesApi).toBe(false);
  });

  it('treats empty and blank values as unset', () => {
    const config = loadConfig({ PORT: '', REDIS_URL: '   ', ADMIN_JWT_SECRET: '' });
    expect(config.http.port).toBe(3000);
    expect(config.mode).toBe('embedded');
    expect(config.isAdminConfigured).toBe(false);
  });

  it('strips trailing slashes from API roots', () => {
    const config = loadConfig({ WHATSAPP_API_BASE_URL: 'http://127.0.0.1:9999/v21.0/' });
    expect(config.whatsapp.apiBaseUrl).toBe('http://127.0.0.1:9999/v21.0');
  });

  it('reports one line per problem, each naming its variable', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      APP_ROLE: 'boss',
      REDIS_URL: 'http://not-redis',
      PMS_BREAKER_ERROR_PCT: '150',
      ADMIN_JWKS_URL: 'not a url',
    });
    for (const name of [
      'PORT',
      'LOG_LEVEL',
      'APP_ROLE',
      'REDIS_URL',
      'PMS_BREAKER_ERROR_PCT',
      'ADMIN_JWKS_URL',
    ]) {
      expect(problems.some((line) => line.startsWith(name))).toBe(true);
    }
    expect(problems.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('rejects fractional and negative numbers where integers are expected', () => {
    expect(problemsOf({ HTTP_TIMEOUT_MS: '1.5' })[0]).toMatch(/^HTTP_TIMEOUT_MS/);
    expect(problemsOf({ PMS_RETRIES: '-1' })[0]).toMatch(/^PMS_RETRIES/);
  });

  it('checks values that only make sense together', () => {
    expect(problemsOf({ SESSION_TTL_S: '600', SESSION_REFRESH_THRESHOLD_S: '600' })).toEqual([
      'SESSION_REFRESH_THRESHOLD_S must be lower than SESSION_TTL_S',
    ]);
    expect(problemsOf({ APP_ROLE: 'api' })[0]).toMatch(/^APP_ROLE=api needs REDIS_URL/);
    expect(problemsOf({ ADMIN_JWT_ISSUER: 'https://issuer' })[0]).toMatch(/^ADMIN_JWT_ISSUER/);
  });

  it('limits 6000 requests a minute per IP and 20 messages per guest by default; 0 turns a limit off', () => {
    expect(loadConfig({}).rateLimit).toEqual({ ipPerMin: 6000, guestPerMin: 20 });
    expect(loadConfig({ RATE_LIMIT_IP_PER_MIN: '0', RATE_LIMIT_GUEST_PER_MIN: '0' }).rateLimit).toEqual({
      ipPerMin: 0,
      guestPerMin: 0,
    });
    expect(problemsOf({ RATE_LIMIT_IP_PER_MIN: '-1' })[0]).toMatch(/^RATE_LIMIT_IP_PER_MIN/);
    expect(problemsOf({ RATE_LIMIT_GUEST_PER_MIN: 'many' })[0]).toMatch(/^RATE_LIMIT_GUEST_PER_MIN/);
    // The session keeps one arrival time per message in the window: the limit bounds its size.
    expect(problemsOf({ RATE_LIMIT_GUEST_PER_MIN: '1001' })[0]).toMatch(/^RATE_LIMIT_GUEST_PER_MIN/);
  });

  it('rejects a key prefix with characters that would break key patterns', () => {
    expect(problemsOf({ KEY_PREFIX: 'a b*' })[0]).toMatch(/^KEY_PREFIX/);
  });

  it('lists every variable of the schema, the design §4 ones included', () => {
    const names = configVariableNames();
    for (const name of [
      'PORT',
      'HOST',
      'REDIS_URL',
      'GOOGLE_JWKS_URL',
      'ADMIN_JWT_AUDIENCE',
      'MAX_BODY_BYTES',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('readEnvironment', () => {
  it('reads .env under the process environment, which wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'PORT=4000\nLOG_LEVEL=debug\n# comment\nKEY_PREFIX="x:"\n');
    const env = readEnvironment({ LOG_LEVEL: 'warn' }, file);
    expect(env).toMatchObject({ PORT: '4000', LOG_LEVEL: 'warn', KEY_PREFIX: 'x:' });
  });

  it('returns the process environment alone when there is no .env file', () => {
    expect(readEnvironment({ PORT: '1' }, '/nonexistent/.env')).toEqual({ PORT: '1' });
  });
});
