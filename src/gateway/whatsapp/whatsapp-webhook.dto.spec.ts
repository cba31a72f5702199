import fc from 'fast-check';
import { RequestValidationError } from '../../common/http/request-validation.error';
import { normaliseWhatsAppEnvelope } from './whatsapp-normalizer';
import { parseWhatsAppEnvelope } from './whatsapp-webhook.dto';
import {
  at,
  edits,
  FIXTURE_NAMES,
  fixture,
  type JsonObject,
  mutatedFixtures,
  pathsOf,
} from '../../../test/support/whatsapp-mutations';

const V = 'entry.0.changes.0.value';
const M = `${V}.messages.0`;

/** The field paths a rejected body is reported with; fails the test if the body is accepted. */
function problemFields(body: unknown): string[] {
  try {
    parseWhatsAppEnvelope(body);
  } catch (error) {
    expect(error).toBeInstanceOf(RequestValidationError);
    return (error as RequestValidationError).fields.map((problem) => problem.field);
  }
  throw new Error('the body was accepted');
}

function copies(count: number, item: unknown): unknown[] {
  return Array.from({ length: count }, () => structuredClone(item));
}

describe('parseWhatsAppEnvelope', () => {
  it.each(FIXTURE_NAMES)('accepts the %s fixture', (name) => {
    expect(() => parseWhatsAppEnvelope(fixture(name))).not.toThrow();
  });

  it.each<[string, string, (body: JsonObject) => void, string]>([
    ['object is another product', 'text', (b) => (b.object = 'page'), 'object'],
    ['object is missing', 'text', (b) => delete b.object, 'object'],
    ['entry is an object', 'text', (b) => (b.entry = { id: '1', changes: [] }), 'entry'],
    ['entry holds arrays', 'text', (b) => (b.entry = [b.entry]), 'entry'],
    ['an entry id is a number', 'text', (b) => (at(b, 'entry.0').id = 2), 'entry.0.id'],
    ['changes are missing', 'text', (b) => delete at(b, 'entry.0').changes, 'entry.0.changes'],
    ['a messages change has no value', 'text', (b) => delete at(b, 'entry.0.changes.0').value, V],
    [
      'messaging_product is another',
      'text',
      (b) => (at(b, V).messaging_product = 'instagram'),
      `${V}.messaging_product`,
    ],
    ['metadata is missing', 'text', (b) => delete at(b, V).metadata, `${V}.metadata`],
    [
      'phone_number_id is missing',
      'text',
      (b) => delete at(b, `${V}.metadata`).phone_number_id,
      `${V}.metadata.phone_number_id`,
    ],
    [
      'phone_number_id is a number',
      'text',
      (b) => (at(b, `${V}.metadata`).phone_number_id = 100000000000001),
      `${V}.metadata.phone_number_id`,
    ],
    [
      'phone_number_id is not digits',
      'text',
      (b) => (at(b, `${V}.metadata`).phone_number_id = '+34910'),
      `${V}.metadata.phone_number_id`,
    ],
    [
      'a sender profile has no wa_id',
      'text',
      (b) => delete at(b, `${V}.contacts.0`).wa_id,
      `${V}.contacts.0.wa_id`,
    ],
    ['messages is an object', 'text', (b) => (at(b, V).messages = at(b, M)), `${V}.messages`],
    ['messages is null', 'text', (b) => (at(b, V).messages = null), `${V}.messages`],
    ['a message is a string', 'text', (b) => (at(b, V).messages = ['hola']), `${V}.messages`],
    ['a timestamp is a number', 'text', (b) => (at(b, M).timestamp = 1764070000), `${M}.timestamp`],
    ['a timestamp is not digits', 'text', (b) => (at(b, M).timestamp = '2025-11-25'), `${M}.timestamp`],
    ['a text message has no text', 'text', (b) => delete at(b, M).text, `${M}.text`],
    ['a text body is not a string', 'text', (b) => (at(b, `${M}.text`).body = ['Hola']), `${M}.text.body`],
    [
      'a text body is over 64 KiB',
      'text',
      (b) => (at(b, `${M}.text`).body = 'a'.repeat(65_537)),
      `${M}.text.body`,
    ],
    ['an image has no media id', 'image-caption', (b) => delete at(b, `${M}.image`).id, `${M}.image.id`],
    [
      'a voice flag is a string',
      'audio-voice',
      (b) => (at(b, `${M}.audio`).voice = 'yes'),
      `${M}.audio.voice`,
    ],
    [
      'a latitude is out of range',
      'location',
      (b) => (at(b, `${M}.location`).latitude = 91),
      `${M}.location.latitude`,
    ],
    [
      'a longitude is a string',
      'location',
      (b) => (at(b, `${M}.location`).longitude = '-3.7'),
      `${M}.location.longitude`,
    ],
    [
      'a button reply is missing',
      'interactive-button-reply',
      (b) => delete at(b, `${M}.interactive`).button_reply,
      `${M}.interactive.button_reply`,
    ],
    [
      'a list reply has no title',
      'interactive-list-reply',
      (b) => delete at(b, `${M}.interactive.list_reply`).title,
      `${M}.interactive.list_reply.title`,
    ],
    [
      'a template button has no payload',
      'template-button',
      (b) => delete at(b, `${M}.button`).payload,
      `${M}.button.payload`,
    ],
    [
      'a reaction has no message id',
      'reaction',
      (b) => delete at(b, `${M}.reaction`).message_id,
      `${M}.reaction.message_id`,
    ],
    ['a context is null', 'interactive-button-reply', (b) => (at(b, M).context = null), `${M}.context`],
    [
      'an error code is a string',
      'unsupported',
      (b) => (at(b, `${M}.errors.0`).code = '131051'),
      `${M}.errors.0.code`,
    ],
    [
      'a status has no recipient',
      'statuses-delivered',
      (b) => delete at(b, `${V}.statuses.0`).recipient_id,
      `${V}.statuses.0.recipient_id`,
    ],
    [
      'a status error has no title',
      'statuses-failed-131047',
      (b) => delete at(b, `${V}.statuses.0.errors.0`).title,
      `${V}.statuses.0.errors.0.title`,
    ],
  ])('rejects a body where %s', (_case, name, edit, field) => {
    const body = fixture(name);
    edit(body);
    expect(problemFields(body)).toContain(field);
  });

  it.each(['id', 'from', 'type', 'timestamp'])('rejects a message without %s, naming the field', (key) => {
    const body = fixture('text');
    delete at(body, M)[key];
    expect(problemFields(body)).toEqual([`${M}.${key}`]);
  });

  it.each([null, [], 'text', 42, true])('rejects %p as the body', (body) => {
    expect(problemFields(body)).toEqual(['(body)']);
  });

  describe('bounds', () => {
    it.each<[string, string, number]>([
      ['entries', 'entry', 100],
      ['changes', 'entry.0.changes', 100],
      ['messages', `${V}.messages`, 100],
      ['statuses', `${V}.statuses`, 1000],
    ])('accepts as many %s as the cap and rejects one more', (_case, path, cap) => {
      const name = path.endsWith('statuses') ? 'statuses-delivered' : 'text';
      const parentPath = path.split('.').slice(0, -1).join('.');
      const key = path.split('.').at(-1)!;
      const body = fixture(name);
      const parent = parentPath ? at(body, parentPath) : body;
      const [item] = parent[key] as unknown[];
      parent[key] = copies(cap, item);
      expect(() => parseWhatsAppEnvelope(body)).not.toThrow();
      parent[key] = copies(cap + 1, item);
      expect(problemFields(body)).toContain(path);
    });

    it('accepts a text body of exactly 64 KiB', () => {
      const body = fixture('text');
      at(body, `${M}.text`).body = '¿'.repeat(65_536);
      expect(() => parseWhatsAppEnvelope(body)).not.toThrow();
    });

    it('rejects any array over 1000 elements, even in a field it does not know', () => {
      const body = fixture('text');
      at(body, M).referral = { items: new Array<number>(1001).fill(0) };
      expect(problemFields(body)).toEqual([`${M}.referral.items`]);
    });

    /** The text fixture with a chain of objects under its message, reaching `levels` of nesting. */
    function nestedTo(levels: number): JsonObject {
      const body = fixture('text');
      let node: JsonObject = {};
      at(body, M).extra = node; // the message is at level 8, so `extra` is at level 9
      for (let level = 9; level < levels; level++) {
        const child: JsonObject = {};
        node.a = child;
        node = child;
      }
      return body;
    }

    it('accepts nesting 32 levels deep', () => {
      expect(() => parseWhatsAppEnvelope(nestedTo(32))).not.toThrow();
    });

    it.each([33, 100_000])('rejects nesting %d levels deep without overflowing the stack', (levels) => {
      const [field] = problemFields(nestedTo(levels));
      expect(field.startsWith(`${M}.extra.a.a`)).toBe(true);
    });

    it.each([
      ['{"constructor":{}}', 'constructor'],
      ['{"object":"whatsapp_business_account","entry":[{"x":{"constructor":1}}]}', 'entry.0.x.constructor'],
      ['{"object":"whatsapp_business_account","entry":[],"__proto__":{"polluted":true}}', '__proto__'],
    ])('rejects the reserved key in %s instead of crashing the copy', (json, field) => {
      expect(problemFields(JSON.parse(json))).toEqual([field]);
      expect(({} as JsonObject).polluted).toBeUndefined();
    });
  });

  describe('tolerance', () => {
    it.each(FIXTURE_NAMES)(
      'accepts fields Meta may add at any level of the %s fixture, and ignores them',
      (name) => {
        const body = fixture(name);
        const objects = pathsOf(body).map((path) => path.join('.'));
        for (const node of [body, ...objects.map((path) => at(body, path))]) {
          if (!Array.isArray(node) && typeof node === 'object' && node !== null)
            Object.assign(node, { added_later: { nested: [1, 'two'] }, toString: 'x', hasOwnProperty: 1 });
        }
        const expected = normaliseWhatsAppEnvelope(parseWhatsAppEnvelope(fixture(name)));
        expect(normaliseWhatsAppEnvelope(parseWhatsAppEnvelope(body))).toStrictEqual(expected);
      },
    );

    it('accepts a message type it does not know, whatever its payload', () => {
      const body = fixture('text');
      Object.assign(at(body, M), { type: 'order', order: [{ anything: null }] });
      expect(() => parseWhatsAppEnvelope(body)).not.toThrow();
    });

    it('checks a payload only for its own type', () => {
      const body = fixture('text');
      Object.assign(at(body, M), { image: 'not media', location: { latitude: 500 } });
      expect(() => parseWhatsAppEnvelope(body)).not.toThrow();
    });

    it('accepts changes of other subscribed fields, whatever their value', () => {
      const body = fixture('text');
      (at(body, 'entry.0.changes') as unknown as unknown[]).push({ field: 'account_update', value: [1] });
      expect(() => parseWhatsAppEnvelope(body)).not.toThrow();
    });
  });
});

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(null, '', '0', -1, 0.5, 1e21, true, [], {}, '1764070000', 'x'.repeat(65_537)),
);
const edit = edits(oddValue, ['constructor', '__proto__', 'toString', 'type', 'text', 'id']);
const mutatedFixture = mutatedFixtures(edit);

function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainJson);
}

/** Either a delivery that is safe to queue, or a RequestValidationError: nothing else, ever. */
function parsesOrRejects(body: unknown): 'accepted' | 'rejected' {
  try {
    const delivery = normaliseWhatsAppEnvelope(parseWhatsAppEnvelope(body));
    expect(isPlainJson(delivery)).toBe(true);
    for (const message of delivery.messages) {
      expect(message.id.length).toBeGreaterThan(0);
      expect(new Date(message.receivedAt).toISOString()).toBe(message.receivedAt);
      expect(message.phoneNumberId).toMatch(/^\d+$/);
    }
    return 'accepted';
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    expect(error.fields.length).toBeGreaterThan(0);
    return 'rejected';
  }
}

describe('parseWhatsAppEnvelope then normaliseWhatsAppEnvelope', () => {
  it('accepts or rejects any JSON with a validation error, never another exception', () => {
    fc.assert(
      fc.property(fc.json(), (json) => void parsesOrRejects(JSON.parse(json))),
      { numRuns: 500 },
    );
  });

  it('accepts or rejects fixtures with fields dropped, retyped or added, never another exception', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(mutatedFixture, (body) => void outcomes[parsesOrRejects(body)]++),
      { numRuns: 1000 },
    );
    // Both outcomes must occur, or the mutations are not exercising what they should.
    expect(outcomes.accepted).toBeGreaterThan(50);
    expect(outcomes.rejected).toBeGreaterThan(50);
  });
});
