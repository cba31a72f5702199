import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { APP_SECRET } from '../../test/support/whatsapp-builders';
import { freePort } from '../../test/support/redis-server';
import { buildBenchApp } from './app-build';
import { type ChildServer, startCompiledServer, startServer } from './child-server';
import type { JourneyTracker } from './e2e-load';
import type { PreflightRow } from './e2e-report';
import type { Phase, Target, TargetKey } from './e2e-targets';
import type { FakeGraph } from './fake-graph';
import type { DeliveryFactory, GuestMix } from './guest-mix';
import { oneOf, positiveInteger } from './settings';
import { fileStamp } from './results-file';

const WEBHOOK_PATH = '/webhooks/whatsapp';
const ACCESS_TOKEN = 'bench-graph-token';
/** After a pre-flight message's first reply, how long to wait for the rest of its replies. */
const PREFLIGHT_SETTLE_MS = 300;
const ALL_TARGETS: TargetKey[] = ['realistic', 'greetings', 'sticker', 'bare'];

export interface Settings {
  durationS: number;
  /** Discarded saturation per target before the phases (JIT tiers, heap sizing, connections). */
  warmUpS: number;
  window: number;
  ratePerS: number;
  workerConcurrency: number;
  /** The app's NLP_THREAD: the NLU on a worker thread (the default) or on the main thread. */
  nlpThread: 'worker' | 'main';
  /** How the app runs: compiled by tsc, as it ships (the default), or under ts-node (as before). */
  appRun: 'compiled' | 'ts-node';
  logLevel: string;
  targets: TargetKey[];
  nluRounds: number;
  /** Node flags for the app (BENCH_APP_NODE_ARGS, e.g. `--max-semi-space-size=64`; `""` for none). */
  appNodeArgs: string[];
  cpuProfileDir?: string;
}

function readTargets(raw: string | undefined): TargetKey[] {
  if (!raw) return ALL_TARGETS;
  const keys = raw.split(',').map((key) => key.trim());
  const unknown = keys.filter((key) => !(ALL_TARGETS as string[]).includes(key));
  if (unknown.length > 0 || keys.length === 0)
    throw new Error(`BENCH_TARGETS takes a list of ${ALL_TARGETS.join(', ')}; got "${raw}"`);
  return keys as TargetKey[];
}

// The app's slices kept speeding up through a whole run after 3 s (766 → 1,034 msg/s, 2026-11-26);
// after 12 s they are flat (1,029 / 1,060 / 1,046 / 1,115): JIT and heap sizing take that long.
const DEFAULT_WARM_UP_S = 12;
/** The node flags `npm start` runs the service with (package.json; the image's CMD has the same). */
const SERVICE_NODE_ARGS = (
  JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--'))
  .join(' ');

/** The bench's knobs (see e2e.bench.ts); the CPU profile goes to `<resultsDir>/profiles/e2e-<time>`. */
export function readSettings(env: NodeJS.ProcessEnv, startedAt: Date, resultsDir: string): Settings {
  return {
    durationS: positiveInteger(env, 'BENCH_DURATION_S', 10),
    warmUpS: positiveInteger(env, 'BENCH_WARMUP_S', DEFAULT_WARM_UP_S),
    window: positiveInteger(env, 'BENCH_WINDOW', 64),
    ratePerS: positiveInteger(env, 'BENCH_RATE', 200),
    workerConcurrency: positiveInteger(env, 'BENCH_WORKER_CONCURRENCY', 32),
    logLevel: env.BENCH_LOG_LEVEL ?? 'info',
    nlpThread: oneOf(env, 'BENCH_NLP_THREAD', ['worker', 'main']),
    appRun: oneOf(env, 'BENCH_APP_RUN', ['compiled', 'ts-node']),
    targets: readTargets(env.BENCH_TARGETS),
    nluRounds: positiveInteger(env, 'BENCH_NLU_ROUNDS', 200),
    // The flags the service runs with (package.json's start, the Dockerfile's CMD) unless told otherwise.
    appNodeArgs: (env.BENCH_APP_NODE_ARGS ?? SERVICE_NODE_ARGS).split(/\s+/).filter((arg) => arg !== ''),
    ...(env.BENCH_CPU_PROFILE === '1'
      ? { cpuProfileDir: resolve(resultsDir, 'profiles', `e2e-${fileStamp(startedAt)}`) }
      : {}),
  };
}

export interface Servers {
  app?: ChildServer & { statsUrl: string; keyPrefix: string };
  bare?: ChildServer & { keyPrefix: string };
}

/**
 * The app (when an app target is asked for) and the bare baseline (when it is), each in its own
 * process, under key prefixes of their own; `onStarted` is told of each so it is stopped on exit.
 */
export async function startServers(
  redisUrl: string,
  graph: FakeGraph,
  runTag: string,
  settings: Settings,
  onStarted: (server: ChildServer) => void,
): Promise<Servers> {
  const common = {
    REDIS_URL: redisUrl,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
    WHATSAPP_API_BASE_URL: graph.baseUrl,
    WORKER_CONCURRENCY: String(settings.workerConcurrency),
  };
  const servers: Servers = {};
  if (settings.targets.some((key) => key !== 'bare')) {
    const keyPrefix = `bench-e2e-${runTag}:app:`;
    const statsPort = await freePort();
    console.error('starting the app (APP_ROLE=all, Redis mode)');
    const nodeArgs = [
      ...settings.appNodeArgs,
      ...(settings.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`] : []),
    ];
    const env = {
      ...common,
      KEY_PREFIX: keyPrefix,
      LOG_LEVEL: settings.logLevel,
      NLP_THREAD: settings.nlpThread,
      BENCH_STATS_PORT: String(statsPort),
    };
    const server =
      settings.appRun === 'compiled'
        ? await startCompiledServer(buildBenchApp(), env, nodeArgs)
        : await startServer('e2e-app.server.ts', env, nodeArgs);
    onStarted(server);
    servers.app = { ...server, statsUrl: `http://127.0.0.1:${statsPort}/stats`, keyPrefix };
  }
  if (settings.targets.includes('bare')) {
    const keyPrefix = `bench-e2e-${runTag}:bare:`;
    console.error('starting the bare baseline');
    const server = await startServer('bare-e2e.server.ts', { ...common, KEY_PREFIX: keyPrefix });
    onStarted(server);
    servers.bare = { ...server, keyPrefix };
  }
  return servers;
}

const TARGET_LABELS: Record<TargetKey, string> = {
  realistic: 'app, realistic mix',
  greetings: 'app, greetings only',
  sticker: 'app, stickers (no NLU, no handler)',
  bare: 'bare: Fastify + ioredis + fetch, same journey by hand',
};

/** The targets asked for; the baseline is sent the realistic mix (its reply does not depend on it). */
export function buildTargets(servers: Servers, mixes: GuestMix[], settings: Settings): Target[] {
  const mixOf = (key: TargetKey): GuestMix =>
    mixes.find((mix) => mix.key === (key === 'bare' ? 'realistic' : key))!;
  const empty = (): Record<Phase, []> => ({ saturation: [], 'fixed-rate': [] });
  return settings.targets.map((key): Target => {
    if (key === 'bare') {
      const bare = servers.bare!;
      return {
        key,
        label: TARGET_LABELS[key],
        server: bare,
        url: `${bare.baseUrl}${WEBHOOK_PATH}`,
        mix: mixOf(key),
        queueLists: { 'inbound list': `${bare.keyPrefix}inbound` },
        slices: empty(),
      };
    }
    const app = servers.app!;
    const bull = `${app.keyPrefix}bull`;
    return {
      key,
      label: TARGET_LABELS[key],
      server: app,
      url: `${app.baseUrl}${WEBHOOK_PATH}`,
      mix: mixOf(key),
      statsUrl: app.statsUrl,
      queueLists: {
        'inbound waiting': `${bull}:inbound:wait`,
        'inbound active': `${bull}:inbound:active`,
        'outbound waiting': `${bull}:outbound:wait`,
        'outbound active': `${bull}:outbound:active`,
      },
      slices: empty(),
    };
  });
}

/** Each message kind once, from a fresh guest, one at a time: the reply must be the right one. */
export async function preflight(
  targets: Target[],
  tracker: JourneyTracker,
  factory: DeliveryFactory,
): Promise<PreflightRow[]> {
  const rows: PreflightRow[] = [];
  tracker.keepTexts = true;
  const seen = new Set<string>();
  for (const target of targets) {
    for (const kind of target.key === 'bare' ? target.mix.kinds.slice(0, 1) : target.mix.kinds) {
      const serverKind = `${target.server.baseUrl} ${kind.label}`;
      if (seen.has(serverKind)) continue;
      seen.add(serverKind);
      const journey = tracker.send(target.url, factory.deliver(kind));
      await journey.done;
      await delay(PREFLIGHT_SETTLE_MS);
      const replies = journey.replyTexts ?? [];
      const expect = target.key === 'bare' ? /./ : kind.expect;
      rows.push({
        label: kind.label,
        input: kind.text,
        target: target.key === 'bare' ? 'bare' : 'app',
        replies,
        ms: journey.firstReplyMs === undefined ? Number.NaN : journey.firstReplyMs - journey.postedMs,
        ok: journey.webhookStatus === 200 && replies.length > 0 && expect.test(replies[0]),
      });
    }
  }
  tracker.keepTexts = false;
  return rows;
}
