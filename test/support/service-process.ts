import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait';

const ROOT = join(__dirname, '..', '..');

/** A service process started with ts-node (no build needed), its log lines parsed as they arrive. */
export class ServiceProcess {
  readonly lines: Array<Record<string, unknown>> = [];
  stderr = '';
  exitCode: number | null = null;
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        try {
          this.lines.push(JSON.parse(part) as Record<string, unknown>);
        } catch {
          this.lines.push({ msg: part });
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
  }

  /** `entry` is a path from the repository root, e.g. `src/main.ts`. */
  static start(entry: string, env: Record<string, string>): ServiceProcess {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(child);
  }

  logged(msg: string): boolean {
    return this.lines.some((line) => line.msg === msg);
  }

  indexOf(msg: string): number {
    return this.lines.findIndex((line) => line.msg === msg);
  }

  async waitForLog(msg: string, timeoutMs = 60_000): Promise<void> {
    await waitFor(() => this.logged(msg) || this.exitCode !== null, timeoutMs, `log "${msg}"`);
    if (!this.logged(msg)) throw new Error(`exited (${this.exitCode}) before logging ${msg}: ${this.stderr}`);
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async waitForExit(timeoutMs = 60_000): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  async stop(): Promise<void> {
    if (this.exitCode === null) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
