import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where every benchmark writes its raw results (git-ignored). */
export const RESULTS_DIR = resolve(__dirname, '..', '..', '.bench');

/** A run's start as a file-name stamp: ISO 8601 with `:` and `.` made `-`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Writes a run's results as `.bench/<bench>-<stamp>.json`; returns the file's path. */
export function saveResults(bench: string, startedAt: Date, content: unknown): string {
  const file = resolve(RESULTS_DIR, `${bench}-${fileStamp(startedAt)}.json`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
