// Spawned by test/e2e/log-flush: logs numbered lines with the service's logger options and stdout
// destination (LOG_DESTINATION=service) or pino's default asynchronous stdout (=pino-default),
// while libuv's thread pool is busy, so that an asynchronous write is still queued when the process
// exits right after the last line, as the server does after "shutdown.complete".
import { pbkdf2 } from 'node:crypto';
import pino from 'pino';
import { loggerOptions, stdoutDestination } from '../../src/common/logging/logger.options';

// Four slow tasks occupy the pool's four threads; an fs.write would wait behind them.
for (let i = 0; i < 4; i++) pbkdf2('secret', 'salt', 100_000, 64, 'sha512', () => undefined);
const options = loggerOptions({ logLevel: 'info' });
const logger =
  process.env.LOG_DESTINATION === 'pino-default' ? pino(options) : pino(options, stdoutDestination());
for (let n = 0; n < 100; n++) logger.info({ n }, 'line');
process.exit(0);
