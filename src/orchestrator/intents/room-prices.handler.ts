import { Injectable } from '@nestjs/common';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { BookingFlow } from '../booking/booking-flow';
import { IntentHandler } from '../dialogue/intent-handler';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import type { Turn } from '../dialogue/turn';

/** Nightly rates from the PMS; with dates given, the exact price of the stay (the booking flow). */
@Injectable()
export class RoomPricesHandler extends IntentHandler {
  readonly intent = 'room_prices';

  constructor(
    private readonly pms: PmsAdapter,
    private readonly booking: BookingFlow,
  ) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    if (turn.entity('date_range') || turn.entity('date')) return this.booking.continue(turn);
    let roomTypes;
    try {
      roomTypes = await this.pms.getRoomTypes(turn.tenant.id, turn.signal);
    } catch (error) {
      if (answerPmsUnavailable(turn, error)) return;
      throw error;
    }
    const asked = turn.entity('room_type')?.value.roomTypeId;
    const priced = roomTypes.filter((room) => room.rate !== undefined && (!asked || room.id === asked));
    if (priced.length === 0) {
      turn.say('prices.footer');
      return;
    }
    const lines = [turn.text('prices.header')];
    for (const room of priced) {
      lines.push(
        turn.text('prices.line', {
          room: turn.roomName(room.id, room.name),
          max: room.maxGuests,
          rate: turn.money(room.rate ?? 0, room.currency),
        }),
      );
    }
    lines.push('', turn.text('prices.footer'));
    turn.sayText(lines.join('\n'));
  }
}
