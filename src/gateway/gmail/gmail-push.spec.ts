import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RequestValidationError } from '../../common/http/request-validation.error';
import { decodeGmailPush } from './gmail-push';

const fixture: unknown = JSON.parse(
  readFileSync(resolve(__dirname, '../../../test/fixtures/gmail/push-notification.json'), 'utf8'),
);

function push(data: unknown, message: Record<string, unknown> = {}): unknown {
  const encoded = typeof data === 'string' ? data : Buffer.from(JSON.stringify(data)).toString('base64');
  return {
    message: { data: encoded, messageId: '42', ...message },
    subscription: 'projects/p/subscriptions/s',
  };
}

function fieldOf(body: unknown): string | undefined {
  try {
    decodeGmailPush(body);
    return undefined;
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    return error.fields[0]?.field;
  }
}

describe('decodeGmailPush', () => {
  it('reads the mailbox and historyId out of a recorded push', () => {
    expect(decodeGmailPush(fixture)).toEqual({
      emailAddress: 'reservas@hoteldemo.example',
      historyId: '1235',
      pubsubMessageId: '2070443601311540',
      publishTime: '2026-11-25T09:00:01.123Z',
      subscription: 'projects/hotel-demo/subscriptions/gmail-push',
    });
  });

  it('lowercases the address and accepts a historyId sent as a string of digits', () => {
    const body = push({ emailAddress: 'Reservas@HotelDemo.example', historyId: '18446744073709551615' });
    expect(decodeGmailPush(body)).toMatchObject({
      emailAddress: 'reservas@hoteldemo.example',
      historyId: '18446744073709551615',
    });
  });

  it('accepts the snake_case message_id that Pub/Sub also sends', () => {
    const body = {
      message: {
        data: Buffer.from('{"emailAddress":"a@b.c","historyId":1}').toString('base64'),
        message_id: '7',
      },
    };
    expect(decodeGmailPush(body).pubsubMessageId).toBe('7');
  });

  it.each([
    ['a body that is not an object', 'hello', 'body'],
    ['an array', [], 'body'],
    ['no message', { subscription: 's' }, 'message'],
    ['no messageId', { message: { data: 'e30=' } }, 'message.messageId'],
    ['no data', push(''), 'message.data'],
    ['data that is not base64', push('%%%not base64%%%'), 'message.data'],
    ['data that is not JSON', push(Buffer.from('not json').toString('base64')), 'message.data'],
    ['data that is a JSON array', push([1, 2]), 'message.data'],
    ['oversized data', push('A'.repeat(5000)), 'message.data'],
    ['no emailAddress', push({ historyId: 1 }), 'message.data.emailAddress'],
    [
      'an emailAddress that is not an address',
      push({ emailAddress: 'nobody', historyId: 1 }),
      'message.data.emailAddress',
    ],
    ['no historyId', push({ emailAddress: 'a@b.c' }), 'message.data.historyId'],
    ['a negative historyId', push({ emailAddress: 'a@b.c', historyId: -1 }), 'message.data.historyId'],
    ['a fractional historyId', push({ emailAddress: 'a@b.c', historyId: 1.5 }), 'message.data.historyId'],
    [
      'an unsafe integer historyId',
      push({ emailAddress: 'a@b.c', historyId: 2 ** 60 }),
      'message.data.historyId',
    ],
    [
      'a historyId that is not digits',
      push({ emailAddress: 'a@b.c', historyId: '12a' }),
      'message.data.historyId',
    ],
  ])('rejects %s with a validation error naming the field', (_case, body, field) => {
    expect(fieldOf(body)).toBe(field);
  });

  it('throws nothing but validation errors, whatever the body', () => {
    const data = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64')),
      fc
        .record({ emailAddress: fc.oneof(fc.emailAddress(), fc.anything()), historyId: fc.anything() })
        .map((value) => Buffer.from(JSON.stringify(value) ?? '').toString('base64')),
    );
    const body = fc.oneof(
      fc.anything(),
      fc.record(
        { message: fc.record({ data, messageId: fc.oneof(fc.string(), fc.anything()) }) },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(body, (value) => {
        try {
          decodeGmailPush(value);
        } catch (error) {
          if (!(error instanceof RequestValidationError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});
