import type { PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { guestMessage } from '../../../test/support/turn-fixtures';
import type { AppConfig } from '../../config/app-config';
import type { JobRequest, WorkQueue } from '../../queue/work-queue.port';
import { MessageIntake } from './message-intake';

const counter = () => ({ inc: jest.fn() }) as unknown as Counter<string> & { inc: jest.Mock };

/** A queue that records, per addAll, the jobs and the tick it was called in (ticks end at process.nextTick). */
function recordingQueue(known = new Set<string>()) {
  const calls: Array<{ tick: number; jobs: Array<JobRequest<unknown>> }> = [];
  let tick = 0;
  let closing = false;
  const queue = {
    addAll: async (jobs: Array<JobRequest<unknown>>) => {
      calls.push({ tick, jobs });
      if (!closing) {
        closing = true;
        process.nextTick(() => {
          tick += 1;
          closing = false;
        });
      }
      return jobs.map((job) => {
        const key = job.dedupe?.key ?? job.id;
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
    },
  };
  return { queue: queue as unknown as WorkQueue, calls };
}

function intakeWith(queue: WorkQueue) {
  const received = counter();
  const duplicates = counter();
  const logger = { debug: jest.fn() } as unknown as PinoLogger;
  const config = { dedupTtlS: 604800 } as AppConfig;
  return { intake: new MessageIntake(queue, config, received, duplicates, logger), received, duplicates };
}

describe('MessageIntake', () => {
  it('queues each message under its dedupe key (channel and id) for DEDUP_TTL_S', async () => {
    const { queue, calls } = recordingQueue();
    const { intake, received } = intakeWith(queue);
    const result = await intake.accept([guestMessage({ id: 'wamid.A' }), guestMessage({ id: 'wamid.B' })]);
    expect(result).toEqual({ queued: 2, duplicates: 0 });
    expect(calls[0].jobs.map((job) => [job.queue, job.name, job.dedupe])).toEqual([
      ['inbound', 'whatsapp-message', { key: 'whatsapp:wamid.A', ttlMs: 604800000 }],
      ['inbound', 'whatsapp-message', { key: 'whatsapp:wamid.B', ttlMs: 604800000 }],
    ]);
    expect(received.inc).toHaveBeenCalledWith({ channel: 'whatsapp', type: 'text' });
  });

  it('counts the messages the queue dropped as duplicates', async () => {
    const { queue } = recordingQueue(new Set(['whatsapp:wamid.SEEN']));
    const { intake, duplicates } = intakeWith(queue);
    const result = await intake.accept([
      guestMessage({ id: 'wamid.SEEN' }),
      guestMessage({ id: 'wamid.NEW' }),
    ]);
    expect(result).toEqual({ queued: 1, duplicates: 1 });
    expect(duplicates.inc).toHaveBeenCalledTimes(1);
    expect(duplicates.inc).toHaveBeenCalledWith({ channel: 'whatsapp' });
  });

  it('queues the deliveries that arrive in one event-loop iteration in one tick, so they share a write', async () => {
    const { queue, calls } = recordingQueue();
    const { intake } = intakeWith(queue);
    // Two deliveries handled by two separate callbacks of one loop phase, as two requests read together.
    const accepted = await new Promise<unknown[]>((resolve) => {
      const pending: Array<Promise<unknown>> = [];
      setImmediate(() => pending.push(intake.accept([guestMessage({ id: 'wamid.1' })])));
      setImmediate(() => {
        pending.push(intake.accept([guestMessage({ id: 'wamid.2' })]));
        resolve(Promise.all(pending));
      });
    });
    expect(accepted).toHaveLength(2);
    expect(calls).toHaveLength(2);
    expect(calls[0].tick).toBe(calls[1].tick);
  });

  it('queues nothing for an empty delivery', async () => {
    const { queue, calls } = recordingQueue();
    const { intake } = intakeWith(queue);
    expect(await intake.accept([])).toEqual({ queued: 0, duplicates: 0 });
    expect(calls).toHaveLength(0);
  });
});
