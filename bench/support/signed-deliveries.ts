import { createHmac } from 'node:crypto';
import type autocannon from 'autocannon';
import { whatsappDelivery } from '../../test/support/whatsapp-builders';

const ID_PLACEHOLDER = '@@MESSAGE_ID@@';
const GUEST_TEXT = 'Hola, ¿tenéis una habitación doble libre el viernes por la noche?';

export interface SignedDelivery {
  messageId: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * Meta deliveries, each a valid signed envelope with one text message under a message id never used
 * before in the run, so de-duplication never short-circuits the intake. The JSON is built once
 * around a placeholder; each request costs the load generator a string join and one HMAC.
 */
export class SignedDeliveries {
  private readonly head: string;
  private readonly tail: string;
  private seq = 0;
  private readonly secret: string;
  private readonly runTag: string;

  constructor(secret: string, runTag: string) {
    this.secret = secret;
    this.runTag = runTag;
    const template = JSON.stringify(
      whatsappDelivery([{ id: ID_PLACEHOLDER, from: '34611111111', name: 'Ana', text: GUEST_TEXT }]),
    );
    const parts = template.split(ID_PLACEHOLDER);
    if (parts.length !== 2) throw new Error('the delivery template must carry the message id once');
    [this.head, this.tail] = parts;
  }

  /** How many deliveries were made so far (each with its own id). */
  get issued(): number {
    return this.seq;
  }

  next(): SignedDelivery {
    const messageId = `wamid.bench.${this.runTag}.${(this.seq++).toString(36)}`;
    const body = this.head + messageId + this.tail;
    return { messageId, body, headers: this.headersFor(body) };
  }

  headersFor(body: string): Record<string, string> {
    const signature = createHmac('sha256', this.secret).update(body).digest('hex');
    return { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` };
  }

  /** autocannon's per-request hook: the same request with a fresh body and its signature. */
  readonly setupRequest = (request: autocannon.Request): autocannon.Request => {
    const { body, headers } = this.next();
    return { ...request, body, headers: { ...request.headers, ...headers } };
  };
}
