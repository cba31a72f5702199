/**
 * The WhatsApp webhook's intake under load against two bare Fastify baselines, all measured in this
 * run (design §2: the webhook answers 200 at once; §9: the baseline beside the figure). Redis mode on
 * one throw-away redis-server, the app with APP_ROLE=api so nothing consumes the queue: only the
 * intake is measured. Every request is a validly signed delivery with a message id never sent
 * before, so de-duplication never short-circuits.
 * - app: POST /webhooks/whatsapp (signature, validation, normalisation, tenant, one de-duplicating add).
 * - A: bare Fastify doing the same essential work by hand (HMAC, JSON.parse, SET NX, LPUSH): the
 *   honest comparison, and the one the "at least 0.5× the bare route" refers to.
 * - B: bare Fastify answering {ok:true} to the same POST, for context.
 * Each server runs in its own process; autocannon runs here. After a warm-up each, the targets take
 * turns in short slices (the order rotating), so a change in machine load falls on all of them, and
 * Redis is emptied between slices. Tuning: BENCH_DURATION_S (10), BENCH_CONNECTIONS (50),
 * BENCH_LOG_LEVEL (info: the app's request logging is part of the cost), BENCH_CPU_PROFILE=1 (the
 * app runs under node --cpu-prof; the profile lands in .bench/profiles/).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { APP_SECRET } from '../test/support/whatsapp-builders';
import { startRedis } from '../test/support/redis-server';
import { startServer } from './support/child-server';
import {
  describeCosts,
  describeEnvironment,
  describeVerdicts,
  findProblems,
  formatTable,
  type RunInfo,
  type TargetSummary,
} from './support/ingest-report';
import {
  preflight,
  runSlices,
  summarise,
  type Target,
  type TargetPlan,
  WARM_UP_S,
} from './support/ingest-targets';
import { RedisProbe } from './support/redis-probe';
import { positiveInteger } from './support/settings';
import { SignedDeliveries } from './support/signed-deliveries';
import { describeSource } from './support/source';
import { runBench } from './support/run-bench';
import { fileStamp, RESULTS_DIR, saveResults } from './support/results-file';

const WEBHOOK_PATH = '/webhooks/whatsapp';

interface Settings {
  durationS: number;
  connections: number;
  logLevel: string;
  cpuProfileDir?: string;
}

const PLANS: TargetPlan[] = [
  {
    key: 'app',
    label: 'app POST /webhooks/whatsapp',
    file: 'ingest-app.server.ts',
    queueList: 'bull:inbound:wait',
  },
  {
    key: 'bare',
    label: 'A: bare Fastify, HMAC + SET NX + LPUSH',
    file: 'bare-ingest.server.ts',
    queueList: 'inbound',
  },
  { key: 'empty', label: 'B: bare Fastify, empty JSON POST', file: 'bare-empty.server.ts' },
];

/** Run in reverse on exit, error or Ctrl-C: servers and the probe before Redis. */
const cleanups: Array<() => Promise<void>> = [];

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error));
}

function readSettings(env: NodeJS.ProcessEnv, startedAt: Date): Settings {
  return {
    durationS: positiveInteger(env, 'BENCH_DURATION_S', 10),
    connections: positiveInteger(env, 'BENCH_CONNECTIONS', 50),
    logLevel: env.BENCH_LOG_LEVEL ?? 'info',
    ...(env.BENCH_CPU_PROFILE === '1'
      ? { cpuProfileDir: resolve(RESULTS_DIR, 'profiles', `ingest-${fileStamp(startedAt)}`) }
      : {}),
  };
}

function serverEnv(
  plan: TargetPlan,
  redisUrl: string,
  keyPrefix: string,
  settings: Settings,
): Record<string, string> {
  const env: Record<string, string> = {
    REDIS_URL: redisUrl,
    KEY_PREFIX: keyPrefix,
    WHATSAPP_APP_SECRET: APP_SECRET,
  };
  return plan.key === 'app' ? { ...env, LOG_LEVEL: settings.logLevel } : env;
}

/** node --cpu-prof for the app when asked; it writes the profile as the server exits (on SIGTERM). */
function nodeArgs(plan: TargetPlan, settings: Settings): string[] {
  if (plan.key !== 'app' || !settings.cpuProfileDir) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`];
}

async function startTargets(redisUrl: string, runTag: string, settings: Settings): Promise<Target[]> {
  const targets: Target[] = [];
  for (const plan of PLANS) {
    // A fresh prefix per run and target: nothing measured here meets keys of another run.
    const keyPrefix = `bench-ingest-${runTag}:${plan.key}:`;
    console.error(`starting ${plan.label}`);
    const server = await startServer(
      plan.file,
      serverEnv(plan, redisUrl, keyPrefix, settings),
      nodeArgs(plan, settings),
    );
    cleanups.push(() => server.stop());
    targets.push({
      ...plan,
      server,
      url: `${server.baseUrl}${WEBHOOK_PATH}`,
      keyPrefix,
      latenciesMs: [],
      volleys: [],
      cpuS: { server: 0, redis: 0, loadGenerator: 0 },
      queued: 0,
      calls: {},
    });
  }
  return targets;
}

function writeResults(run: RunInfo, settings: Settings, rows: TargetSummary[], report: string): string {
  const { startedAt, ...environment } = run;
  const results = {
    startedAt: startedAt.toISOString(),
    environment: { node: process.version, ...environment, cpuProfileDir: settings.cpuProfileDir ?? null },
    report,
    rows,
  };
  return saveResults('ingest', run.startedAt, results);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = loadavg()[0];
  const settings = readSettings(process.env, startedAt);
  const runTag = startedAt.getTime().toString(36);

  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const probe = new RedisProbe(redis.url);
  cleanups.push(() => probe.close());
  const targets = await startTargets(redis.url, runTag, settings);
  const deliveries = new SignedDeliveries(APP_SECRET, runTag);
  for (const target of targets) await preflight(target, deliveries);
  await probe.flush();

  const { slices, sliceS, peakBytes } = await runSlices(targets, deliveries, probe, settings);
  const rows = targets.map(summarise);
  const run: RunInfo = {
    startedAt,
    loadAtStart,
    durationS: settings.durationS,
    warmUpS: WARM_UP_S,
    slices,
    sliceS,
    connections: settings.connections,
    logLevel: settings.logLevel,
    redisVersion: await probe.version(),
    redisPeakBytes: peakBytes,
    source: describeSource(),
  };

  const problems = findProblems(rows, settings.connections);
  const report = [
    formatTable(rows),
    '',
    ...describeVerdicts(rows),
    '',
    ...describeCosts(rows),
    '',
    describeEnvironment(run),
  ].join('\n');
  console.log(report);
  for (const problem of problems) console.warn(`WARNING: ${problem} (figures not comparable)`);
  if (problems.length > 0) process.exitCode = 1;
  console.error(`results written to ${writeResults(run, settings, rows, report)}`);
  await cleanUp();
  if (settings.cpuProfileDir) console.error(`app CPU profile in ${settings.cpuProfileDir}`);
}

runBench(main, cleanUp);
