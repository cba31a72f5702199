import { parentPort } from 'node:worker_threads';
import { startNluThreadHandler } from './nlu-thread.handler';
import type { ThreadMessage } from './nlu-thread.protocol';

// The NLU thread's entry, started by NluThread.
const port = parentPort;
if (!port) throw new Error('nlu.worker runs as a worker thread (see NluThread)');
port.on(
  'message',
  startNluThreadHandler((message: ThreadMessage) => port.postMessage(message)),
);
