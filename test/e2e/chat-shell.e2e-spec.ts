import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runChat } from '../../src/cli/chat-shell';
import { waitFor } from '../support/wait';

const ROOT = join(__dirname, '..', '..');
/** Booting the app under ts-node trains the NLP: slow on a busy machine. */
const BOOT_MS = 180_000;
const TURN_MS = 20_000;

jest.setTimeout(400_000);

/** `npm run chat` as a child process, its stdout collected. */
class ChatShell {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor() {
    this.child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/chat.ts'], {
      cwd: ROOT,
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  type(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Waits until stdout, after `from`, matches every pattern; returns that part of stdout. */
  async expectOutput(from: number, patterns: RegExp[], timeoutMs = TURN_MS): Promise<string> {
    return waitFor(
      () => {
        const fresh = this.stdout.slice(from);
        return patterns.every((pattern) => pattern.test(fresh)) ? fresh : undefined;
      },
      timeoutMs,
      `${patterns.join(', ')} in the chat's output (stdout: ${JSON.stringify(this.stdout.slice(from))}, stderr: ${JSON.stringify(this.stderr)})`,
    );
  }

  /** Closes its stdin, as Ctrl-D does on a terminal. */
  endInput(): void {
    this.child.stdin.end();
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

describe('npm run chat', () => {
  let shell: ChatShell | undefined;

  afterEach(() => shell?.kill());

  it('talks with the demo hotel through the pipeline and exits cleanly on /quit', async () => {
    shell = new ChatShell();
    await shell.expectOutput(0, [/\/quit/, /you › $/], BOOT_MS);

    let mark = shell.stdout.length;
    shell.type('hola');
    const greeting = await shell.expectOutput(mark, [/hotel › .*Hola/, /Hotel Demo/, /you › $/]);
    expect(greeting).not.toMatch(/"level"/);

    mark = shell.stdout.length;
    shell.type('¿dónde estáis?');
    const location = await shell.expectOutput(mark, [
      /📍 Hotel Demo — Calle Mayor 10.*\(40\.4153, -3\.7074\)/,
      /https:\/\/www\.google\.com\/maps\?q=40\.4153,-3\.7074/,
      /you › $/,
    ]);
    expect(location).not.toMatch(/"level"/);

    shell.type('/quit');
    await expect(shell.exited).resolves.toBe(0);
    // Only the conversation on stdout: no log lines (they are JSON) and no stack traces.
    expect(shell.stdout).not.toMatch(/^\{/m);
    expect(shell.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('ends with exit code 0 when the input ends (Ctrl-D)', async () => {
    shell = new ChatShell();
    await shell.expectOutput(0, [/you › $/], BOOT_MS);
    shell.type('hello');
    await shell.expectOutput(0, [/hotel › .*Hello/, /you › $/]);
    shell.endInput();
    await expect(shell.exited).resolves.toBe(0);
  });
});

describe('runChat', () => {
  it('numbers the options of a reply and taps the one whose number is typed', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
    const logs: string[] = [];
    const chat = runChat({
      input,
      output,
      isTerminal: false,
      logs: { write: (line: string) => void logs.push(line) },
      verbose: true,
    });
    const after = async (mark: number, pattern: RegExp, timeoutMs = TURN_MS): Promise<string> =>
      waitFor(
        () => (pattern.test(printed.slice(mark)) ? printed.slice(mark) : undefined),
        timeoutMs,
        `${pattern} in ${JSON.stringify(printed.slice(mark))}`,
      );
    // The first prompt comes once the app has booted, the NLU trained with it.
    await after(0, /you › $/, BOOT_MS);

    let mark = printed.length;
    input.write('hola\n');
    expect(await after(mark, /you › $/)).toMatch(/^hola\nhotel › .*Hotel Demo/);

    mark = printed.length;
    input.write('¿tenéis habitación del 10 al 12 de agosto para 2 personas?\n');
    const offer = await after(mark, /you › $/);
    const option = /\[1\] ([^\n[]+?)(?: {2}|\n|$)/.exec(offer);
    expect(option).not.toBeNull();

    mark = printed.length;
    input.write('1\n');
    const tapped = await after(mark, /you › $/);
    expect(tapped).toContain(`→ ${option![1]}`);
    expect(tapped).toMatch(/hotel › /);

    mark = printed.length;
    input.write('/reset\n/nonsense\n');
    await after(mark, /a new guest[\s\S]*Commands:[\s\S]*you › $/);

    input.end();
    await chat;
    expect(printed).not.toMatch(/"level"/);
    expect(logs.join('')).not.toMatch(/"level":50/);
  }, 180_000);
});
