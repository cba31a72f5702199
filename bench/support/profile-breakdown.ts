import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of the monotonic clock in µs (process.hrtime, the clock V8 stamps its samples with). */
export interface Window {
  startUs: number;
  endUs: number;
}

export interface CategoryShare {
  category: string;
  /** Share of the busy (non-idle) time in the windows. */
  pct: number;
  /**
   * The share of the CPU per message measured from /proc: the profile's own busy time counts the
   * time the process waited for a core on a loaded machine, so it is not divided by itself.
   */
  usPerMessage: number;
}

export interface ProfileBreakdown {
  busyS: number;
  idleS: number;
  messages: number;
  /** The app's CPU per message as measured from /proc in the same slices: the shares are of this. */
  cpuUsPerMessage: number;
  /** Each sample once, to the innermost frame of a known package (natives count for their caller). */
  self: CategoryShare[];
  /** Samples with at least one frame of the subsystem anywhere on the (synchronous) stack. */
  inclusive: CategoryShare[];
}

const REPO_ROOT = resolve(__dirname, '..', '..');

const PACKAGES: Array<[string, RegExp]> = [
  ['NLU', /^(@nlpjs\/|chrono-node)/],
  ['BullMQ', /^(bullmq|msgpackr|cron-parser)/],
  ['ioredis', /^(ioredis|@ioredis\/|redis-parser|redis-errors|cluster-key-slot|denque|standard-as-callback)/],
  [
    'HTTP in (Fastify)',
    /^(fastify|@fastify\/|find-my-way|avvio|fast-json-stringify|secure-json-parse|fast-content-type-parse|light-my-request|@nestjs\/platform-fastify|fast-querystring|toad-cache)/,
  ],
  ['HTTP out (fetch/undici)', /^undici/],
  [
    'logging (pino)',
    /^(pino|nestjs-pino|sonic-boom|fast-redact|@pinojs\/|safe-stable-stringify|quick-format-unescaped|thread-stream|on-exit-leak-free|atomic-sleep)/,
  ],
  ['metrics (prom-client)', /^(prom-client|@willsoto\/|tdigest|bintrees)/],
  ['validation (class-validator)', /^(class-validator|class-transformer|validator|libphonenumber-js)/],
  ['replies (intl-messageformat)', /^(intl-messageformat|@formatjs\/)/],
  ['PMS', /^opossum/],
  ['Nest core', /^(@nestjs\/|rxjs|reflect-metadata|tslib)/],
  ['ts-node', /^(ts-node|typescript|source-map-support|@cspotcode\/)/],
];

const SOURCE_FOLDERS: Array<[string, RegExp]> = [
  ['NLU', /^src\/nlp\//],
  ['orchestrator pipeline (worker, inbox, outbox)', /^src\/orchestrator\/pipeline\//],
  ['dialogue & intent handlers', /^src\/orchestrator\//],
  ['PMS', /^src\/pms\//],
  ['lock', /^src\/lock\//],
  ['session', /^src\/session\//],
  ['store (src/storage)', /^src\/storage\//],
  ['queue wrapper (src/queue)', /^src\/queue\//],
  ['gateway (webhook, sender)', /^src\/gateway\//],
  ['tenants', /^src\/tenants\//],
  ['logging (pino)', /^src\/common\/logging\//],
  ['metrics (prom-client)', /^src\/metrics\//],
  ['app, other', /^src\//],
  ['bench instruments', /^bench\//],
];

/** Subsystems counted inclusively: a frame matching anywhere on the stack. */
const SUBSYSTEMS: Array<[string, RegExp]> = [
  ['NLU (src/nlp, @nlpjs, chrono-node)', /(src\/nlp\/|node_modules\/@nlpjs\/|node_modules\/chrono-node\/)/],
  [
    'webhook intake (src/gateway/webhooks, intake)',
    /src\/gateway\/(webhooks|intake|whatsapp\/whatsapp-(normalizer|webhook|signature))/,
  ],
  ['inbound worker (src/orchestrator/pipeline)', /src\/orchestrator\/pipeline\//],
  [
    'outbound dispatcher + sender (src/gateway/outbound, whatsapp)',
    /src\/gateway\/(outbound|whatsapp\/whatsapp\.(sender|client)|whatsapp\/whatsapp-payloads)/,
  ],
  ['BullMQ', /node_modules\/(bullmq|msgpackr)\//],
  ['ioredis', /node_modules\/(ioredis|redis-parser)\//],
  ['logging (pino)', /(node_modules\/(pino|nestjs-pino|sonic-boom|fast-redact)\/|src\/common\/logging\/)/],
  ['HTTP out (fetch/undici)', /(node_modules\/undici\/|node:internal\/deps\/undici\/)/],
  ['HTTP in (Fastify)', /node_modules\/(fastify|@fastify\/|find-my-way|@nestjs\/platform-fastify)\//],
  ['metrics (prom-client)', /node_modules\/prom-client\//],
];

function pathOf(url: string): string {
  return url.replace(/^file:\/\//, '');
}

/** Node's own modules that are a cost of their own rather than of their caller. */
const NODE_MODULES: Array<[string, RegExp]> = [
  ['HTTP out (fetch/undici)', /^node:internal\/deps\/undici\//],
  ['async hooks (AsyncLocalStorage, AsyncResource)', /^node:(internal\/)?async_hooks$/],
  ['AbortController/AbortSignal', /^node:internal\/abort_controller$/],
];

/** The category of one frame, or undefined for frames that count for their caller (natives, node core). */
function categoryOf({ functionName, url }: CallFrame): string | undefined {
  if (url === '') {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(program)') return 'V8 (program)';
    return undefined;
  }
  const path = pathOf(url);
  // The trampoline under every callback is no cost of async hooks.
  if (functionName === 'callbackTrampoline') return undefined;
  if (path.startsWith('node:')) return NODE_MODULES.find(([, pattern]) => pattern.test(path))?.[0];
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const module = path.slice(inModules + '/node_modules/'.length);
    return PACKAGES.find(([, pattern]) => pattern.test(module))?.[0] ?? 'other packages';
  }
  // The e2e bench runs the app compiled into .bench/app-build, which mirrors the repository's folders.
  const relative = (path.startsWith(`${REPO_ROOT}/`) ? path.slice(REPO_ROOT.length + 1) : path).replace(
    /^\.bench\/app-build\//,
    '',
  );
  return SOURCE_FOLDERS.find(([, pattern]) => pattern.test(relative))?.[0] ?? 'other';
}

/** A stack of Node's own frames only (timers, sockets, promise jobs): named by its innermost module. */
function nodeCoreOf(frames: CallFrame[]): string {
  const inner = frames.find((frame) => frame.url.startsWith('node:'));
  const module = inner?.url.replace(/^node:(internal\/)?/, '').split('/')[0];
  return module ? `node core (${module})` : `node core (${frames[0].functionName || 'native'})`;
}

/**
 * The one profile of the app's main thread that node wrote into `dir` (named
 * CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; the NLU worker thread writes its own).
 */
export function findProfile(dir: string): string {
  const files = readdirSync(dir).filter((file) => /\.\d+\.0\.\d+\.cpuprofile$/.test(file));
  if (files.length !== 1)
    throw new Error(`expected one main-thread .cpuprofile in ${dir}, found ${files.length}`);
  return resolve(dir, files[0]);
}

/**
 * Where the app's CPU went during the given windows (the measured slices of one target), as shares
 * of the busy time and as µs of the measured CPU per message answered in those windows.
 */
export function breakDownProfile(
  file: string,
  windows: Window[],
  messages: { count: number; cpuUsPerMessage: number },
): ProfileBreakdown {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfUs = new Map<string, number>();
  const inclusiveUs = new Map<string, number>();
  const stacks = new Map<number, { category: string; urls: string } | 'idle'>();
  const stackOf = (id: number): { category: string; urls: string } | 'idle' => {
    const known = stacks.get(id);
    if (known) return known;
    const frames: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
      frames.push(byId.get(at)!.callFrame);
    const result =
      frames[0].functionName === '(idle)'
        ? 'idle'
        : {
            category: frames.map(categoryOf).find((category) => category !== undefined) ?? nodeCoreOf(frames),
            urls: frames.map((frame) => pathOf(frame.url)).join('\n'),
          };
    stacks.set(id, result);
    return result;
  };
  let busyUs = 0;
  let idleUs = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (!windows.some((w) => at >= w.startUs && at < w.endUs)) return;
    const stack = stackOf(id);
    if (stack === 'idle') {
      idleUs += us;
      return;
    }
    busyUs += us;
    selfUs.set(stack.category, (selfUs.get(stack.category) ?? 0) + us);
    for (const [subsystem, pattern] of SUBSYSTEMS)
      if (pattern.test(stack.urls)) inclusiveUs.set(subsystem, (inclusiveUs.get(subsystem) ?? 0) + us);
  });
  const shares = (tally: Map<string, number>): CategoryShare[] =>
    [...tally]
      .sort(([, a], [, b]) => b - a)
      .map(([category, us]) => ({
        category,
        pct: (100 * us) / busyUs,
        usPerMessage: (us / busyUs) * messages.cpuUsPerMessage,
      }));
  return {
    busyS: busyUs / 1e6,
    idleS: idleUs / 1e6,
    messages: messages.count,
    cpuUsPerMessage: messages.cpuUsPerMessage,
    self: shares(selfUs),
    inclusive: shares(inclusiveUs),
  };
}
