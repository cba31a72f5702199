import { createInterface, type Interface } from 'node:readline';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { createApp } from '../app.factory';
import { loadConfig, type RawEnvironment } from '../config/load-config';
import { WorkQueue } from '../queue/work-queue.port';
import { SessionManager } from '../session/session-manager';
import { ChatGuest } from './chat-guest';
import { pickChoice } from './chat-renderer';
import { ChatTerminal } from './chat-terminal';
import { LoopbackGraph } from './loopback-graph';

const TENANT_ID = 'demo';
const HOTEL_NUMBER_ID = '100000000000001';
/** A made-up Spanish mobile number for the guest; /reset counts up from it. */
const FIRST_GUEST_NUMBER = 34_600_123_001;
const PROMPT = 'you › ';

const BANNER = [
  'Hotel Demo — terminal chat (embedded mode: no Redis, no WhatsApp; replies go through the real',
  'queue, orchestrator and WhatsApp sender to a loopback Graph API on this machine).',
  'Write as a guest would, in Spanish or English. When a reply offers numbered options, type the',
  'number to tap it. Commands: /reset (a new guest), /help, /quit (or Ctrl-D).',
  '',
].join('\n');

const HELP =
  'Commands: /reset starts a new guest, /quit (or Ctrl-D) leaves. Type a number to pick an option.';

export interface ChatOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Whether the input is a terminal: line editing, and typed lines are echoed by it, not by the chat. */
  isTerminal: boolean;
  /** Where the app's logs go (never the output: it holds only the conversation). */
  logs: DestinationStream;
  /** Log warnings and errors instead of nothing. */
  verbose: boolean;
}

/**
 * A conversation with the demo hotel until /quit or the end of the input: the app boots in embedded
 * mode with its WhatsApp sender pointed at a loopback Graph API, whose bodies are printed.
 */
export async function runChat(options: ChatOptions): Promise<void> {
  const pending: unknown[] = [];
  let terminal: ChatTerminal | undefined;
  const graph = await LoopbackGraph.start((body) => (terminal ? terminal.show(body) : pending.push(body)));
  let app: NestFastifyApplication | undefined;
  try {
    app = await createApp(loadConfig(chatEnvironment(graph.baseUrl, options.verbose)), {
      logDestination: options.logs,
    });
    await app.init();
    const lines = createInterface({
      input: options.input,
      output: options.output,
      terminal: options.isTerminal,
    });
    const shown = new ChatTerminal(options.output, lines);
    terminal = shown;
    const guest = new ChatGuest(app.get(WorkQueue), app.get(SessionManager), {
      tenantId: TENANT_ID,
      phoneNumberId: HOTEL_NUMBER_ID,
      firstNumber: FIRST_GUEST_NUMBER,
      replies: () => shown.replies,
    });
    shown.setGuest(guest.number);
    for (const body of pending.splice(0)) shown.show(body);
    await converse(lines, guest, shown, options.isTerminal);
  } finally {
    await app?.close();
    await graph.close();
  }
}

/** The configuration of a chat: embedded mode, nothing listening, WhatsApp answered on loopback. */
function chatEnvironment(graphBaseUrl: string, verbose: boolean): RawEnvironment {
  return {
    LOG_LEVEL: verbose ? 'warn' : 'silent',
    DEFAULT_TENANT_ID: TENANT_ID,
    WHATSAPP_API_BASE_URL: graphBaseUrl,
    WHATSAPP_ACCESS_TOKEN: 'chat-shell',
    SHUTDOWN_TIMEOUT_MS: '2000',
  };
}

async function converse(
  lines: Interface,
  guest: ChatGuest,
  terminal: ChatTerminal,
  isTerminal: boolean,
): Promise<void> {
  terminal.write(BANNER);
  lines.setPrompt(PROMPT);
  lines.on('SIGINT', () => lines.close());
  lines.prompt();
  for await (const line of lines) {
    // Piped input is not echoed: write it, so that a transcript reads like the conversation.
    if (!isTerminal) terminal.write(line);
    if (!(await handleLine(line, guest, terminal))) break;
    lines.prompt();
  }
  lines.close();
  terminal.write('');
}

/** Handles one typed line; resolves false when the chat should end. */
async function handleLine(line: string, guest: ChatGuest, terminal: ChatTerminal): Promise<boolean> {
  const input = line.trim();
  if (input === '') return true;
  if (input === '/quit' || input === '/exit') return false;
  if (input === '/reset') {
    terminal.setGuest(guest.reset());
    terminal.write(`(a new guest, +${guest.number}: the hotel does not know them)`);
    return true;
  }
  if (input.startsWith('/')) {
    terminal.write(HELP);
    return true;
  }
  const choice = pickChoice(input, terminal.choices);
  if (choice) terminal.write(`      → ${choice.title}`);
  terminal.setBusy(true);
  try {
    const replies = await guest.say(input, choice);
    if (replies === undefined)
      terminal.write('(no answer: the message was not handled in time; try --verbose)');
    else if (replies === 0) terminal.write('(no reply)');
  } finally {
    terminal.setBusy(false);
  }
  return true;
}
