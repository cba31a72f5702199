import type { LocationRef, MediaRef, UnifiedMessage } from '../../messaging/unified-message';
import type {
  WhatsAppChangeDto,
  WhatsAppContactCardDto,
  WhatsAppEnvelope,
  WhatsAppErrorDto,
  WhatsAppInteractiveDto,
  WhatsAppLocationDto,
  WhatsAppMediaDto,
  WhatsAppMessageDto,
  WhatsAppReplyDto,
  WhatsAppSenderDto,
  WhatsAppStatusDto,
} from './whatsapp-webhook.dto';

/**
 * A guest message as the webhook knows it: the caller adds `tenantId` (resolved from `phoneNumberId`)
 * and `correlationId` to make it a UnifiedMessage.
 */
export type InboundWhatsAppMessage = Omit<
  UnifiedMessage,
  'tenantId' | 'correlationId' | 'channel' | 'phoneNumberId' | 'email'
> & { channel: 'whatsapp'; phoneNumberId: string };

export const WHATSAPP_DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
export type WhatsAppDeliveryStatus = (typeof WHATSAPP_DELIVERY_STATUSES)[number];

export interface WhatsAppStatusError {
  code: number;
  title: string;
  message?: string;
  details?: string;
}

/** A delivery report for one of our outbound messages: counted, never answered. */
export interface WhatsAppStatus {
  /** The wamid of our outbound message. */
  id: string;
  status: WhatsAppDeliveryStatus;
  recipientId: string;
  /** The hotel's number that sent it (resolves the tenant for metrics). */
  phoneNumberId: string;
  /** ISO 8601. */
  timestamp: string;
  errors?: WhatsAppStatusError[];
}

export interface NormalisedWhatsAppDelivery {
  messages: InboundWhatsAppMessage[];
  statuses: WhatsAppStatus[];
}

type Content = Pick<
  InboundWhatsAppMessage,
  'kind' | 'text' | 'media' | 'location' | 'interactive' | 'reaction' | 'contacts'
>;

const UNSUPPORTED: Content = { kind: 'unsupported' };

/**
 * One item per guest message and per known delivery status, across all entries and changes, in the
 * order Meta listed them. Expects an envelope that passed `parseWhatsAppEnvelope`.
 */
export function normaliseWhatsAppEnvelope(envelope: WhatsAppEnvelope): NormalisedWhatsAppDelivery {
  const delivery: NormalisedWhatsAppDelivery = { messages: [], statuses: [] };
  for (const entry of envelope.entry) {
    for (const change of entry.changes) normaliseChange(change, delivery);
  }
  return delivery;
}

function normaliseChange(change: WhatsAppChangeDto, delivery: NormalisedWhatsAppDelivery): void {
  if (change.field !== 'messages') return;
  const { value } = change;
  const phoneNumberId = value.metadata.phone_number_id;
  const names = senderNames(value.contacts ?? []);
  for (const message of value.messages ?? []) {
    delivery.messages.push(normaliseMessage(message, phoneNumberId, names));
  }
  for (const status of value.statuses ?? []) {
    const normalised = normaliseStatus(status, phoneNumberId);
    if (normalised) delivery.statuses.push(normalised);
  }
}

function senderNames(senders: WhatsAppSenderDto[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const sender of senders) {
    if (sender.profile?.name !== undefined) names.set(sender.wa_id, sender.profile.name);
  }
  return names;
}

/** Types we do not handle (or do not know yet) become `unsupported`. */
function normaliseMessage(
  message: WhatsAppMessageDto,
  phoneNumberId: string,
  names: ReadonlyMap<string, string>,
): InboundWhatsAppMessage {
  const normalised: InboundWhatsAppMessage = {
    id: message.id,
    channel: 'whatsapp',
    from: message.from,
    kind: 'unsupported',
    phoneNumberId,
    receivedAt: unixSecondsToIso(message.timestamp),
  };
  const fromName = names.get(message.from);
  if (fromName !== undefined) normalised.fromName = fromName;
  if (message.context?.id !== undefined) normalised.replyTo = message.context.id;
  const content = CONTENT_BY_TYPE.get(message.type)?.(message) ?? UNSUPPORTED;
  return { ...normalised, ...content };
}

// A payload missing for its type cannot pass validation; the `&&` keeps the types honest anyway.
const CONTENT_BY_TYPE = new Map<string, (message: WhatsAppMessageDto) => Content | undefined>([
  ['text', (m) => m.text && { kind: 'text', text: m.text.body }],
  ['audio', (m) => m.audio && { kind: 'audio', media: mediaRef(m.audio) }],
  ['image', (m) => m.image && mediaContent('image', m.image)],
  ['video', (m) => m.video && mediaContent('video', m.video)],
  ['document', (m) => m.document && mediaContent('document', m.document)],
  ['sticker', (m) => m.sticker && mediaContent('sticker', m.sticker)],
  ['location', (m) => m.location && { kind: 'location', location: locationRef(m.location) }],
  ['interactive', (m) => m.interactive && interactiveContent(m.interactive)],
  [
    'button',
    (m) =>
      m.button && {
        kind: 'button',
        text: m.button.text,
        interactive: { kind: 'template_button', id: m.button.payload, title: m.button.text },
      },
  ],
  [
    'reaction',
    (m) =>
      m.reaction && {
        kind: 'reaction',
        reaction: { messageId: m.reaction.message_id, emoji: m.reaction.emoji ?? '' },
      },
  ],
  ['contacts', (m) => m.contacts && { kind: 'contacts', contacts: m.contacts.map(contactCard) }],
]);

function mediaContent(kind: 'image' | 'video' | 'document' | 'sticker', media: WhatsAppMediaDto): Content {
  const content: Content = { kind, media: mediaRef(media) };
  if (media.caption !== undefined) content.text = media.caption;
  return content;
}

function mediaRef(media: WhatsAppMediaDto): MediaRef {
  return withoutUndefined({
    id: media.id,
    mimeType: media.mime_type,
    sha256: media.sha256,
    voice: media.voice,
    caption: media.caption,
    filename: media.filename,
  });
}

function locationRef(location: WhatsAppLocationDto): LocationRef {
  const { latitude, longitude, name, address } = location;
  return withoutUndefined({ latitude, longitude, name, address });
}

/** Other interactive types (Flows' `nfm_reply`...) answer things we never send: unsupported. */
function interactiveContent(interactive: WhatsAppInteractiveDto): Content | undefined {
  if (interactive.type === 'button_reply') return tappedReply('button_reply', interactive.button_reply);
  if (interactive.type === 'list_reply') return tappedReply('list_reply', interactive.list_reply);
  return undefined;
}

function tappedReply(
  kind: 'button_reply' | 'list_reply',
  reply: WhatsAppReplyDto | undefined,
): Content | undefined {
  return (
    reply && {
      kind: 'interactive',
      text: reply.title,
      interactive: { kind, id: reply.id, title: reply.title },
    }
  );
}

function contactCard(card: WhatsAppContactCardDto): { name: string; phones: string[] } {
  const name =
    card.name?.formatted_name ??
    [card.name?.first_name, card.name?.last_name].filter((part) => part !== undefined).join(' ');
  const phones = (card.phones ?? [])
    .map((phone) => phone.phone ?? phone.wa_id)
    .filter((phone): phone is string => phone !== undefined);
  return { name, phones };
}

function normaliseStatus(status: WhatsAppStatusDto, phoneNumberId: string): WhatsAppStatus | undefined {
  if (!isDeliveryStatus(status.status)) return undefined;
  const normalised: WhatsAppStatus = {
    id: status.id,
    status: status.status,
    recipientId: status.recipient_id,
    phoneNumberId,
    timestamp: unixSecondsToIso(status.timestamp),
  };
  if (status.errors !== undefined && status.errors.length > 0)
    normalised.errors = status.errors.map(statusError);
  return normalised;
}

function isDeliveryStatus(status: string): status is WhatsAppDeliveryStatus {
  return (WHATSAPP_DELIVERY_STATUSES as readonly string[]).includes(status);
}

function statusError(error: WhatsAppErrorDto): WhatsAppStatusError {
  return withoutUndefined({
    code: error.code,
    title: error.title,
    message: error.message,
    details: error.error_data?.details,
  });
}

/** `timestamp` is validated as at most 12 digits, so the date is always in range. */
function unixSecondsToIso(seconds: string): string {
  return new Date(Number(seconds) * 1000).toISOString();
}

/** Drops `undefined` fields, so queued JSON and test expectations carry only what Meta sent. */
function withoutUndefined<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) kept[key] = field;
  return kept as T;
}
