import { performance } from 'node:perf_hooks';
import { PinoLogger } from 'nestjs-pino';
import { BUNDLED_TENANTS_FILE } from '../../src/config/app-config';
import { extractEntities } from '../../src/nlp/entities/extract-entities';
import { detectLanguage } from '../../src/nlp/language-detector';
import { NluService } from '../../src/nlp/nlu.service';
import { loadTenantFile } from '../../src/tenants/tenant-file';
import type { GuestMessageKind } from './guest-mix';

const WARM_UP_ROUNDS = 50;

/** Percentiles of one operation, in µs. */
export interface MicroTiming {
  p50Us: number;
  p99Us: number;
  maxUs: number;
  samples: number;
}

export interface NluTimingRow {
  label: string;
  text: string;
  intent: string;
  language: string;
  entities: string[];
  parse: MicroTiming;
  /**
   * The same text with a made-up word appended, so no two parses see the same text: NLP.js caches
   * the tokens and stems of every text it has seen, which a mix of repeated texts always hits.
   */
  parseUnique: MicroTiming;
  /** The parts NluService.parse is made of, timed on their own (classification is the rest). */
  detectLanguage: MicroTiming;
  extractEntities: MicroTiming;
}

export interface NluTiming {
  trainingMs: number;
  rounds: number;
  rows: NluTimingRow[];
  /** Every parse of the mix, weighted as the realistic mix is. */
  overall: MicroTiming;
  overallUnique: MicroTiming;
}

export function microTiming(samplesUs: number[]): MicroTiming {
  const sorted = Float64Array.from(samplesUs).sort();
  const at = (p: number): number =>
    sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return {
    p50Us: at(50),
    p99Us: at(99),
    maxUs: sorted[sorted.length - 1] ?? Number.NaN,
    samples: sorted.length,
  };
}

/** A word of letters no corpus holds (digits would be normalised away): aa, ab, ... prefixed. */
function madeUpWord(n: number): string {
  let word = '';
  for (let rest = n; word === '' || rest > 0; rest = Math.floor(rest / 26))
    word += String.fromCharCode(97 + (rest % 26));
  return `zq${word}`;
}

function timeUs(work: () => unknown): number {
  const started = performance.now();
  work();
  return (performance.now() - started) * 1000;
}

/**
 * NluService.parse in this process, as the pipeline calls it (the demo tenant, no session language),
 * over each text kind of the mix: a warm-up, then `rounds` rounds in which every kind is parsed once
 * per unit of its weight, interleaved, as written and with a made-up word appended. The language guess and the entity extraction are timed on
 * their own as well, so the intent classification's share is the difference.
 */
export async function timeNlu(kinds: GuestMessageKind[], rounds: number): Promise<NluTiming> {
  const texts = kinds.filter((kind): kind is GuestMessageKind & { text: string } => kind.text !== null);
  const tenant = loadTenantFile(BUNDLED_TENANTS_FILE).find((candidate) => candidate.id === 'demo');
  if (!tenant) throw new Error('the bundled tenants file has no demo tenant');
  const nlu = new NluService(new PinoLogger({ pinoHttp: { level: 'silent' } }));
  const now = new Date();
  const trainingStarted = performance.now();
  await nlu.parse('hola', { tenant, now });
  const trainingMs = performance.now() - trainingStarted;

  for (let round = 0; round < WARM_UP_ROUNDS; round++)
    for (const kind of texts) await nlu.parse(kind.text, { tenant, now });

  const parseUs = texts.map((): number[] => []);
  const uniqueUs = texts.map((): number[] => []);
  const overallUs: number[] = [];
  const overallUniqueUs: number[] = [];
  let made = 0;
  const timeParse = async (text: string): Promise<number> => {
    const started = performance.now();
    await nlu.parse(text, { tenant, now });
    return (performance.now() - started) * 1000;
  };
  for (let round = 0; round < rounds; round++) {
    for (const [i, kind] of texts.entries()) {
      for (let w = 0; w < kind.weight; w++) {
        const us = await timeParse(kind.text);
        parseUs[i].push(us);
        overallUs.push(us);
        const unique = await timeParse(`${kind.text} ${madeUpWord(made++)}`);
        uniqueUs[i].push(unique);
        overallUniqueUs.push(unique);
      }
    }
  }
  const rows: NluTimingRow[] = [];
  for (const [i, kind] of texts.entries()) {
    const result = await nlu.parse(kind.text, { tenant, now });
    const context = {
      language: result.language,
      now,
      timezone: tenant.timezone,
      roomTypes: tenant.roomTypes,
    };
    const detectUs: number[] = [];
    const entitiesUs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      detectUs.push(timeUs(() => detectLanguage(kind.text)));
      entitiesUs.push(timeUs(() => extractEntities(kind.text, context)));
    }
    rows.push({
      label: kind.label,
      text: kind.text,
      intent: result.intent,
      language: result.language,
      entities: result.entities.map((entity) => entity.type),
      parse: microTiming(parseUs[i]),
      parseUnique: microTiming(uniqueUs[i]),
      detectLanguage: microTiming(detectUs),
      extractEntities: microTiming(entitiesUs),
    });
  }
  return {
    trainingMs,
    rounds,
    rows,
    overall: microTiming(overallUs),
    overallUnique: microTiming(overallUniqueUs),
  };
}
