import { Injectable } from '@nestjs/common';
import { IntentHandler } from '../dialogue/intent-handler';
import { rememberTopics } from '../dialogue/topic-follow-up';
import type { Turn } from '../dialogue/turn';

/** Late check-out as the hotel offers it (until when, at what price), or the standard time. */
@Injectable()
export class LateCheckoutHandler extends IntentHandler {
  readonly intent = 'late_checkout';

  async handle(turn: Turn): Promise<void> {
    rememberTopics(turn, 'late_checkout');
    const { lateCheckout, checkOut } = turn.tenant.info;
    if (!lateCheckout) return turn.say('late_checkout.none', { checkOut });
    turn.say('late_checkout.offer', {
      until: lateCheckout.until,
      price: turn.money(lateCheckout.price),
      checkOut,
      phone: turn.tenant.info.phone,
    });
  }
}
