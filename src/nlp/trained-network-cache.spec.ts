import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntentClassifier } from './intent-classifier';
import type { NlpjsNlp } from './nlpjs';
import { CORPUS_LABELS, type LanguageCorpus } from './training-corpus';
import { networkKey, trainOrLoad } from './trained-network-cache';

/** An NLP.js stand-in that records whether it was trained or loaded. */
function fakeNlp(model = '{"weights":[1,2,3]}'): NlpjsNlp & { trained: number; imported: string[] } {
  const fake = {
    trained: 0,
    imported: [] as string[],
    train: async () => void fake.trained++,
    export: () => model,
    import: (data: string) => {
      JSON.parse(data);
      fake.imported.push(data);
    },
  };
  return fake as unknown as NlpjsNlp & { trained: number; imported: string[] };
}

describe('trainOrLoad', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'nlu-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('trains once, keeps the network, and loads it the next time', async () => {
    const first = fakeNlp();
    await trainOrLoad(first, 'a'.repeat(32), dir);
    expect(first.trained).toBe(1);
    expect(readdirSync(dir)).toEqual([`${'a'.repeat(32)}.json`]);
    const second = fakeNlp();
    await trainOrLoad(second, 'a'.repeat(32), dir);
    expect(second.trained).toBe(0);
    expect(second.imported).toEqual(['{"weights":[1,2,3]}']);
  });

  it('trains past a file cut short, writes it whole again, and drops the networks of other corpora', async () => {
    writeFileSync(join(dir, `${'b'.repeat(32)}.json`), '{"weights":[1,');
    writeFileSync(join(dir, `${'c'.repeat(32)}.json`), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    const nlp = fakeNlp();
    await trainOrLoad(nlp, 'b'.repeat(32), dir);
    expect(nlp.trained).toBe(1);
    expect(readFileSync(join(dir, `${'b'.repeat(32)}.json`), 'utf8')).toBe('{"weights":[1,2,3]}');
    expect(readdirSync(dir).sort()).toEqual([`${'b'.repeat(32)}.json`, 'notes.txt']);
  });

  it('trains without a folder, and when the folder cannot be written', async () => {
    const nlp = fakeNlp();
    await trainOrLoad(nlp, 'd'.repeat(32), undefined);
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    await trainOrLoad(nlp, 'd'.repeat(32), join(blocked, 'nlu'));
    expect(nlp.trained).toBe(2);
  });
});

describe('networkKey', () => {
  it('changes with any document or setting', () => {
    const documents = [['es', 'hola', 'greeting']] as const;
    const key = networkKey(documents, { iterations: 100 });
    expect(networkKey([['es', 'hola', 'greeting']], { iterations: 100 })).toBe(key);
    expect(networkKey([['es', 'hola!', 'greeting']], { iterations: 100 })).not.toBe(key);
    expect(networkKey(documents, { iterations: 101 })).not.toBe(key);
  });
});

describe('a classifier whose network was loaded', () => {
  it('reads every text as the one that trained it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-cache-'));
    const examples: Partial<Record<string, string[]>> = {
      greeting: ['hola', 'buenas tardes', 'hola que tal', 'buenos dias'],
      thanks: ['gracias', 'muchas gracias', 'mil gracias', 'gracias por todo'],
      check_availability: [
        'hay habitacion libre',
        'teneis habitaciones',
        'disponibilidad para manana',
        'hay sitio',
      ],
      None: ['mi gato es negro', 'ayer llovio', 'el futbol me gusta', 'que hora es en japon'],
    };
    const es = Object.fromEntries(
      CORPUS_LABELS.map((label) => [label, examples[label] ?? []]),
    ) as unknown as LanguageCorpus;
    try {
      const trained = await IntentClassifier.train({ es }, { networkCacheDir: dir });
      const loaded = await IntentClassifier.train({ es }, { networkCacheDir: dir });
      for (const text of [
        'hola buenas',
        'gracias!',
        'hay habitacion para hoy',
        'mi perro es blanco',
        'xyz',
      ]) {
        expect(await loaded.classify(text, 'es')).toEqual(await trained.classify(text, 'es'));
      }
      expect(readdirSync(dir)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
