/** A positive integer from the environment (BENCH_DURATION_S and friends), or the fallback when unset. */
export function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** One of `values` from the environment (BENCH_NLP_THREAD and friends); the first when unset. */
export function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  values: readonly [T, ...T[]],
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return values[0];
  if (!(values as readonly string[]).includes(raw))
    throw new Error(`${name} takes ${values.join(' or ')}; got "${raw}"`);
  return raw as T;
}
