import type { RoomType } from '../../tenants/tenant';
import { parseText, trainedClassifier } from '../parse-text';
import type { ParseMessage, ThreadMessage } from './nlu-thread.protocol';

/**
 * The NLU thread's side of the protocol: trains once (announcing it with `ready` or
 * `training-failed`), then answers each ParseMessage, keeping each tenant's latest room types.
 */
export function startNluThreadHandler(
  post: (message: ThreadMessage) => void,
): (message: ParseMessage) => void {
  const roomTypesByTenant = new Map<string, { version: number; roomTypes: readonly RoomType[] }>();
  const started = Date.now();
  trainedClassifier().then(
    () => post({ kind: 'ready', trainingMs: Date.now() - started }),
    (error: unknown) => post({ kind: 'training-failed', message: messageOf(error) }),
  );
  return (message) => {
    const { id, tenantKey, roomTypesVersion } = message;
    if (message.roomTypes)
      roomTypesByTenant.set(tenantKey, { version: roomTypesVersion, roomTypes: message.roomTypes });
    const known = roomTypesByTenant.get(tenantKey);
    if (known?.version !== roomTypesVersion) {
      post({
        kind: 'failed',
        id,
        message: `room types of "${tenantKey}" v${roomTypesVersion} were never sent`,
      });
      return;
    }
    parseText({ ...message.request, roomTypes: known.roomTypes }).then(
      (result) => post({ kind: 'parsed', id, result }),
      (error: unknown) => post({ kind: 'failed', id, message: messageOf(error) }),
    );
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
