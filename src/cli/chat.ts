import 'reflect-metadata';
import { destination } from 'pino';
import { runChat } from './chat-shell';

/**
 * `npm run chat [-- --verbose]`: talk to the demo hotel on the terminal, as a guest on WhatsApp would
 * (like `rasa shell`). The conversation is on stdout; anything else (start-up, logs) on stderr.
 */
process.stderr.write('Starting the demo hotel…\n');
runChat({
  input: process.stdin,
  output: process.stdout,
  isTerminal: Boolean(process.stdin.isTTY),
  logs: destination({ dest: 2, sync: true }),
  verbose: process.argv.includes('--verbose'),
}).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `chat: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
