import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/*
 * Mutated copies of the recorded WhatsApp deliveries (test/fixtures/whatsapp), for the property tests
 * of the envelope's validation: fields dropped, replaced by odd values, or added.
 */

const FIXTURES = join(__dirname, '../fixtures/whatsapp');
export const FIXTURE_NAMES = readdirSync(FIXTURES).map((file) => file.replace(/\.json$/, ''));

export type JsonObject = Record<string, unknown>;
export type Path = Array<string | number>;

export function fixture(name: string): JsonObject {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as JsonObject;
}

/** The node at `path` (`'entry.0.changes'`), for editing a fixture in place. */
export function at(body: unknown, path: string): JsonObject {
  return path.split('.').reduce((node, key) => (node as JsonObject)[key], body) as JsonObject;
}

/** Every path to a node below the root, objects and arrays included. */
export function pathsOf(node: unknown, path: Path = []): Path[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => {
    const childPath = [...path, Array.isArray(node) ? Number(key) : key];
    return [childPath, ...pathsOf(child, childPath)];
  });
}

export type Edit =
  { kind: 'drop' } | { kind: 'replace'; value: unknown } | { kind: 'add'; key: string; value: unknown };

export function applyEdit(body: JsonObject, path: Path, edit: Edit): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as JsonObject)[key], body) as JsonObject;
  const key = path[path.length - 1];
  const target = parent[key];
  if (edit.kind === 'drop' && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (edit.kind === 'drop') delete parent[key];
  else if (edit.kind === 'replace') parent[key] = structuredClone(edit.value);
  else if (Array.isArray(target)) target.push(structuredClone(edit.value));
  else if (typeof target === 'object' && target !== null)
    // defineProperty makes an own key even for "__proto__", as JSON.parse does.
    Object.defineProperty(target, edit.key, {
      value: structuredClone(edit.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** Edits of every kind: fields dropped, replaced by `values`, or added under `keys` with `values`. */
export function edits(values: fc.Arbitrary<unknown>, keys: string[]): fc.Arbitrary<Edit> {
  return fc.oneof(
    fc.constant({ kind: 'drop' as const }),
    fc.record({ kind: fc.constant('replace' as const), value: values }),
    fc.record({
      kind: fc.constant('add' as const),
      key: fc.oneof(fc.string(), fc.constantFrom(...keys)),
      value: values,
    }),
  );
}

/** A recorded delivery with one to four edits applied at random places. */
export function mutatedFixtures(edit: fc.Arbitrary<Edit>): fc.Arbitrary<JsonObject> {
  return fc
    .record({
      name: fc.constantFrom(...FIXTURE_NAMES),
      edits: fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }),
    })
    .map(({ name, edits: changes }) => {
      const body = fixture(name);
      for (const [index, change] of changes) {
        const paths = pathsOf(body);
        if (paths.length > 0) applyEdit(body, paths[index % paths.length], change);
      }
      return body;
    });
}
