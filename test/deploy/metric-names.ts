import 'reflect-metadata';
import { Histogram, register, Summary } from 'prom-client';
import { filesUnder, repoPath } from './repo-files';

/** Where metrics are declared: each module's `*.metrics.ts`, and src/metrics (HTTP, default metrics). */
export function metricDeclarationFiles(): string[] {
  return filesUnder('src')
    .filter((file) => file.endsWith('.metrics.ts') || file.startsWith('src/metrics/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
}

function isMetricProvider(
  value: unknown,
): value is { provide: string; useFactory: (...args: unknown[]) => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { provide?: unknown }).provide === 'string' &&
    (value as { provide: string }).provide.startsWith('PROM_METRIC_') &&
    typeof (value as { useFactory?: unknown }).useFactory === 'function'
  );
}

type Constructor = new (...args: unknown[]) => unknown;

function isClass(value: unknown): value is Constructor {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

/** A stand-in for any injected port: every method answers 0, asynchronously. */
const anyPort: unknown = new Proxy({}, { get: () => () => Promise.resolve(0) });

/**
 * Registers every metric the app declares in prom-client's default registry, as booting the app would,
 * but without booting it: metric providers' factories run, classes in those files are built with stub
 * dependencies and initialised (a gauge created in `onModuleInit`, Node's default metrics created by
 * the metrics module). Returns the registry's metric names with their type.
 */
export async function declaredMetrics(): Promise<Map<string, 'histogram' | 'summary' | 'other'>> {
  for (const file of metricDeclarationFiles()) {
    const exported = Object.values((await import(repoPath(file))) as Record<string, unknown>).flat();
    for (const value of exported) {
      if (isMetricProvider(value)) value.useFactory(undefined);
      else if (isClass(value)) {
        const instance = new value(...Array.from({ length: value.length }, () => anyPort));
        const init = (instance as { onModuleInit?: () => unknown }).onModuleInit;
        if (typeof init === 'function') await init.call(instance);
      }
    }
  }
  return new Map(
    register
      .getMetricsAsArray()
      .map((metric) => [
        metric.name,
        metric instanceof Histogram ? 'histogram' : metric instanceof Summary ? 'summary' : 'other',
      ]),
  );
}

const SERIES_SUFFIXES = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count'], other: [] };

/** Whether a series name in a query is a metric of the registry, or a histogram/summary series of one. */
export function isKnownSeries(series: string, metrics: Map<string, keyof typeof SERIES_SUFFIXES>): boolean {
  if (metrics.has(series)) return true;
  for (const [name, type] of metrics) {
    if (SERIES_SUFFIXES[type].some((suffix) => series === `${name}${suffix}`)) return true;
  }
  return false;
}

const NOT_METRICS = new Set([
  'and',
  'or',
  'unless',
  'bool',
  'offset',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'inf',
  'nan',
]);

/**
 * The metric names a PromQL expression selects: identifiers that are not functions or aggregations
 * (followed by `(`), label lists (`by (...)`), label matchers (`{...}`), ranges (`[5m]`), strings,
 * numbers, keywords or Grafana variables.
 */
export function metricNamesInPromQl(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ')
    .replace(/\$\{[^}]*\}|\$\w+/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names: string[] = [];
  for (const match of stripped.matchAll(/(?<![\w.:])[A-Za-z_:][\w:]*/g)) {
    const rest = stripped.slice((match.index ?? 0) + match[0].length);
    if (/^\s*\(/.test(rest) || NOT_METRICS.has(match[0].toLowerCase())) continue;
    names.push(match[0]);
  }
  return [...new Set(names)];
}
