/**
 * The whole product end to end (design §2): a signed WhatsApp delivery in, the webhook, the inbound
 * queue, the orchestrator worker (conversation lock, session, NLU, intent handler), the outbound
 * queue and the WhatsApp sender, and the reply arriving at a fake Graph API in this process. Redis
 * mode on one throw-away redis-server; the app, compiled to JavaScript as it ships (not under
 * ts-node: see support/app-build.ts), runs with APP_ROLE=all in its own process. Every
 * message comes from a guest of its own (no two wait on one conversation lock); a reply names its
 * message by the recipient.
 * Targets, all measured in this run, in short slices that take turns (the order rotating):
 * - the app with the realistic mix (greetings, questions about the hotel, availability, thanks);
 * - the app with greetings only, the cheapest intent;
 * - the app with stickers: no text, so no NLU and no handler — everything else of the journey (the
 *   "null orchestrator" baseline, measured without touching src);
 * - bare: a hand-written Fastify + ioredis + fetch server doing the journey's essential work
 *   (bench/servers/bare-e2e.server.ts), the floor under the app's plumbing.
 * Phases: saturation (closed loop, BENCH_WINDOW messages in flight) and fixed rate (open loop at
 * BENCH_RATE msg/s: latency from the POST to the first reply). Before them, NluService.parse is timed
 * in this process.
 * Tuning: BENCH_DURATION_S (10 per target and phase), BENCH_WARMUP_S (discarded saturation per
 * target first, 12), BENCH_WINDOW (64), BENCH_RATE (200),
 * BENCH_WORKER_CONCURRENCY (32, the app's default), BENCH_NLP_THREAD (worker, the app's default, or
 * main), BENCH_APP_RUN (compiled, the default, or ts-node), BENCH_LOG_LEVEL (info), BENCH_TARGETS
 * (realistic,greetings,sticker,bare), BENCH_NLU_ROUNDS (200), BENCH_APP_NODE_ARGS (extra node flags
 * for the app, e.g. --max-semi-space-size=64), BENCH_CPU_PROFILE=1 (the app runs under node
 * --cpu-prof; the report breaks its CPU down per message for each app target's saturation slices and
 * its fixed-rate ones).
 */
import { loadavg } from 'node:os';
import { APP_SECRET } from '../test/support/whatsapp-builders';
import { startRedis } from '../test/support/redis-server';
import { JourneyTracker } from './support/e2e-load';
import {
  describeCosts,
  describeEnvironment,
  describeVerdicts,
  findProblems,
  formatFixedRate,
  formatNlu,
  formatPreflight,
  formatProfile,
  formatSaturation,
  type RunInfo,
} from './support/e2e-report';
import { buildTargets, preflight, readSettings, type Settings, startServers } from './support/e2e-setup';
import { type PhaseSummary, summarisePhase } from './support/e2e-summary';
import { runPhases, SLICE_S, type Target } from './support/e2e-targets';
import { describeTail } from './support/e2e-tail';
import { FakeGraph } from './support/fake-graph';
import { DeliveryFactory, guestMixes } from './support/guest-mix';
import { timeNlu, type NluTiming } from './support/nlu-timing';
import { breakDownProfile, findProfile, type ProfileBreakdown } from './support/profile-breakdown';
import { RedisProbe } from './support/redis-probe';
import { describeSource } from './support/source';
import { srcFingerprint } from './support/src-fingerprint';
import { runBench } from './support/run-bench';
import { RESULTS_DIR, saveResults } from './support/results-file';

/** Run in reverse on exit, error or Ctrl-C: servers, probe and fake Graph before Redis. */
const cleanups: Array<() => Promise<void>> = [];

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error));
}

/** Each app target's CPU broken down in its saturation slices, then in its fixed-rate ones. */
function profileBreakdowns(
  settings: Settings,
  targets: Target[],
  phases: { saturation: PhaseSummary[]; fixed: PhaseSummary[] },
): Array<[string, ProfileBreakdown]> {
  if (!settings.cpuProfileDir) return [];
  const file = findProfile(settings.cpuProfileDir);
  const appTargets = targets.filter((target) => target.key !== 'bare');
  const breakDown = (target: Target, phase: 'saturation' | 'fixed-rate', summaries: PhaseSummary[]) => {
    const summary = summaries.find((row) => row.key === target.key)!;
    const windows = target.slices[phase].map((slice) => slice.window);
    const messages = { count: summary.answered, cpuUsPerMessage: summary.cpuUsPerMessage.server };
    return breakDownProfile(file, windows, messages);
  };
  return [
    ...appTargets.map((target): [string, ProfileBreakdown] => [
      `${target.label}, saturation slices`,
      breakDown(target, 'saturation', phases.saturation),
    ]),
    ...appTargets.map((target): [string, ProfileBreakdown] => [
      `${target.label}, fixed-rate slices (${settings.ratePerS} msg/s)`,
      breakDown(target, 'fixed-rate', phases.fixed),
    ]),
  ];
}

function writeResults(run: RunInfo, settings: Settings, results: object, report: string): string {
  const { startedAt, ...environment } = run;
  const content = {
    startedAt: startedAt.toISOString(),
    environment: { node: process.version, ...environment, cpuProfileDir: settings.cpuProfileDir ?? null },
    settings,
    report,
    ...results,
  };
  return saveResults('e2e', run.startedAt, content);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = loadavg()[0];
  const settings = readSettings(process.env, startedAt, RESULTS_DIR);
  const runTag = startedAt.getTime().toString(36);
  // Taken before the app starts: the code it loads (src/ changes under other hands meanwhile).
  const fingerprint = srcFingerprint();

  // First, while nothing else of the bench runs and its heap is small (a full heap makes every
  // young-generation GC, the NLU's p99, slower).
  const mixes = guestMixes(startedAt);
  console.error(`timing NluService.parse in process (${settings.nluRounds} rounds)`);
  const nlu: NluTiming = await timeNlu(
    mixes.find((mix) => mix.key === 'realistic')!.kinds,
    settings.nluRounds,
  );

  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const probe = new RedisProbe(redis.url);
  cleanups.push(() => probe.close());
  const tracker = new JourneyTracker();
  cleanups.push(async () => tracker.close());
  const graph = await FakeGraph.start(tracker.onReply);
  cleanups.push(() => graph.stop());
  const servers = await startServers(redis.url, graph, runTag, settings, (server) =>
    cleanups.push(() => server.stop()),
  );
  const targets = buildTargets(servers, mixes, settings);
  const factory = new DeliveryFactory(APP_SECRET, runTag);

  const preflightRows = await preflight(targets, tracker, factory);
  const peakBytes = await runPhases(targets, { tracker, factory, probe, graph }, settings);
  const saturation = targets.map((target) => summarisePhase(target, 'saturation'));
  const fixed = targets.map((target) => summarisePhase(target, 'fixed-rate', settings.ratePerS));
  const redisVersion = await probe.version();
  // The app writes its CPU profile as it exits.
  await cleanUp();
  const profiles = profileBreakdowns(settings, targets, { saturation, fixed });

  const run: RunInfo = {
    startedAt,
    loadAtStart,
    loadAtEnd: loadavg()[0],
    durationS: settings.durationS,
    warmUpS: settings.warmUpS,
    sliceS: SLICE_S,
    window: settings.window,
    ratePerS: settings.ratePerS,
    workerConcurrency: settings.workerConcurrency,
    nlpThread: settings.nlpThread,
    appRun: settings.appRun,
    logLevel: settings.logLevel,
    appNodeArgs: settings.appNodeArgs,
    redisVersion,
    redisPeakBytes: peakBytes,
    source: describeSource(),
    srcFingerprint: fingerprint,
  };
  const report = [
    `### Saturation (closed loop, ${settings.window} messages in flight)`,
    '',
    formatSaturation(saturation),
    '',
    `### Fixed rate (open loop, ${settings.ratePerS} msg/s)`,
    '',
    formatFixedRate(fixed),
    '',
    ...describeVerdicts(saturation, fixed, nlu).map((line) => `- ${line}`),
    '',
    `### The latency tail at ${settings.ratePerS} msg/s`,
    '',
    ...fixed.flatMap((row) => (row.tail ? [`- ${describeTail(row.label, row.tail)}`] : [])),
    '',
    '### Where the messages went (saturation)',
    '',
    ...describeCosts(saturation),
    '',
    `### Where the messages went (fixed rate: a queue that is mostly empty costs more per message)`,
    '',
    ...describeCosts(fixed),
    '',
    `### NLU: NluService.parse in process (${nlu.rounds} rounds after warm-up; training took ${Math.round(nlu.trainingMs)} ms)`,
    '',
    formatNlu(nlu),
    ...profiles.flatMap(([label, breakdown]) => [
      '',
      `### App CPU profile: ${label}`,
      '',
      formatProfile(label, breakdown),
    ]),
    '',
    '### Pre-flight: each message kind once, from a fresh guest',
    '',
    formatPreflight(preflightRows),
    '',
    describeEnvironment(run),
  ].join('\n');
  console.log(report);
  const problems = findProblems([...saturation, ...fixed], preflightRows, tracker.strays);
  for (const problem of problems) console.warn(`WARNING: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  const results = {
    preflight: preflightRows,
    saturation,
    fixedRate: fixed,
    nlu,
    profiles: Object.fromEntries(profiles),
    // The monotonic µs windows of the saturation slices, to break a CPU profile down again afterwards.
    windows: Object.fromEntries(targets.map((t) => [t.key, t.slices.saturation.map((s) => s.window)])),
  };
  console.error(`results written to ${writeResults(run, settings, results, report)}`);
  if (settings.cpuProfileDir) console.error(`app CPU profile in ${settings.cpuProfileDir}`);
}

runBench(main, cleanUp);
