import { Injectable } from '@nestjs/common';
import { BookingFlow } from '../booking/booking-flow';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

/** "Quiero reservar": the booking flow, which also owns follow-ups and the final yes or no. */
@Injectable()
export class MakeReservationHandler extends IntentHandler {
  readonly intent = 'make_reservation';

  constructor(private readonly booking: BookingFlow) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    await this.booking.continue(turn, turn.nlu.intent === 'make_reservation' ? 'book' : undefined);
  }

  override async confirm(turn: Turn): Promise<void> {
    await this.booking.confirm(turn);
  }

  override async deny(turn: Turn): Promise<void> {
    await this.booking.deny(turn);
  }
}
