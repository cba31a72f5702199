/**
 * Where a CPU profile's time went, by package and by function, self and inclusive (a sample counts
 * once for every distinct function, or package, on its stack). For profiles of the bench servers
 * (BENCH_CPU_PROFILE=1 npm run bench:ingest writes one of the app under load).
 * Usage: ts-node --transpile-only bench/profile-summary.ts <file.cpuprofile> [--from <text>] [--top <n>]
 * --from drops every sample before the first whose stack holds a frame matching <text> (as
 * "functionName@url"), e.g. `--from whatsapp.webhook.ts` to leave out start-up.
 * Idle samples are left out: percentages are of the busy time in the window.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Options {
  file: string;
  from?: string;
  top: number;
}

interface Tally {
  self: Map<string, number>;
  inclusive: Map<string, number>;
}

const REPO_ROOT = resolve(__dirname, '..');
const SPECIAL = new Set(['(garbage collector)', '(program)', '(root)', '(idle)']);

function readOptions(argv: string[]): Options {
  const [file, ...rest] = argv;
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [--from <text>] [--top <n>]');
  const valueOf = (flag: string): string | undefined => {
    const at = rest.indexOf(flag);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  return { file, from: valueOf('--from'), top: Number(valueOf('--top') ?? 25) };
}

/** The package a frame belongs to: an npm package, a folder of src/, a Node core module, or V8's own. */
function packageOf({ functionName, url }: CallFrame): string {
  if (url === '') return SPECIAL.has(functionName) ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const [scope, name] = path.slice(inModules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (path.startsWith('node:'))
    return `node:${
      path
        .slice(5)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  if (path.startsWith(`${REPO_ROOT}/`)) {
    const [top, second] = path.slice(REPO_ROOT.length + 1).split('/');
    return top === 'src' && second && !second.includes('.') ? `src/${second}` : top;
  }
  return path;
}

function functionOf({ functionName, url, lineNumber }: CallFrame): string {
  if (url === '') return functionName || '(anonymous native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  const short =
    inModules >= 0 ? path.slice(inModules + '/node_modules/'.length) : path.replace(`${REPO_ROOT}/`, '');
  return `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function summarise(profile: CpuProfile, from: string | undefined) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stackOf = (id: number): CallFrame[] => {
    const frames: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
      frames.push(byId.get(at)!.callFrame);
    return frames;
  };
  const packages: Tally = { self: new Map(), inclusive: new Map() };
  const functions: Tally = { self: new Map(), inclusive: new Map() };
  let started = from === undefined;
  let busyUs = 0;
  let idleUs = 0;
  let windowUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const stack = stackOf(id);
    started ||= stack.some((f) => `${f.functionName}@${f.url}`.includes(from ?? ''));
    if (!started) return;
    windowUs += us;
    if (stack[0].functionName === '(idle)') {
      idleUs += us;
      return;
    }
    busyUs += us;
    add(packages.self, packageOf(stack[0]), us);
    add(functions.self, functionOf(stack[0]), us);
    for (const key of new Set(stack.map(packageOf))) add(packages.inclusive, key, us);
    for (const key of new Set(stack.map(functionOf))) add(functions.inclusive, key, us);
  });
  const totalUs = profile.endTime - profile.startTime;
  return { packages, functions, busyUs, idleUs, windowUs, totalUs };
}

function table(
  title: string,
  tally: Tally,
  busyUs: number,
  top: number,
  order: 'self' | 'inclusive',
): string {
  const pct = (us: number | undefined): string => `${((100 * (us ?? 0)) / busyUs).toFixed(1)}`;
  const rows = [...tally[order]].sort(([, a], [, b]) => b - a).slice(0, top);
  return [
    `### ${title}`,
    '',
    '| name | self % | inclusive % |',
    '| --- | ---: | ---: |',
    ...rows.map(([key]) => `| ${key} | ${pct(tally.self.get(key))} | ${pct(tally.inclusive.get(key))} |`),
  ].join('\n');
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const profile = JSON.parse(readFileSync(options.file, 'utf8')) as CpuProfile;
  const s = summarise(profile, options.from);
  const seconds = (us: number): string => (us / 1e6).toFixed(2);
  const ownFunctions: Tally = {
    self: s.functions.self,
    inclusive: new Map([...s.functions.inclusive].filter(([key]) => key.includes(' src/'))),
  };
  console.log(
    [
      `${options.file}: window ${seconds(s.windowUs)} s of ${seconds(s.totalUs)} s` +
        `${options.from ? ` (from the first "${options.from}")` : ''}, busy ${seconds(s.busyUs)} s, ` +
        `idle ${seconds(s.idleUs)} s; percentages are of the busy time`,
      '',
      table('packages by self time', s.packages, s.busyUs, options.top, 'self'),
      '',
      table('packages by inclusive time', s.packages, s.busyUs, options.top, 'inclusive'),
      '',
      table('functions by self time', s.functions, s.busyUs, options.top, 'self'),
      '',
      table(
        "the app's own functions (src/) by inclusive time",
        ownFunctions,
        s.busyUs,
        options.top,
        'inclusive',
      ),
    ].join('\n'),
  );
}

main();
