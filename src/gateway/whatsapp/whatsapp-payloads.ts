import { PermanentSendError } from '../../messaging/channel-sender.port';
import type { ListRow, OutboundMessage, ReplyButton, ReplyContent } from '../../messaging/outbound-message';
import { splitForWhatsApp, truncateWithEllipsis, WHATSAPP_TEXT_LIMIT } from './whatsapp-text';

/** WhatsApp Cloud API limits (see shared/reference/whatsapp.md), in UTF-16 code units. */
export const WHATSAPP_LIMITS = {
  buttons: 3,
  buttonTitle: 20,
  buttonBody: 1024,
  listBody: 4096,
  listRows: 10,
  listButton: 20,
  sectionTitle: 24,
  rowTitle: 24,
  rowDescription: 72,
  caption: 1024,
} as const;

interface Envelope {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
}

export type GraphTextPayload = Envelope & { type: 'text'; text: { preview_url: false; body: string } };
export type GraphButtonsPayload = Envelope & {
  type: 'interactive';
  interactive: {
    type: 'button';
    body: { text: string };
    action: { buttons: Array<{ type: 'reply'; reply: ReplyButton }> };
  };
};
export type GraphListPayload = Envelope & {
  type: 'interactive';
  interactive: {
    type: 'list';
    body: { text: string };
    action: { button: string; sections: Array<{ title?: string; rows: ListRow[] }> };
  };
};
export type GraphLocationPayload = Envelope & {
  type: 'location';
  location: { latitude: number; longitude: number; name?: string; address?: string };
};
export type GraphImagePayload = Envelope & { type: 'image'; image: { link: string; caption?: string } };

/** One body for `POST /{phone-number-id}/messages`. */
export type GraphMessagePayload =
  GraphTextPayload | GraphButtonsPayload | GraphListPayload | GraphLocationPayload | GraphImagePayload;

/**
 * The Graph `/messages` bodies that deliver one reply, in sending order. Long texts become several
 * text messages; text that does not fit an interactive body or a caption goes ahead of it as text.
 * Deterministic: a retry rebuilds the same list, so parts already sent can be skipped by position.
 */
export function toGraphPayloads(message: OutboundMessage): GraphMessagePayload[] {
  const envelope: Envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to: message.to };
  const content = message.content;
  switch (content.type) {
    case 'text':
      return requireParts(textPayloads(envelope, content.text), content);
    case 'buttons': {
      const { before, last } = splitKeepingLast(content.text, WHATSAPP_LIMITS.buttonBody, content);
      return [...textPayloads(envelope, before), buttonsPayload(envelope, last, content.buttons)];
    }
    case 'list': {
      const { before, last } = splitKeepingLast(content.text, WHATSAPP_LIMITS.listBody, content);
      return [...textPayloads(envelope, before), listPayload(envelope, last, content)];
    }
    case 'location':
      return [locationPayload(envelope, content)];
    case 'image':
      return imagePayloads(envelope, content);
  }
}

function textPayloads(envelope: Envelope, text: string): GraphTextPayload[] {
  return splitForWhatsApp(text, WHATSAPP_TEXT_LIMIT).map((body) => ({
    ...envelope,
    type: 'text',
    text: { preview_url: false, body },
  }));
}

function buttonsPayload(envelope: Envelope, body: string, buttons: ReplyButton[]): GraphButtonsPayload {
  if (buttons.length === 0) throw invalid('a buttons reply without buttons');
  return {
    ...envelope,
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: body },
      action: {
        buttons: buttons.slice(0, WHATSAPP_LIMITS.buttons).map((button) => ({
          type: 'reply',
          reply: { id: button.id, title: truncateWithEllipsis(button.title, WHATSAPP_LIMITS.buttonTitle) },
        })),
      },
    },
  };
}

function listPayload(
  envelope: Envelope,
  body: string,
  content: Extract<ReplyContent, { type: 'list' }>,
): GraphListPayload {
  let rowsLeft: number = WHATSAPP_LIMITS.listRows;
  const sections: GraphListPayload['interactive']['action']['sections'] = [];
  for (const section of content.sections) {
    const rows = section.rows.slice(0, rowsLeft).map(toListRow);
    rowsLeft -= rows.length;
    if (rows.length === 0) continue;
    const title = truncateWithEllipsis(section.title, WHATSAPP_LIMITS.sectionTitle);
    sections.push(title ? { title, rows } : { rows });
  }
  if (sections.length === 0) throw invalid('a list reply without rows');
  return {
    ...envelope,
    type: 'interactive',
    interactive: {
      type: 'list',
      body: { text: body },
      action: { button: truncateWithEllipsis(content.buttonLabel, WHATSAPP_LIMITS.listButton), sections },
    },
  };
}

function toListRow(row: ListRow): ListRow {
  const title = truncateWithEllipsis(row.title, WHATSAPP_LIMITS.rowTitle);
  if (!row.description) return { id: row.id, title };
  return {
    id: row.id,
    title,
    description: truncateWithEllipsis(row.description, WHATSAPP_LIMITS.rowDescription),
  };
}

function locationPayload(
  envelope: Envelope,
  content: Extract<ReplyContent, { type: 'location' }>,
): GraphLocationPayload {
  const { latitude, longitude, name, address } = content;
  return {
    ...envelope,
    type: 'location',
    location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) },
  };
}

function imagePayloads(
  envelope: Envelope,
  content: Extract<ReplyContent, { type: 'image' }>,
): GraphMessagePayload[] {
  const caption = content.caption?.trim() ? content.caption : undefined;
  if (!caption) return [{ ...envelope, type: 'image', image: { link: content.url } }];
  const { before, last } = splitKeepingLast(caption, WHATSAPP_LIMITS.caption, content);
  return [
    ...textPayloads(envelope, before),
    { ...envelope, type: 'image', image: { link: content.url, caption: last } },
  ];
}

/**
 * Splits `text` so its last part fits `limit` (it rides on the interactive message or image) and the
 * rest, re-split at the text limit, goes ahead of it. Only whitespace follows the last part in `text`.
 */
function splitKeepingLast(
  text: string,
  limit: number,
  content: ReplyContent,
): { before: string; last: string } {
  const parts = splitForWhatsApp(text, limit);
  const last = parts.at(-1);
  if (last === undefined) throw invalid(`a ${content.type} reply without text`);
  return { before: text.slice(0, text.lastIndexOf(last)), last };
}

function requireParts(payloads: GraphTextPayload[], content: ReplyContent): GraphTextPayload[] {
  if (payloads.length === 0) throw invalid(`an empty ${content.type} reply`);
  return payloads;
}

function invalid(what: string): PermanentSendError {
  return new PermanentSendError('invalid_message', `Cannot send ${what} on WhatsApp.`);
}
