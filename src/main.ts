import 'reflect-metadata';
import type { AppConfig } from './config/app-config';
import { ConfigValidationError, loadConfig, readEnvironment } from './config/load-config';
import { runServer } from './server';
import { loadTenantFile, TenantFileError } from './tenants/tenant-file';

/**
 * Reads and validates the configuration and the static tenants; anything invalid stops here with
 * one line per problem and exit code 1, before the application starts.
 */
function readConfig(): AppConfig {
  try {
    const config = loadConfig(readEnvironment(process.env));
    loadTenantFile(config.tenants.file);
    return config;
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
    } else if (error instanceof TenantFileError) {
      for (const problem of error.problems)
        process.stderr.write(`tenants error: ${error.file}: ${problem}\n`);
    } else {
      throw error;
    }
    process.exit(1);
  }
}

runServer(readConfig()).catch((error: unknown) => {
  process.stderr.write(
    `fatal: the service could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
