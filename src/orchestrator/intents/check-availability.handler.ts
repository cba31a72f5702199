import { Injectable } from '@nestjs/common';
import { BookingFlow } from '../booking/booking-flow';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

/** "¿Tenéis habitación para el finde?": the booking flow in browsing mode. */
@Injectable()
export class CheckAvailabilityHandler extends IntentHandler {
  readonly intent = 'check_availability';

  constructor(private readonly booking: BookingFlow) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    await this.booking.continue(turn);
  }
}
