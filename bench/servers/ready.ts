import type { AddressInfo } from 'node:net';

/** What a bench server sends its parent over the IPC channel once it listens. */
export interface ReadyMessage {
  port: number;
}

export function isReadyMessage(message: unknown): message is ReadyMessage {
  return (
    typeof message === 'object' && message !== null && typeof (message as ReadyMessage).port === 'number'
  );
}

/**
 * Tells the parent (http.bench.ts) the port, over IPC because the app's stdout carries its logs and
 * goes to /dev/null. The server exits when the parent goes away, so a crashed bench leaves no orphan.
 */
export function announceReady(port: number): void {
  if (!process.send) {
    console.error(`listening on http://127.0.0.1:${port}`);
    return;
  }
  process.on('disconnect', () => process.exit(0));
  process.send({ port } satisfies ReadyMessage);
}

export function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string')
    throw new Error(`unexpected server address: ${address}`);
  return address.port;
}
