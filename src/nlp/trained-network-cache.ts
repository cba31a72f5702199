import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { NlpjsNlp } from './nlpjs';

/**
 * Where trained networks are kept: the project's own `node_modules/.cache`, as build tools keep
 * theirs (beside the compiled code or the sources, two levels up). Deleting it only costs a training.
 */
export const NETWORK_CACHE_DIR = join(
  __dirname,
  '..',
  '..',
  'node_modules',
  '.cache',
  'agente-hotel-api',
  'nlu',
);

/** Bumped when what is cached changes shape. */
const FORMAT = 1;
const NLPJS_VERSION = (createRequire(__filename)('@nlpjs/nlp/package.json') as { version: string }).version;

/** The documents a network is trained on, and its settings: the same ones give the same network. */
export function networkKey(
  documents: ReadonlyArray<readonly [string, string, string]>,
  settings: object,
): string {
  return createHash('sha256')
    .update(JSON.stringify({ FORMAT, NLPJS_VERSION, settings, documents }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Trains NLP.js's network, or loads the one trained before on the same documents and settings (about
 * 1 s against 10-30 s on two cores): the service, the chat shell and every test boot train once per
 * corpus, not once per process. A cache that cannot be read or written is trained past, not an error.
 */
export async function trainOrLoad(nlp: NlpjsNlp, key: string, dir: string | undefined): Promise<void> {
  if (dir === undefined) return void (await nlp.train());
  const file = join(dir, `${key}.json`);
  const saved = await readFile(file, 'utf8').catch(() => null);
  if (saved !== null) {
    try {
      nlp.import(saved);
      return;
    } catch {
      // Unreadable (cut short): trained again, and written over.
    }
  }
  await nlp.train();
  const written = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  // Written whole, then renamed: two processes training at once each leave a complete file.
  await mkdir(dir, { recursive: true })
    .then(() => writeFile(written, nlp.export(true)))
    .then(() => rename(written, file))
    .then(() => forgetOthers(dir, file))
    .catch(() => undefined);
}

/** A network is 12 MB: those of earlier corpora go once a new one is kept. */
async function forgetOthers(dir: string, kept: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (path !== kept && /^[0-9a-f]{32}\.json$/.test(name)) await rm(path, { force: true });
  }
}
