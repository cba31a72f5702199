import fc from 'fast-check';
import { RequestValidationError } from '../../common/http/request-validation.error';
import { MAX_ITEMS, MAX_STATUSES, matchesWhatsAppEnvelopeSchema } from './whatsapp-envelope.schema';
import { normaliseWhatsAppEnvelope } from './whatsapp-normalizer';
import { parseWhatsAppEnvelope, parseWithClasses } from './whatsapp-webhook.dto';
import {
  applyEdit,
  at,
  edits,
  type Edit,
  FIXTURE_NAMES,
  fixture,
  type JsonObject,
  mutatedFixtures,
  type Path,
  pathsOf,
} from '../../../test/support/whatsapp-mutations';

const M = 'entry.0.changes.0.value.messages.0';

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
const edit = edits(oddValue, [
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
]);
const mutatedFixture = mutatedFixtures(edit);

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
