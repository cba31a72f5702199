import { RequestValidationError } from '../../common/http/request-validation.error';

/** A Gmail change notification: only a pointer (mailbox + its historyId), never the mail itself. */
export interface GmailPushNotification {
  /** The mailbox that changed, lowercased. */
  emailAddress: string;
  /** The mailbox's historyId after the change, as a decimal string (Gmail ids are uint64). */
  historyId: string;
  /** Pub/Sub's message id: the same on every redelivery of one notification. */
  pubsubMessageId: string;
  publishTime?: string;
  subscription?: string;
}

// Gmail's `data` is ~80 bytes; anything much larger is not a Gmail notification.
const MAX_DATA_CHARS = 4096;
const MAX_FIELD_CHARS = 512;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const EMAIL = /^[^\s@<>",;]{1,64}@[^\s@<>",;]{1,255}$/;
const DIGITS = /^\d{1,20}$/;

/**
 * Reads a Pub/Sub push body `{message:{data, messageId, publishTime}, subscription}` whose `data`
 * is base64 JSON `{emailAddress, historyId}`. Anything else throws RequestValidationError (400)
 * listing each bad field; no input makes it throw anything else.
 */
export function decodeGmailPush(body: unknown): GmailPushNotification {
  if (!isRecord(body)) return fail('body', 'must be a JSON object');
  const message = body.message;
  if (!isRecord(message)) return fail('message', 'must be an object');

  const pubsubMessageId = readString(message.messageId) ?? readString(message.message_id);
  if (!pubsubMessageId) return fail('message.messageId', 'must be a non-empty string');
  const data = readData(message.data);
  const emailAddress = readString(data.emailAddress)?.toLowerCase();
  if (!emailAddress || !EMAIL.test(emailAddress)) {
    return fail('message.data.emailAddress', 'must be an e-mail address');
  }
  const historyId = readHistoryId(data.historyId);
  if (!historyId) return fail('message.data.historyId', 'must be a non-negative integer');

  return {
    emailAddress,
    historyId,
    pubsubMessageId,
    publishTime: readString(message.publishTime) ?? readString(message.publish_time),
    subscription: readString(body.subscription),
  };
}

function readData(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string' || value.length === 0) return fail('message.data', 'must be base64 text');
  if (value.length > MAX_DATA_CHARS)
    return fail('message.data', `must be at most ${MAX_DATA_CHARS} characters`);
  if (!BASE64.test(value)) return fail('message.data', 'must be base64 text');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
  } catch {
    return fail('message.data', 'must be base64 of a JSON object');
  }
  if (!isRecord(parsed)) return fail('message.data', 'must be base64 of a JSON object');
  return parsed;
}

/** Gmail sends a JSON number; a string of digits is accepted too. Both become a decimal string. */
function readHistoryId(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  }
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value).toString();
  return undefined;
}

function fail(field: string, message: string): never {
  throw new RequestValidationError([{ field, messages: [message] }]);
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD_CHARS ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
