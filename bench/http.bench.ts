/**
 * HTTP overhead of the app against a bare Fastify baseline, both measured in this run (design §9).
 * Each server runs in its own process; autocannon runs here. Tuning: BENCH_DURATION_S (10),
 * BENCH_CONNECTIONS (50), BENCH_LOG_LEVEL (info: the app's request logging is part of the cost).
 */
import { availableParallelism, loadavg } from 'node:os';
import { startServer, stopAllServers } from './support/child-server';
import { type LoadSettings, measure } from './support/load';
import { findSuspectRows, formatTable, ratioToBare, type RouteKind, type Row } from './support/report';
import { positiveInteger } from './support/settings';
import { saveResults } from './support/results-file';

interface BenchSettings extends LoadSettings {
  logLevel: string;
}

interface ServerPlan {
  target: Row['target'];
  file: string;
  env: Record<string, string>;
  routes: { route: string; kind: RouteKind; body?: unknown }[];
}

const ECHO_BODY = { guestId: 'guest-42', text: 'Is there a double room free on Friday night?', count: 2 };

function readSettings(env: NodeJS.ProcessEnv): BenchSettings {
  return {
    durationS: positiveInteger(env, 'BENCH_DURATION_S', 10),
    warmUpS: 3,
    connections: positiveInteger(env, 'BENCH_CONNECTIONS', 50),
    pipelining: 1,
    logLevel: env.BENCH_LOG_LEVEL ?? 'info',
  };
}

function serverPlans(settings: BenchSettings): ServerPlan[] {
  return [
    {
      target: 'bare fastify',
      file: 'bare-fastify.server.ts',
      env: {},
      routes: [
        { route: '/ping', kind: 'GET' },
        { route: '/echo', kind: 'POST', body: ECHO_BODY },
      ],
    },
    {
      target: 'app',
      file: 'app.server.ts',
      env: { LOG_LEVEL: settings.logLevel },
      routes: [
        { route: '/health/live', kind: 'GET' },
        { route: '/bench/echo', kind: 'POST', body: ECHO_BODY },
      ],
    },
  ];
}

/** One server at a time, so the idle one takes no CPU from the one under load. */
async function benchServer(plan: ServerPlan, settings: BenchSettings): Promise<Row[]> {
  const server = await startServer(plan.file, plan.env);
  const rows: Row[] = [];
  try {
    for (const { route, kind, body } of plan.routes) {
      console.error(
        `measuring ${plan.target} ${kind} ${route} (${settings.warmUpS} s warm-up + ${settings.durationS} s)`,
      );
      const measurement = await measure({ url: `${server.baseUrl}${route}`, method: kind, body }, settings);
      rows.push({ target: plan.target, route: `${kind} ${route}`, kind, measurement });
    }
  } finally {
    await server.stop();
  }
  return rows;
}

interface RunInfo {
  startedAt: Date;
  loadAtStart: number;
  settings: BenchSettings;
}

/** The load average is printed because other work on the machine skews every figure. */
function describeEnvironment({ settings, loadAtStart }: RunInfo): string {
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${loadAtStart.toFixed(2)} at start)`,
    `${settings.durationS} s measured after ${settings.warmUpS} s warm-up`,
    `${settings.connections} connections, pipelining ${settings.pipelining}`,
    `app LOG_LEVEL=${settings.logLevel}`,
  ].join(' · ');
}

function writeResults(run: RunInfo, rows: Row[], table: string): string {
  const { startedAt, loadAtStart, settings } = run;
  const results = {
    startedAt: startedAt.toISOString(),
    environment: { node: process.version, cpus: availableParallelism(), loadAtStart, ...settings },
    table,
    rows: rows.map((row) => ({
      target: row.target,
      route: row.route,
      requestsPerS: row.measurement.requestsPerS,
      p50Ms: row.measurement.p50Ms,
      p99Ms: row.measurement.p99Ms,
      vsBare: ratioToBare(row, rows) ?? null,
      non2xx: row.measurement.non2xx,
      errors: row.measurement.errors,
      autocannon: row.measurement.result,
    })),
  };
  return saveResults('http', startedAt, results);
}

async function main(): Promise<void> {
  const settings = readSettings(process.env);
  const run: RunInfo = { startedAt: new Date(), loadAtStart: loadavg()[0], settings };
  const rows: Row[] = [];
  for (const plan of serverPlans(settings)) rows.push(...(await benchServer(plan, settings)));
  // GET rows first, then POST, each app row under its baseline.
  rows.sort((a, b) => a.kind.localeCompare(b.kind));

  const table = formatTable(rows);
  console.log(`${table}\n\n${describeEnvironment(run)}`);
  for (const problem of findSuspectRows(rows)) console.warn(`WARNING: ${problem} (figures not comparable)`);
  console.error(`results written to ${writeResults(run, rows, table)}`);
}

process.once('SIGINT', () => {
  void stopAllServers().finally(() => process.exit(130));
});

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAllServers();
  process.exitCode = 1;
});
