import Ajv, { type SchemaObject } from 'ajv';

/*
 * The WhatsApp envelope as one JSON Schema, compiled once: the webhook's fast check. It mirrors the
 * DTO classes of whatsapp-webhook.dto.ts rule for rule (their bounds are shared from here), and must
 * never accept a body they reject; the property tests in whatsapp-envelope.schema.spec.ts hold it to
 * that. Where the two cannot agree exactly it is the stricter one — string lengths are counted in code
 * points here, while class-validator also discounts emoji variation selectors — and a body it
 * refuses goes to the classes, which have the last word and write the 400's field messages.
 */

/*
 * Bounds on hostile input. Meta batches a handful of messages per POST; statuses come in larger
 * batches for busy numbers, hence their higher cap.
 */
export const MAX_ITEMS = 100;
export const MAX_STATUSES = 1000;
export const MAX_ID_LENGTH = 256;
export const MAX_LABEL_LENGTH = 4096;
export const MAX_TEXT_LENGTH = 64 * 1024;
// Meta's payloads nest about 12 levels; class-transformer recurses, so depth must be bounded first.
export const MAX_DEPTH = 32;
// class-transformer calls `new value.constructor()` on untyped objects: an own "constructor" key throws.
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor']);

export const UNIX_SECONDS = /^\d{1,12}$/;
export const PHONE_NUMBER_ID = /^\d{1,32}$/;

const idString = { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH };
const labelString = { type: 'string', maxLength: MAX_LABEL_LENGTH };
const textString = { type: 'string', maxLength: MAX_TEXT_LENGTH };
const digits = (pattern: RegExp) => ({ type: 'string', pattern: pattern.source });

/** An object with these properties, the listed ones required; other properties are allowed. */
function object(properties: Record<string, SchemaObject>, required: string[] = []): SchemaObject {
  return { type: 'object', properties, required };
}

function arrayOf(item: SchemaObject, maxItems: number): SchemaObject {
  return { type: 'array', maxItems, items: item };
}

/** `property` is required, and checked, only when `key` equals `value` (class-validator's ValidateIf). */
function when(key: string, value: string, property: string, schema: SchemaObject): SchemaObject {
  return {
    if: { properties: { [key]: { const: value } }, required: [key] },
    then: { properties: { [property]: schema }, required: [property] },
  };
}

const error = object(
  {
    code: { type: 'integer' },
    title: labelString,
    message: textString,
    error_data: object({ details: textString }),
  },
  ['code', 'title'],
);

const media = object(
  {
    id: idString,
    mime_type: labelString,
    sha256: labelString,
    voice: { type: 'boolean' },
    animated: { type: 'boolean' },
    caption: textString,
    filename: labelString,
  },
  ['id'],
);

const location = object(
  {
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
    name: labelString,
    address: labelString,
  },
  ['latitude', 'longitude'],
);

const reply = object({ id: idString, title: labelString, description: labelString }, ['id', 'title']);

const interactive = {
  ...object({ type: idString }, ['type']),
  allOf: [
    when('type', 'button_reply', 'button_reply', reply),
    when('type', 'list_reply', 'list_reply', reply),
  ],
};

const contactCard = object({
  name: object({ formatted_name: labelString, first_name: labelString, last_name: labelString }),
  phones: arrayOf(object({ phone: labelString, wa_id: labelString }), MAX_ITEMS),
});

/** Each type's payload; other types (Meta adds new ones) carry anything and become `unsupported`. */
const PAYLOADS: Record<string, SchemaObject> = {
  text: object({ body: textString }, ['body']),
  audio: media,
  image: media,
  video: media,
  document: media,
  sticker: media,
  location,
  interactive,
  button: object({ payload: labelString, text: labelString }, ['payload', 'text']),
  reaction: object({ message_id: idString, emoji: { type: 'string', maxLength: MAX_ID_LENGTH } }, [
    'message_id',
  ]),
  contacts: arrayOf(contactCard, MAX_ITEMS),
};

const message = {
  ...object(
    {
      id: idString,
      from: idString,
      type: idString,
      timestamp: digits(UNIX_SECONDS),
      context: object({ id: idString }),
      errors: arrayOf(error, MAX_ITEMS),
    },
    ['id', 'from', 'type', 'timestamp'],
  ),
  allOf: Object.entries(PAYLOADS).map(([type, payload]) => when('type', type, type, payload)),
};

const status = object(
  {
    id: idString,
    status: idString,
    timestamp: digits(UNIX_SECONDS),
    recipient_id: idString,
    errors: arrayOf(error, MAX_ITEMS),
  },
  ['id', 'status', 'timestamp', 'recipient_id'],
);

const value = object(
  {
    messaging_product: { const: 'whatsapp' },
    metadata: object({ display_phone_number: labelString, phone_number_id: digits(PHONE_NUMBER_ID) }, [
      'display_phone_number',
      'phone_number_id',
    ]),
    contacts: arrayOf(
      object({ wa_id: idString, profile: object({ name: labelString }) }, ['wa_id']),
      MAX_ITEMS,
    ),
    messages: arrayOf(message, MAX_ITEMS),
    statuses: arrayOf(status, MAX_STATUSES),
    errors: arrayOf(error, MAX_ITEMS),
  },
  ['messaging_product', 'metadata'],
);

/** Only `messages` changes are checked: other subscribed fields have other shapes (see the DTO). */
const change = {
  ...object({ field: idString }, ['field']),
  allOf: [when('field', 'messages', 'value', value)],
};

export const WHATSAPP_ENVELOPE_SCHEMA: SchemaObject = object(
  {
    object: { const: 'whatsapp_business_account' },
    entry: arrayOf(
      object({ id: idString, changes: arrayOf(change, MAX_ITEMS) }, ['id', 'changes']),
      MAX_ITEMS,
    ),
  },
  ['object', 'entry'],
);

// allErrors off: the first failure ends the check (the DTO classes then say what is wrong).
const validateEnvelope = new Ajv({ allErrors: false, strict: true }).compile(WHATSAPP_ENVELOPE_SCHEMA);

/**
 * True when `body` (a JSON value, as JSON.parse returns it) is a WhatsApp envelope the DTO classes
 * also accept: within the structural bounds and of the shape above. False means "not sure", never
 * "invalid": the caller asks the classes.
 */
export function matchesWhatsAppEnvelopeSchema(body: unknown): boolean {
  return typeof body === 'object' && body !== null && isWithinBounds(body) && validateEnvelope(body);
}

/**
 * The structural bounds checked before the schema, over the whole body (fields the schema does not
 * know included): at most MAX_DEPTH levels, no array over MAX_STATUSES, no reserved key. Iterative,
 * so depth cannot overflow the stack; no paths are built — a failure is described by the classes.
 */
function isWithinBounds(root: object): boolean {
  const nodes: object[] = [root];
  const depths: number[] = [1];
  const visit = (child: unknown, depth: number): void => {
    if (typeof child !== 'object' || child === null) return;
    nodes.push(child);
    depths.push(depth);
  };
  for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
    const depth = depths.pop() as number;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(node)) {
      if (node.length > MAX_STATUSES) return false;
      for (const child of node as unknown[]) visit(child, depth + 1);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (RESERVED_KEYS.has(key)) return false;
      visit((node as Record<string, unknown>)[key], depth + 1);
    }
  }
  return true;
}
