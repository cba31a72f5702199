import { Injectable } from '@nestjs/common';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { findGuestReservation } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';

/** "¿Cómo está mi reserva K7QX2M?": the reservation as the PMS has it. */
@Injectable()
export class ReservationStatusHandler extends IntentHandler {
  readonly intent = 'reservation_status';

  constructor(private readonly pms: PmsAdapter) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const reservation = await findGuestReservation(turn, this.pms, 'reservation_status');
    if (!reservation) return;
    turn.say('status.found', {
      reference: reservation.reference,
      room: turn.roomName(reservation.roomTypeId),
      checkIn: turn.date(reservation.checkIn),
      checkOut: turn.date(reservation.checkOut),
      guests: reservation.guests,
      status: reservation.status,
      total: turn.money(reservation.total, reservation.currency),
    });
    endFlow(turn.state);
    turn.state.dialogue.slots.lastReference = reservation.reference;
  }
}
