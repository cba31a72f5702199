import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { isReadyMessage } from '../servers/ready';

const REPO_ROOT = resolve(__dirname, '..', '..');
const READY_TIMEOUT_MS = 60_000;

/** A server under test, running in its own process so it has a core to itself. */
export interface ChildServer {
  readonly baseUrl: string;
  /** The server's process id (for CPU accounting); undefined only if the spawn failed. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * Starts `bench/servers/<file>` under ts-node and resolves once it reports its port over IPC.
 * Its stdout (the app's request logs) goes to /dev/null; stderr is shown, so a crash is visible.
 * `nodeArgs` go to node itself (`--cpu-prof` and friends, which NODE_OPTIONS refuses).
 */
export function startServer(
  file: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  return spawnServer(
    [...nodeArgs, '-r', 'ts-node/register/transpile-only', `bench/servers/${file}`],
    file,
    env,
  );
}

/** The same for a server compiled to JavaScript beforehand (`entry`, a path), run by plain node. */
export function startCompiledServer(
  entry: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  return spawnServer([...nodeArgs, entry], entry, env);
}

async function spawnServer(args: string[], label: string, env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    const port = await waitForPort(child, label);
    return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** Stops every server still running (on error or Ctrl-C). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

function waitForPort(child: ChildProcess, file: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${file} not ready after ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    child.on('message', (message: unknown) => {
      if (!isReadyMessage(message)) return;
      clearTimeout(timer);
      resolvePort(message.port);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
  });
}
