import { Injectable } from '@nestjs/common';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

/** Hands the guest to a person: staff notified, and the bot silent for them until released. */
@Injectable()
export class HumanHandoffHandler extends IntentHandler {
  readonly intent = 'human_handoff';

  async handle(turn: Turn): Promise<void> {
    endFlow(turn.state);
    turn.state.handoff = true;
    turn.state.fallbackCount = 0;
    turn.outcome = 'handoff';
    turn.say('handoff.ack');
    turn.staffNotices.push(
      turn.staffText('handoff.staff_notice', {
        guest: turn.message.fromName ? `${turn.message.fromName} (${turn.message.from})` : turn.message.from,
        channel: turn.message.channel === 'gmail' ? 'e-mail' : 'WhatsApp',
        text: (turn.message.text ?? '').slice(0, 300),
      }),
    );
  }

  /** "Yes" to "shall a person take over?" (offered after two fallbacks). */
  override async confirm(turn: Turn): Promise<void> {
    await this.handle(turn);
  }

  override async deny(turn: Turn): Promise<void> {
    endFlow(turn.state);
    turn.state.fallbackCount = 0;
    turn.say('deny.nothing');
  }
}
