import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Runs the fixture; resolves with its exit code and the `n` of each line, in the order written. */
function run(destination: 'service' | 'pino-default'): Promise<{ code: number | null; order: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'test/support/log-then-exit.ts'],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', LOG_DESTINATION: destination },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const lines = out
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { n?: number; msg: string });
      resolve({
        code,
        order: lines.filter((line) => line.n !== undefined).map((line) => line.n as number),
      });
    });
  });
}

describe("the service's log destination", () => {
  it('has every line on stdout, in order, when the process exits right after writing', async () => {
    const { code, order } = await run('service');
    expect(code).toBe(0);
    expect(order).toEqual(Array.from({ length: 100 }, (_, n) => n));
  }, 30_000);

  it("is needed: pino's default asynchronous stdout loses or reorders the lines of that exit", async () => {
    const { code, order } = await run('pino-default');
    expect(code).toBe(0);
    expect(order).not.toEqual(Array.from({ length: 100 }, (_, n) => n));
  }, 30_000);
});
