import type { Interface } from 'node:readline';
import { type ChatChoice, renderGraphMessage } from './chat-renderer';

/**
 * The conversation as printed: replies are shown as they arrive, labelled by who they are for (the
 * guest, or the staff for a handoff notice); a reply that arrives while the guest is typing (late) is
 * printed above a fresh prompt. Remembers the options of the latest reply that offered some.
 */
export class ChatTerminal {
  choices: ChatChoice[] = [];
  replies = { count: 0, lastAt: 0 };
  private busy = false;
  private guest = '';

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly lines: Interface,
  ) {}

  write(text: string): void {
    this.out.write(`${text}\n`);
  }

  /** Replies to this number are the guest's; any other is a notice to the staff. */
  setGuest(number: string): void {
    this.guest = number;
    this.choices = [];
  }

  /** While busy (a message is being handled) replies print in line; a new turn forgets old options. */
  setBusy(busy: boolean): void {
    this.busy = busy;
    if (busy) this.choices = [];
  }

  /** Prints one Graph message body. */
  show(body: unknown): void {
    this.replies = { count: this.replies.count + 1, lastAt: Date.now() };
    const rendered = renderGraphMessage(body);
    const to = typeof body === 'object' && body !== null && 'to' in body ? String(body.to) : '';
    const isForGuest = to === this.guest;
    const text = labelled(isForGuest ? 'hotel › ' : `(notice to staff +${to}) `, rendered.text);
    if (isForGuest && rendered.choices.length > 0) this.choices = rendered.choices;
    if (this.busy) {
      this.write(text);
      return;
    }
    this.out.write(`\r\n${text}\n`);
    this.lines.prompt(true);
  }
}

/** The label on the first line, the following lines indented under it. */
function labelled(label: string, text: string): string {
  const pad = ' '.repeat(label.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? label : pad) + line)
    .join('\n');
}
