import { Injectable } from '@nestjs/common';
import { endFlow, isSideQuestion } from '../dialogue/conversation-state';
import { MAX_QUOTE, offerHuman } from '../dialogue/fallback';
import { guestTrouble } from '../dialogue/complaint';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';
import { isBotQuestion } from './bot-question';
import { asksHowToReachTheHotel, bookingInProgress, handoffReason } from '../handoff/handoff-context';
import { channelForStaff, guestForStaff } from '../handoff/while-with-staff';

/**
 * Hands the guest to a person: staff notified, and the bot silent for them until released. A guest
 * who only asks whether this is a bot is told so and offered a person (yes / no buttons).
 */
@Injectable()
export class HumanHandoffHandler extends IntentHandler {
  readonly intent = 'human_handoff';

  async handle(turn: Turn): Promise<void> {
    if (isBotQuestion(turn.message.text)) {
      // In the middle of a booking's yes/no, the booking's question is asked again after the answer.
      const bookingWaits = isSideQuestion(turn.state, this.intent);
      if (bookingWaits) turn.say('handoff.bot_disclosure_aside', { hotel: turn.tenant.name });
      else offerHuman(turn, turn.text('handoff.bot_disclosure', { hotel: turn.tenant.name }));
      return;
    }
    const tapped = turn.message.interactive?.id === 'human_yes';
    const text = turn.message.text ?? '';
    if (!tapped && !guestTrouble(text) && asksHowToReachTheHotel(text)) {
      // The guest wants to phone: the number, and a person here if they still want one.
      const { phone, email } = turn.tenant.info;
      if (isSideQuestion(turn.state, this.intent)) turn.say('info.contact', { phone, email });
      else offerHuman(turn, turn.text('handoff.contact_first', { phone, email }));
      return;
    }
    this.handOver(turn, tapped);
  }

  /**
   * `accepted`: the guest said yes to the offer of a person, and the notice quotes what led to it. The
   * notice says why the guest is handed over: a breakdown in the room, a complaint, a request for the
   * room, or a person asked for (always so for a yes to the offer).
   */
  private handOver(turn: Turn, accepted = false): void {
    const offeredAfter = turn.state.dialogue.slots.offeredAfter;
    const quoted =
      accepted && typeof offeredAfter === 'string' && offeredAfter ? offeredAfter : (turn.message.text ?? '');
    const booking = bookingInProgress(turn);
    endFlow(turn.state);
    turn.state.handoff = true;
    turn.state.fallbackCount = 0;
    turn.outcome = 'handoff';
    const trouble = guestTrouble(turn.message.text ?? '');
    turn.say(trouble ? `handoff.${trouble}_ack` : 'handoff.ack', { phone: turn.tenant.info.phone });
    turn.staffNotices.push(
      turn.staffText('handoff.staff_notice', {
        guest: guestForStaff(turn.message),
        channel: channelForStaff(turn.message.channel),
        text: quoted.slice(0, MAX_QUOTE),
        reason: accepted ? 'person' : handoffReason(turn.message.text ?? ''),
        booking,
      }),
    );
  }

  /** "Yes" to "shall a person take over?" (offered after two fallbacks). */
  override async confirm(turn: Turn): Promise<void> {
    this.handOver(turn, true);
  }

  override async deny(turn: Turn): Promise<void> {
    endFlow(turn.state);
    turn.state.fallbackCount = 0;
    turn.say('deny.nothing');
  }
}
