import 'reflect-metadata';
import type { AppConfig } from './config/app-config';
import { ConfigValidationError, loadConfig, readEnvironment } from './config/load-config';
import { runServer } from './server';

/** Reads and validates the configuration; an invalid one stops here with one line per problem. */
function readConfig(): AppConfig {
  try {
    return loadConfig(readEnvironment(process.env));
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
    process.exit(1);
  }
}

runServer(readConfig()).catch((error: unknown) => {
  process.stderr.write(
    `fatal: the service could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
