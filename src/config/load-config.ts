import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app-config';
import { EnvironmentVariables } from './environment.schema';

export type RawEnvironment = Record<string, string | undefined>;

/** Thrown when the environment is invalid; `problems` holds one line per problem, naming the variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Every variable the schema declares, in declaration order. */
export function configVariableNames(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

/** Reads `.env` (when present) under the process environment, which wins, as dotenv does. */
export function readEnvironment(processEnv: RawEnvironment, envFile = '.env'): RawEnvironment {
  if (!existsSync(envFile)) return processEnv;
  return { ...parseEnv(readFileSync(envFile, 'utf8')), ...processEnv };
}

/**
 * Validates the environment once and builds the typed configuration.
 * Empty strings count as unset, so `FOO=` in a .env file falls back to the default.
 */
export function loadConfig(env: RawEnvironment): AppConfig {
  const known: Record<string, string> = {};
  for (const name of configVariableNames()) {
    const value = env[name]?.trim();
    if (value) known[name] = value;
  }
  const parsed = plainToInstance(EnvironmentVariables, known);
  const problems = validateSync(parsed, { forbidUnknownValues: true, stopAtFirstError: true }).flatMap(
    describeProblem,
  );
  problems.push(...crossFieldProblems(parsed));
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return new AppConfig(parsed);
}

function describeProblem(error: ValidationError): string[] {
  return Object.values(error.constraints ?? {}).map((message) =>
    message.startsWith(error.property) ? message : `${error.property}: ${message}`,
  );
}

function crossFieldProblems(env: EnvironmentVariables): string[] {
  const problems: string[] = [];
  if (env.SESSION_REFRESH_THRESHOLD_S >= env.SESSION_TTL_S) {
    problems.push('SESSION_REFRESH_THRESHOLD_S must be lower than SESSION_TTL_S');
  }
  if (!env.REDIS_URL && env.APP_ROLE !== 'all') {
    problems.push(
      `APP_ROLE=${env.APP_ROLE} needs REDIS_URL: embedded mode runs the API and the workers in one process`,
    );
  }
  if ((env.ADMIN_JWT_ISSUER || env.ADMIN_JWT_AUDIENCE) && !env.ADMIN_JWT_SECRET && !env.ADMIN_JWKS_URL) {
    problems.push('ADMIN_JWT_ISSUER/ADMIN_JWT_AUDIENCE need ADMIN_JWT_SECRET or ADMIN_JWKS_URL');
  }
  return problems;
}
