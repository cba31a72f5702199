import { type PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';

/**
 * Runs `fn` with a logging context carrying `correlationId`, so every log line written inside it
 * (through any PinoLogger) has the id: this is how a queued job's logs join its request's logs.
 */
export function runWithCorrelationId<T>(logger: PinoLogger, correlationId: string, fn: () => T): T {
  return storage.run(new Store(logger.logger.child({ correlationId })), fn);
}
