/** The channels guests write on. */
export type Channel = 'whatsapp' | 'gmail';

/** What kind of thing the guest sent (the `type` label of hotel_agent_messages_received_total). */
export type MessageKind =
  | 'text'
  | 'audio'
  | 'image'
  | 'video'
  | 'document'
  | 'sticker'
  | 'location'
  | 'interactive'
  | 'button'
  | 'reaction'
  | 'contacts'
  | 'unsupported';

export interface MediaRef {
  /** The channel's media id (WhatsApp: download it through the Graph API). */
  id: string;
  mimeType?: string;
  sha256?: string;
  /** A WhatsApp voice note (recorded in the app), as opposed to an audio file. */
  voice?: boolean;
  caption?: string;
  filename?: string;
}

export interface LocationRef {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

/** A tap on one of our buttons or list rows: `id` is what we put there. */
export interface InteractiveReply {
  kind: 'button_reply' | 'list_reply' | 'template_button';
  id: string;
  title: string;
}

/** E-mail specifics needed to answer in the same thread. */
export interface EmailThread {
  /** The mailbox it arrived at (the hotel's address). */
  mailbox: string;
  /** The Gmail thread; absent for a new message (a notice to the hotel's staff). */
  threadId?: string;
  messageIdHeader?: string;
  references?: string;
  subject?: string;
}

/**
 * One guest message, whatever the channel (design §2 step 2). Built by the gateway, queued, and
 * handled by the orchestrator. Never carries secrets; `from` and `text` are personal data.
 */
export interface UnifiedMessage {
  /** The channel's message id (WhatsApp wamid, Gmail message id): the de-duplication key. */
  id: string;
  channel: Channel;
  tenantId: string;
  /** The guest: WhatsApp number (wa_id) or e-mail address. */
  from: string;
  fromName?: string;
  kind: MessageKind;
  /** Text, caption, or the title of the tapped button. */
  text?: string;
  media?: MediaRef;
  location?: LocationRef;
  interactive?: InteractiveReply;
  reaction?: { messageId: string; emoji: string };
  contacts?: Array<{ name: string; phones: string[] }>;
  /** The message this one answers (WhatsApp context id). */
  replyTo?: string;
  email?: EmailThread;
  /** WhatsApp: the hotel's phone_number_id the guest wrote to (needed to answer). */
  phoneNumberId?: string;
  /** When the guest sent it (ISO 8601). */
  receivedAt: string;
  correlationId: string;
}
