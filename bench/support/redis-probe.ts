import { Redis } from 'ioredis';

/** What Redis did during one measured slice. */
export interface RedisActivity {
  cpuS: number;
  /** Calls per command (lower case), from INFO commandstats. */
  calls: Record<string, number>;
}

/**
 * A side connection of the bench to the throw-away Redis: it counts what each target asked of Redis
 * (INFO commandstats, reset before every slice), how much Redis CPU that took, counts what was
 * queued, and empties the database between slices so that no slice runs on a fuller Redis.
 */
export class RedisProbe {
  private readonly client: Redis;

  constructor(url: string) {
    this.client = new Redis(url, { connectionName: 'bench:probe', maxRetriesPerRequest: 1 });
  }

  async version(): Promise<string> {
    return /redis_version:(\S+)/.exec(await this.client.info('server'))?.[1] ?? 'unknown';
  }

  async startSlice(): Promise<number> {
    await this.client.config('RESETSTAT');
    return this.cpuS();
  }

  async endSlice(cpuAtStart: number): Promise<RedisActivity> {
    const stats = await this.client.info('commandstats');
    const calls: Record<string, number> = {};
    for (const match of stats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls[match[1]] = Number(match[2]);
    // The probe's own INFO/CONFIG calls are not the target's.
    delete calls.info;
    delete calls.config;
    return { cpuS: (await this.cpuS()) - cpuAtStart, calls };
  }

  listLength(key: string): Promise<number> {
    return this.client.llen(key);
  }

  async usedMemoryBytes(): Promise<number> {
    return Number(/used_memory:(\d+)/.exec(await this.client.info('memory'))?.[1] ?? Number.NaN);
  }

  async flush(): Promise<void> {
    await this.client.flushdb();
  }

  async close(): Promise<void> {
    await this.client.quit();
  }

  private async cpuS(): Promise<number> {
    const info = await this.client.info('cpu');
    const user = Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1]);
    const sys = Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1]);
    return user + sys;
  }
}
