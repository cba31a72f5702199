import type { Level, Logger } from 'pino';
import { PinoLogger } from 'nestjs-pino';

/**
 * Whether lines at `level` are written, asked of the root logger. A PinoLogger asked (or called)
 * inside a request first builds that request's child logger, redaction set-up included, only to
 * drop a debug line at the default level: hot paths ask here before building a debug line.
 * Without the logger module (a unit test's bare PinoLogger) the answer is yes.
 */
export function isLogLevelEnabled(level: Level): boolean {
  const root = PinoLogger.root as Logger | undefined;
  return root === undefined || root.isLevelEnabled(level);
}
