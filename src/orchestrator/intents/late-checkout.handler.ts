import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import { lateCheckOutAnswer } from '../booking/late-checkout-aside';
import { arrivalNote } from '../dialogue/arrival-time';
import { DEPARTURE } from '../dialogue/booking-change-wording';
import { IntentHandler } from '../dialogue/intent-handler';
import { rememberCodeSaid } from '../dialogue/known-bookings';
import { rememberTopics } from '../dialogue/topic-follow-up';
import type { Turn } from '../dialogue/turn';

/** Keeping the room: "¿podemos quedarnos en la habitación hasta las 14h?", "can we keep the room until 2pm?". */
const KEEPING_THE_ROOM =
  /\b(?:qued\w*|salir|irnos|marchar\w*|keep the room|stay in the room|hasta las|until)\b/;

/** Late check-out as the hotel offers it (until when, at what price), or the standard time. */
@Injectable()
export class LateCheckoutHandler extends IntentHandler {
  readonly intent = 'late_checkout';

  async handle(turn: Turn): Promise<void> {
    // "Llego mañana muy tarde, sobre las 2 de la mañana, ¿hay problema?" (heard as the late check-out,
    // by its "tarde" and "mañana"): the hour of an arrival, answered as such.
    const text = turn.message.text ?? '';
    const { checkIn } = turn.state.dialogue.slots;
    const leaving = DEPARTURE.test(foldText(text)) || KEEPING_THE_ROOM.test(foldText(text));
    const arrival = leaving ? null : arrivalNote(turn, typeof checkIn === 'string' ? checkIn : undefined);
    if (arrival) return turn.sayText(arrival);
    rememberTopics(turn, 'late_checkout');
    rememberCodeSaid(turn.state, turn.nlu.entities);
    turn.sayText(lateCheckOutAnswer(turn));
  }
}
