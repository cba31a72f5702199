// A separate process that uses the lock service against a shared Redis, for the multi-process tests.
//   MODE=count: WORKERS concurrent loops, each ROUNDS times: under one lock, read a counter, pause,
//               write it back plus one, and log the lock's fencing number; prints a JSON summary.
//   MODE=count-unlocked: the same without the lock (the control: updates get lost).
//   MODE=hold:  takes one lock (ttl HOLD_TTL_MS), prints "held" and waits to be killed.
import 'reflect-metadata';
import { LockModule } from '../../src/lock/lock.module';
import { LockService } from '../../src/lock/lock.service';
import { Store } from '../../src/storage/store.port';
import { compileWithCore } from './core-module';

const env = process.env;

async function main(): Promise<void> {
  const module = await compileWithCore({ REDIS_URL: env.REDIS_URL, KEY_PREFIX: env.KEY_PREFIX }, [
    LockModule,
  ]);
  await module.init();
  const locks = module.get(LockService);
  const store = module.get(Store);
  if (env.MODE === 'hold') {
    await locks.acquire(['lock:e2e-crash'], {
      ttlMs: Number(env.HOLD_TTL_MS),
      owner: `doomed-${process.pid}`,
    });
    process.stdout.write('held\n');
    setInterval(() => undefined, 1000);
    return;
  }
  const workers = Number(env.WORKERS);
  const rounds = Number(env.ROUNDS);
  const started = Date.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let round = 0; round < rounds; round++) {
        const increment = async (fencing: number): Promise<void> => {
          const value = Number((await store.get('e2e-counter')) ?? '0');
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
          await store.set('e2e-counter', String(value + 1));
          await store.pushCapped('e2e-fencing', String(fencing), 1_000_000);
        };
        if (env.MODE === 'count-unlocked') await increment(0);
        else {
          await locks.withLock(['lock:e2e-counter'], (_signal, lock) => increment(lock.fencing), {
            waitMs: 60_000,
            owner: `pid-${process.pid}`,
          });
        }
      }
    }),
  );
  process.stdout.write(`${JSON.stringify({ pid: process.pid, ms: Date.now() - started })}\n`);
  await module.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
