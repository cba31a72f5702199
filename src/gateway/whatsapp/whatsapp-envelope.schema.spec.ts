import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { RequestValidationError } from '../../common/http/request-validation.error';
import { MAX_ITEMS, MAX_STATUSES, matchesWhatsAppEnvelopeSchema } from './whatsapp-envelope.schema';
import { normaliseWhatsAppEnvelope } from './whatsapp-normalizer';
import { parseWhatsAppEnvelope, parseWithClasses } from './whatsapp-webhook.dto';

const FIXTURES = join(__dirname, '../../../test/fixtures/whatsapp');
const FIXTURE_NAMES = readdirSync(FIXTURES).map((file) => file.replace(/\.json$/, ''));
const M = 'entry.0.changes.0.value.messages.0';

type JsonObject = Record<string, unknown>;
type Path = Array<string | number>;

function fixture(name: string): JsonObject {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as JsonObject;
}

function at(body: unknown, path: string): JsonObject {
  return path.split('.').reduce((node, key) => (node as JsonObject)[key], body) as JsonObject;
}

/** The classes' verdict, with the normalised delivery when they accept. */
function byClasses(body: unknown): { accepted: boolean; normalised?: unknown } {
  try {
    return { accepted: true, normalised: normaliseWhatsAppEnvelope(parseWithClasses(body)) };
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    return { accepted: false };
  }
}

/**
 * The promise the webhook rests on: what the schema accepts, the classes accept too, and the plain
 * body normalises to exactly what the classes' instance does. Returns the schema's verdict.
 */
function checkAgainstClasses(body: unknown): boolean {
  const verdict = matchesWhatsAppEnvelopeSchema(body);
  const classes = byClasses(body);
  if (verdict) {
    expect(classes.accepted).toBe(true);
    expect(normaliseWhatsAppEnvelope(parseWhatsAppEnvelope(body))).toStrictEqual(classes.normalised);
  } else if (!hasVariationSelector(body)) {
    // Stricter only where class-validator discounts variation selectors from a string's length.
    expect(classes.accepted).toBe(false);
  }
  return verdict;
}

function hasVariationSelector(body: unknown): boolean {
  return /[\uFE0E\uFE0F]/.test(JSON.stringify(body) ?? '');
}

/** Every path to a node below the root, objects and arrays included. */
function pathsOf(node: unknown, path: Path = []): Path[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => {
    const childPath = [...path, Array.isArray(node) ? Number(key) : key];
    return [childPath, ...pathsOf(child, childPath)];
  });
}

type Edit =
  { kind: 'drop' } | { kind: 'replace'; value: unknown } | { kind: 'add'; key: string; value: unknown };

function applyEdit(body: JsonObject, path: Path, edit: Edit): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as JsonObject)[key], body);
  const key = path[path.length - 1];
  const node = parent as JsonObject;
  const target = node[key];
  if (edit.kind === 'drop' && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (edit.kind === 'drop') delete node[key];
  else if (edit.kind === 'replace') node[key] = structuredClone(edit.value);
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

/** Values near every bound the envelope has: lengths in code units, code points and graphemes. */
const BOUNDARY_VALUES: unknown[] = [
  null,
  '',
  '0',
  '1764070000',
  '1234567890123',
  '+34910',
  -0,
  0.5,
  -90,
  90.0001,
  -90.5,
  180.0001,
  -180,
  1.5,
  'x'.repeat(4096),
  '😀'.repeat(4096),
  '❤\uFE0F'.repeat(2048),
  'x'.repeat(65_536),
  -180.5,
  131051,
  1e21,
  true,
  [],
  {},
  [{}],
  'x'.repeat(256),
  'x'.repeat(257),
  '😀'.repeat(256),
  '😀'.repeat(257),
  'x'.repeat(4097),
  '😀'.repeat(2049),
  'x'.repeat(65_537),
  'messages',
  'text',
  'image',
  'interactive',
  'button_reply',
  'list_reply',
  'whatsapp',
  'whatsapp_business_account',
];
const oddValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...BOUNDARY_VALUES));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ kind: 'drop' as const }),
  fc.record({ kind: fc.constant('replace' as const), value: oddValue }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.oneof(
      fc.string(),
      fc.constantFrom(
        'constructor',
        '__proto__',
        'toString',
        'type',
        'text',
        'image',
        'location',
        'interactive',
        'button',
        'reaction',
        'contacts',
        'context',
        'errors',
        'statuses',
        'messages',
        'button_reply',
        'list_reply',
        'id',
      ),
    ),
    value: oddValue,
  }),
);
const mutatedFixture = fc
  .record({
    name: fc.constantFrom(...FIXTURE_NAMES),
    edits: fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }),
  })
  .map(({ name, edits }) => {
    const body = fixture(name);
    for (const [index, change] of edits) {
      const paths = pathsOf(body);
      if (paths.length > 0) applyEdit(body, paths[index % paths.length], change);
    }
    return body;
  });

/** For an array: itself grown to its item cap and one past it (copies of its first item). */
function grownArrays(node: unknown, path: Path): Edit[] {
  if (!Array.isArray(node) || node.length === 0) return [];
  const cap = path.at(-1) === 'statuses' ? MAX_STATUSES : MAX_ITEMS;
  return [cap, cap + 1].map((length) => ({
    kind: 'replace' as const,
    value: Array.from({ length }, () => node[0] as unknown),
  }));
}

describe('the WhatsApp envelope schema', () => {
  it.each(FIXTURE_NAMES)('accepts the %s fixture, so real deliveries skip the classes', (name) => {
    expect(checkAgainstClasses(fixture(name))).toBe(true);
  });

  it.each(FIXTURE_NAMES)(
    'agrees with the DTO classes on the %s fixture with any one field dropped, set to a boundary value or grown past a cap',
    (name) => {
      const edits: Edit[] = [
        { kind: 'drop' },
        ...BOUNDARY_VALUES.map((value) => ({ kind: 'replace' as const, value })),
      ];
      for (const path of pathsOf(fixture(name))) {
        for (const change of [...edits, ...grownArrays(at(fixture(name), path.join('.')), path)]) {
          const body = fixture(name);
          applyEdit(body, path, change);
          checkAgainstClasses(body);
        }
      }
    },
  );

  it('agrees with the DTO classes on fixtures with fields dropped, retyped or added', () => {
    const verdicts = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(mutatedFixture, (body) => {
        verdicts[checkAgainstClasses(body) ? 'accepted' : 'rejected']++;
      }),
      { numRuns: 3000 },
    );
    // Both verdicts must occur, or the mutations are not exercising what they should.
    expect(verdicts.accepted).toBeGreaterThan(200);
    expect(verdicts.rejected).toBeGreaterThan(200);
  });

  it('agrees with the DTO classes on any JSON', () => {
    fc.assert(
      fc.property(fc.json(), (json) => void checkAgainstClasses(JSON.parse(json))),
      { numRuns: 1000 },
    );
  });

  it('refuses what the classes refuse at each structural bound', () => {
    const deep = fixture('text');
    let node: JsonObject = (at(deep, M).extra = {});
    for (let level = 9; level < 33; level++) node = node.a = {};
    const long = fixture('text');
    at(long, M).referral = { items: new Array<number>(1001).fill(0) };
    const reserved = JSON.parse(
      '{"object":"whatsapp_business_account","entry":[],"__proto__":{}}',
    ) as unknown;
    for (const body of [deep, long, reserved]) {
      expect(checkAgainstClasses(body)).toBe(false);
      expect(byClasses(body).accepted).toBe(false);
    }
  });

  it('leaves to the classes a label whose emoji variation selectors make it look too long', () => {
    const body = fixture('text');
    at(body, `${M}`).type = 'button';
    at(body, M).button = { payload: 'p', text: '❤\uFE0F'.repeat(4096) };
    expect(matchesWhatsAppEnvelopeSchema(body)).toBe(false);
    expect(() => parseWhatsAppEnvelope(body)).not.toThrow();
  });
});
