/**
 * Runs a benchmark's main and always its clean-up (child servers, redis-server), also when it is
 * interrupted: Ctrl-C or a SIGTERM must not leave servers behind holding ports.
 */
export function runBench(main: () => Promise<void>, cleanUp: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });

  main()
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => cleanUp());
}
