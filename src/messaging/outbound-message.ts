import type { Channel, EmailThread } from './unified-message';

export interface ReplyButton {
  id: string;
  title: string;
}

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

/** What the bot says, channel-neutral; each sender renders it as its channel can. */
export type ReplyContent =
  | { type: 'text'; text: string }
  | { type: 'buttons'; text: string; buttons: ReplyButton[] }
  | { type: 'list'; text: string; buttonLabel: string; sections: Array<{ title: string; rows: ListRow[] }> }
  | { type: 'location'; latitude: number; longitude: number; name?: string; address?: string }
  | { type: 'image'; url: string; caption?: string };

/**
 * One reply to send, queued on the outbound queue. Its job id is `<inbound id>:<index>`, so a
 * retried job (or a retried inbound message) never sends the same reply twice.
 */
export interface OutboundMessage {
  tenantId: string;
  channel: Channel;
  /** The guest (WhatsApp number or e-mail address). */
  to: string;
  /** The guest message this answers. */
  inReplyTo: string;
  /** Position among the replies to that message (0, 1, ...). */
  index: number;
  content: ReplyContent;
  /**
   * Replies of the same turn that follow this one, sent after it in this order. One job carries a
   * whole turn, so its replies can never overtake each other on concurrent outbound workers.
   */
  then?: ReplyContent[];
  /**
   * The guest turn these replies answer, counted per conversation: the dispatcher sends turn n only
   * once turn n-1 has gone out (or a bounded wait has passed), so a slow send never lets a later
   * answer overtake an earlier one. `key` is where the last sent turn number is kept.
   */
  turn?: { key: string; number: number };
  /** WhatsApp: the hotel number to send from. */
  phoneNumberId?: string;
  /** Gmail: the thread to answer in. */
  email?: EmailThread;
  /** The guest's language, for senders that add channel text (an e-mail signature). */
  language?: string;
}

/** The replies a message carries, in sending order. */
export function contentsOf(message: Pick<OutboundMessage, 'content' | 'then'>): ReplyContent[] {
  return [message.content, ...(message.then ?? [])];
}

/** The outbound job id of a reply: derived, so a retry can never send it twice. */
export function outboundJobId(message: Pick<OutboundMessage, 'channel' | 'inReplyTo' | 'index'>): string {
  return `${message.channel}:${message.inReplyTo}:reply:${message.index}`;
}

/** The inbound job id of a guest message. */
export function inboundJobId(message: { channel: Channel; id: string }): string {
  return `${message.channel}:${message.id}`;
}
