/**
 * The PMS layer on a throw-away Redis, every figure next to a baseline measured in the same run
 * (design §9). Three cases, each at concurrency 1 and 50:
 * - open breaker: ResilientPms over a PMS that is down, its tenant's breaker opened before measuring;
 *   checkAvailability with a stale answer cached (served from Redis, marked stale) and with nothing
 *   cached (refused at once), against the same call through a closed breaker to a PMS that answers
 *   at once, uncached. Design §6: an open breaker answers in under 5 ms.
 * - cached availability: the real PmsModule (local PMS) answering a query it has fresh in its cache,
 *   against the same query with PMS_CACHE_TTL_S=0 (inventory read from Redis every time).
 * - local booking: createReservation on the real PmsModule, each a 1-night stay on a room of its own,
 *   against a naive INCR per night + SET (no atomicity, no idempotency): the cost of being correct.
 * Tuning: BENCH_DURATION_S (10).
 */
import { loadavg } from 'node:os';
import { register } from 'prom-client';
import { PmsUnavailableError } from '../src/pms/pms.errors';
import { PMS_CACHE_TOTAL } from '../src/pms/pms.metrics';
import type { Availability, AvailabilityQuery } from '../src/pms/pms.types';
import { BookingSlots, bookNaively, inventoryTotals } from './support/booking-slots';
import { measureInterleaved, type Operation } from './support/closed-loop';
import { offersFor } from './support/fake-pms';
import {
  type CaseName,
  describeEnvironment,
  describeFailures,
  describeQueueing,
  describeTarget,
  formatTable,
  type Row,
  type RunInfo,
  writeResults,
} from './support/pms-report';
import { PREFIXES, startSubjects, SUBJECT_SETTINGS, type Subjects, TENANT_ID } from './support/pms-subjects';
import { positiveInteger } from './support/settings';
import { describeSource } from './support/source';
import { runBench } from './support/run-bench';

const CONCURRENCIES = [1, 50];
/** Short enough that a change in machine load during the run falls on every variant alike. */
const SLICE_S = 1;
const WARM_UP_S = 2;

const threeNights = (checkIn: string, checkOut: string): AvailabilityQuery => ({
  tenantId: TENANT_ID,
  checkIn,
  checkOut,
  guests: 2,
});
/** Distinct stays, so no subject's cache entry is another's. */
const STALE_QUERY = threeNights('2027-09-01', '2027-09-04');
const UNCACHED_QUERY = threeNights('2027-10-01', '2027-10-04');
const CLOSED_QUERY = threeNights('2027-11-01', '2027-11-04');
const CACHED_QUERY = threeNights('2027-06-01', '2027-06-04');
/** Older than PMS_CACHE_TTL_S, younger than the cache's stale retention: served only while the PMS is down. */
const STALE_AGE_MS = 10 * 60_000;

interface Variant {
  name: string;
  isBaseline?: boolean;
  operation: Operation;
}

/** Run in reverse on exit, error or Ctrl-C: clients, breakers and modules before Redis. */
const cleanups: Array<() => Promise<void>> = [];

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error));
}

/** Counts the operations that completed, warm-up included. */
function counted(operation: Operation, completed: { calls: number }): Operation {
  return async (worker, seq) => {
    await operation(worker, seq);
    completed.calls += 1;
  };
}

async function measureCase(caseName: CaseName, variants: Variant[], durationS: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const concurrency of CONCURRENCIES) {
    console.error(
      `measuring ${caseName} ×${concurrency}: ${variants.map((v) => v.name).join(', ')} (${WARM_UP_S} s ` +
        `warm-up each, then ${durationS} s each in alternating ${SLICE_S} s slices)`,
    );
    const settings = { concurrency, warmUpS: WARM_UP_S, durationS, sliceS: SLICE_S };
    const measurements = await measureInterleaved(
      variants.map((v) => v.operation),
      settings,
    );
    for (const [i, { name, isBaseline }] of variants.entries())
      rows.push({
        caseName,
        concurrency,
        variant: name,
        isBaseline: isBaseline ?? false,
        measurement: measurements[i],
      });
  }
  return rows;
}

/** Resolves when the open breaker refused the call as it should; anything else fails the operation. */
async function expectRefusal(answer: Promise<Availability>): Promise<void> {
  try {
    await answer;
  } catch (error) {
    if (error instanceof PmsUnavailableError && error.circuitOpen) return;
    throw error;
  }
  throw new Error('the open breaker answered instead of refusing');
}

/** Caches an old answer for STALE_QUERY, then fails calls until the tenant's breaker opens. */
async function openBreaker({ tenant, failing }: Subjects): Promise<void> {
  const checkedAt = new Date(Date.now() - STALE_AGE_MS).toISOString();
  await failing.cache.write(STALE_QUERY, { offers: offersFor(tenant, STALE_QUERY), checkedAt, stale: false });
  while (!failing.breakers.isOpen(TENANT_ID)) {
    if (failing.adapter.calls >= 100) throw new Error('the breaker did not open after 100 failed calls');
    await failing.pms.checkAvailability(UNCACHED_QUERY).catch(() => undefined);
  }
}

async function benchOpenBreaker(s: Subjects, durationS: number): Promise<{ rows: Row[]; checks: string[] }> {
  await openBreaker(s);
  const callsToOpen = s.failing.adapter.calls;
  const variants: Variant[] = [
    {
      name: 'closed, PMS answers at once, uncached',
      isBaseline: true,
      operation: async () => void (await s.healthy.pms.checkAvailability(CLOSED_QUERY)),
    },
    {
      name: 'open, stale answer cached',
      operation: async () => {
        if (!(await s.failing.pms.checkAvailability(STALE_QUERY)).stale) throw new Error('not served stale');
      },
    },
    {
      name: 'open, nothing cached',
      operation: () => expectRefusal(s.failing.pms.checkAvailability(UNCACHED_QUERY)),
    },
  ];
  const rows = await measureCase('open breaker', variants, durationS);
  const callsWhileOpen = s.failing.adapter.calls - callsToOpen;
  const stillOpen = s.failing.breakers.isOpen(TENANT_ID);
  const checks = [
    `open breaker: opened after ${callsToOpen} failed calls; the failing PMS was then called ${callsWhileOpen} ` +
      `times; still open at the end: ${stillOpen ? 'yes' : 'NO'}; baseline breaker closed at the end: ` +
      `${s.healthy.breakers.isOpen(TENANT_ID) ? 'NO' : 'yes'}, its PMS called ${s.healthy.adapter.calls} times`,
  ];
  if (callsWhileOpen > 0 || !stillOpen) checks.push('WARNING: the breaker did not stay open while measured');
  return { rows, checks };
}

async function cacheLookups(): Promise<Record<string, number>> {
  const metric = await register.getSingleMetric(PMS_CACHE_TOTAL)?.get();
  const byResult: Record<string, number> = {};
  for (const { labels, value } of metric?.values ?? []) byResult[String(labels.result)] = value;
  return byResult;
}

async function benchCachedAvailability(
  s: Subjects,
  durationS: number,
): Promise<{ rows: Row[]; checks: string[] }> {
  await s.cached.checkAvailability(CACHED_QUERY); // primes the cache
  const completed = { uncached: { calls: 0 }, cached: { calls: 0 } };
  const variants: Variant[] = [
    {
      name: 'uncached (PMS_CACHE_TTL_S=0)',
      isBaseline: true,
      operation: counted(
        async () => void (await s.uncached.checkAvailability(CACHED_QUERY)),
        completed.uncached,
      ),
    },
    {
      name: 'cached (fresh)',
      operation: counted(async () => void (await s.cached.checkAvailability(CACHED_QUERY)), completed.cached),
    },
  ];
  const before = await cacheLookups();
  const rows = await measureCase('cached availability', variants, durationS);
  const after = await cacheLookups();
  const delta = (result: string): number => (after[result] ?? 0) - (before[result] ?? 0);
  const checks = [
    `cached availability: ${delta('hit')} cache hits for ${completed.cached.calls} cached calls, ` +
      `${delta('miss')} misses for ${completed.uncached.calls} uncached calls (warm-up included)`,
  ];
  if (delta('hit') !== completed.cached.calls || delta('miss') !== completed.uncached.calls)
    checks.push('WARNING: the cache did not answer as the variants assume');
  return { rows, checks };
}

async function benchBookings(s: Subjects, durationS: number): Promise<{ rows: Row[]; checks: string[] }> {
  const runId = Date.now().toString(36);
  const naiveSlots = new BookingSlots(s.tenant, runId);
  const ourSlots = new BookingSlots(s.tenant, runId);
  const completed = { naive: { calls: 0 }, ours: { calls: 0 } };
  const variants: Variant[] = [
    {
      name: 'naive INCR + SET (raw ioredis)',
      isBaseline: true,
      operation: counted(
        () => bookNaively(s.raw, PREFIXES.naive, naiveSlots, naiveSlots.take()),
        completed.naive,
      ),
    },
    {
      name: 'ResilientPms → local PMS',
      operation: counted(async () => {
        const reservation = await s.cached.createReservation(ourSlots.take());
        if (reservation.status !== 'confirmed') throw new Error(`booking ${reservation.status}`);
      }, completed.ours),
    },
  ];
  const rows = await measureCase('local booking', variants, durationS);
  const ours = await inventoryTotals(s.raw, PREFIXES.cached, s.tenant);
  const naive = await inventoryTotals(s.raw, PREFIXES.naive, s.tenant);
  const checks = [
    `local booking (warm-up included): ${completed.ours.calls} confirmed through ResilientPms, ` +
      `${ours.booked} room-nights counted, ${ours.overbooked} nights over their room count; ` +
      `${completed.naive.calls} naive, ${naive.booked} room-nights counted; 1-night stays up to ` +
      `${ourSlots.lastNight > naiveSlots.lastNight ? ourSlots.lastNight : naiveSlots.lastNight}`,
  ];
  if (ours.booked !== completed.ours.calls || ours.overbooked > 0 || naive.booked !== completed.naive.calls)
    checks.push('WARNING: the inventory does not add up to the bookings made');
  return { rows, checks };
}

async function main(): Promise<void> {
  const durationS = positiveInteger(process.env, 'BENCH_DURATION_S', 10);
  const startedAt = new Date();
  const loadAtStart = loadavg()[0];
  const source = describeSource();
  const subjects = await startSubjects(cleanups);

  const rows: Row[] = [];
  const checks: string[] = [];
  for (const bench of [benchOpenBreaker, benchCachedAvailability, benchBookings]) {
    const result = await bench(subjects, durationS);
    rows.push(...result.rows);
    checks.push(...result.checks);
  }

  const run: RunInfo = {
    startedAt,
    loadAtStart,
    durationS,
    warmUpS: WARM_UP_S,
    sliceS: SLICE_S,
    source,
    redisVersion: subjects.redisVersion,
    settings: SUBJECT_SETTINGS,
  };
  const table = formatTable(rows);
  console.log(
    `${table}\n\n${describeTarget(rows)}\n${describeQueueing(rows)}\n${checks.join('\n')}\n` +
      describeEnvironment(run),
  );
  for (const problem of describeFailures(rows)) console.warn(`WARNING: ${problem}`);
  console.error(`results written to ${writeResults(run, rows, table, checks)}`);
}

runBench(main, cleanUp);
