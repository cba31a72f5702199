import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { load, loadAll } from 'js-yaml';

/** The repository root: every deploy file and every path they name is relative to it. */
export const ROOT = join(__dirname, '..', '..');

export function repoPath(path: string): string {
  return join(ROOT, path);
}

export function readText(path: string): string {
  return readFileSync(repoPath(path), 'utf8');
}

export function exists(path: string): boolean {
  return existsSync(repoPath(path));
}

/** One YAML document (anchors and `<<` merge keys resolved, as Compose does). */
export function readYaml(path: string): unknown {
  return load(readText(path), { filename: path });
}

/** Every non-empty document of a multi-document YAML file. */
export function readYamlDocuments(path: string): unknown[] {
  return loadAll(readText(path), undefined, { filename: path }).filter((doc) => doc != null);
}

/** Files under a directory (repo-relative, `/`-separated), skipping dependency and build output. */
export function filesUnder(path: string): string[] {
  const absolute = repoPath(path);
  if (!statSync(absolute).isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'coverage', '.git'].includes(entry.name)) continue;
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory()) files.push(...filesUnder(child));
    else files.push(child);
  }
  return files;
}

/** A path (absolute or repo-relative) as repo-relative with `/` separators. */
export function toRepoRelative(path: string): string {
  return relative(ROOT, resolve(ROOT, path)).split(sep).join('/');
}

/** Narrows parsed YAML/JSON: a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `value`, or a failed expectation naming `what`. */
export function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${what} is not a mapping: ${JSON.stringify(value)}`);
  return value;
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list: ${JSON.stringify(value)}`);
  return value;
}

/** Compose/Docker durations: `30s`, `1m30s`, `500ms`, `1h`. */
export function durationMs(value: string): number {
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|us|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value)
    throw new Error(`not a duration: ${value}`);
  const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * unitMs[unit], 0);
}

/** A YAML/JSON scalar as a string (numbers and booleans too); `fallback` when absent. */
export function scalar(value: unknown, fallback?: string): string {
  if (value == null && fallback !== undefined) return fallback;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  throw new Error(`not a scalar: ${JSON.stringify(value)}`);
}
