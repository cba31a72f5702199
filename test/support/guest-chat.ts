import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WorkQueue } from '../../src/queue/work-queue.port';
import { SessionManager } from '../../src/session/session-manager';
import type { FakeGraphApi } from './fake-graph-api';
import { sleep, waitFor } from './wait';
import { guestDelivery, signWhatsApp } from './whatsapp-builders';

type Json = Record<string, unknown>;

/** One guest message as WhatsApp delivers it (without from / id / timestamp, which the chat adds). */
export type GuestMessage =
  | { type: 'text'; text: { body: string } }
  | { type: 'interactive'; interactive: Json }
  | { type: 'audio'; audio: { id: string; mime_type: string; voice?: boolean } }
  | { type: 'reaction'; reaction: { message_id: string; emoji: string } };

export const text = (body: string): GuestMessage => ({ type: 'text', text: { body } });
export const tap = (id: string, title = id): GuestMessage => ({
  type: 'interactive',
  interactive: { type: 'button_reply', button_reply: { id, title } },
});
export const voice = (mediaId: string): GuestMessage => ({
  type: 'audio',
  audio: { id: mediaId, mime_type: 'audio/ogg; codecs=opus', voice: true },
});

/** What the guest saw: the Graph bodies sent to them, in order, with a readable form. */
export interface Reply {
  body: Json;
  /** Text, the body of buttons/lists, a caption, or "[location …]". */
  text: string;
  /** Ids of reply buttons or list rows. */
  choices: string[];
}

let sequence = 0;
/** How long a handled message may take to get its first reply to Graph. */
const FIRST_REPLY_MS = 3000;

/**
 * A guest on WhatsApp talking to the app through the real webhook (signed deliveries) and reading the
 * answers at the fake Graph API. `send` waits until the message is handled (its id is in the
 * guest's session) and the replies have stopped arriving.
 */
export class GuestChat {
  private seen = 0;

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly graph: FakeGraphApi,
    readonly phone: string,
    private readonly options: { tenantId?: string; name?: string; phoneNumberId?: string } = {},
  ) {}

  /**
   * Sends one message and returns the replies it got. A handled message whose first reply has not
   * reached Graph yet (the reply jobs are queued, a busy machine is slow to send them) is given up
   * to FIRST_REPLY_MS more; for a message that should get no answer, use `sendExpectingSilence`.
   */
  async send(message: GuestMessage | string, waitMs = 10_000): Promise<Reply[]> {
    const [id] = await this.post([typeof message === 'string' ? text(message) : message]);
    await this.handled(id, waitMs);
    if (this.bodies().length === this.seen) {
      await waitFor(() => this.bodies().length > this.seen, FIRST_REPLY_MS, 'a first reply').catch(
        () => undefined,
      );
      await this.settle();
    }
    return this.newReplies();
  }

  /**
   * Sends one message that should get no answer (a conversation with a person): waits until it is
   * handled, listens for `listenMs` more, and returns whatever arrived (an empty list, if right).
   */
  async sendExpectingSilence(message: GuestMessage | string, listenMs = 1000): Promise<Reply[]> {
    const [id] = await this.post([typeof message === 'string' ? text(message) : message]);
    await this.handled(id);
    await sleep(listenMs);
    await this.settle();
    return this.newReplies();
  }

  /** Delivers several messages in one webhook call (a burst), without waiting. Returns their ids. */
  async post(messages: GuestMessage[], timestamp = Math.floor(Date.now() / 1000)): Promise<string[]> {
    const ids = messages.map(() => `wamid.CHAT${process.pid}x${++sequence}`);
    const body = JSON.stringify(
      guestDelivery({
        from: this.phone,
        name: this.options.name,
        phoneNumberId: this.options.phoneNumberId,
        messages: messages.map((m, i) => ({ id: ids[i], timestamp: String(timestamp), ...m })),
      }),
    );
    await request(this.app.getHttpServer())
      .post('/webhooks/whatsapp')
      .set('content-type', 'application/json')
      .set('x-hub-signature-256', signWhatsApp(body))
      .send(body)
      .expect(200);
    return ids;
  }

  /** Waits until the session records `id` as handled, then for the replies to settle. */
  async handled(id: string, waitMs = 10_000): Promise<void> {
    const sessions = this.app.get(SessionManager);
    await waitFor(
      async () => {
        const session = await sessions.getOrCreate(this.options.tenantId ?? 'demo', 'whatsapp', this.phone);
        return session.recentMessageIds?.includes(id);
      },
      waitMs,
      `message ${id} to be handled`,
    );
    await this.settle();
  }

  /**
   * Waits until the replies have stopped: nothing waiting in the outbound queue, no Graph call in
   * flight, and no new reply for 100 ms (a reply job queued by the handled message can take longer
   * than that to reach Graph when the machine is busy).
   */
  private async settle(): Promise<void> {
    const outbound = this.app.get(WorkQueue);
    let count = -1;
    while (count !== this.bodies().length || (await outbound.depth('outbound')) > 0 || this.sending()) {
      count = this.bodies().length;
      await sleep(100);
    }
  }

  /** Whether a message is on its way to Graph (sent, not answered yet). */
  private sending(): boolean {
    return this.graph.requests.some((r) => r.route === 'messages' && r.status === undefined);
  }

  /**
   * Waits until at least `count` replies arrived since the last read, then for them to settle, and
   * returns them. Unlike `send`, it never reads the session (a test of session loading must not
   * load it first).
   */
  async awaitReplies(count = 1, waitMs = 10_000): Promise<Reply[]> {
    await waitFor(
      () => this.bodies().length - this.seen >= count,
      waitMs,
      `${count} replies to ${this.phone}`,
    );
    await this.settle();
    return this.newReplies();
  }

  /** Replies that arrived since the last call. */
  newReplies(): Reply[] {
    const bodies = this.bodies();
    const fresh = bodies.slice(this.seen);
    this.seen = bodies.length;
    return fresh.map(readable);
  }

  private bodies(): Json[] {
    return this.graph.messageBodies().filter((body) => body.to === this.phone);
  }
}

export function readable(body: Json): Reply {
  const type = body.type as string;
  if (type === 'text') return { body, text: (body.text as { body: string }).body, choices: [] };
  if (type === 'interactive') {
    const interactive = body.interactive as Json;
    const text = (interactive.body as { text: string }).text;
    const action = interactive.action as Json;
    const choices =
      interactive.type === 'button'
        ? (action.buttons as Array<{ reply: { id: string } }>).map((b) => b.reply.id)
        : (action.sections as Array<{ rows: Array<{ id: string }> }>).flatMap((s) => s.rows.map((r) => r.id));
    return { body, text, choices };
  }
  if (type === 'location') {
    const location = body.location as { latitude: number; longitude: number; name?: string };
    return {
      body,
      text: `[location ${location.latitude},${location.longitude} ${location.name ?? ''}]`,
      choices: [],
    };
  }
  if (type === 'image') {
    const image = body.image as { link: string; caption?: string };
    return { body, text: `[image ${image.link}] ${image.caption ?? ''}`, choices: [] };
  }
  return { body, text: `[${type}]`, choices: [] };
}

/** All reply texts joined, for matching. */
export function said(replies: Reply[]): string {
  return replies.map((reply) => reply.text).join('\n');
}
