import { Injectable } from '@nestjs/common';
import { isBookingFlow } from '../dialogue/booking-readings';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

const MAX_PHOTOS_OF_ONE_ROOM = 3;
const MAX_ROOMS_SHOWN = 4;

/** Photos of the room asked about, or one of each room type, as image messages. */
@Injectable()
export class RoomPhotosHandler extends IntentHandler {
  readonly intent = 'room_photos';

  async handle(turn: Turn): Promise<void> {
    // "¿Tenéis fotos de la habitación?" once a room is chosen for the booking: that room's.
    const { flow, slots } = turn.state.dialogue;
    const chosen = isBookingFlow(flow) && typeof slots.roomTypeId === 'string' ? slots.roomTypeId : undefined;
    const roomTypeId = turn.entity('room_type')?.value.roomTypeId ?? chosen;
    const rooms = turn.tenant.roomTypes;
    if (roomTypeId) {
      const room = rooms.find((candidate) => candidate.id === roomTypeId);
      const name = turn.roomName(roomTypeId);
      if (!room || room.photos.length === 0) return turn.say('photos.none');
      turn.say('photos.intro', { room: name });
      for (const url of room.photos.slice(0, MAX_PHOTOS_OF_ONE_ROOM))
        turn.replies.push({ type: 'image', url, caption: name });
      return;
    }
    const shown = rooms.filter((room) => room.photos.length > 0).slice(0, MAX_ROOMS_SHOWN);
    if (shown.length === 0) return turn.say('photos.none');
    turn.say('photos.all_intro');
    for (const room of shown)
      turn.replies.push({ type: 'image', url: room.photos[0], caption: turn.localized(room.name) });
  }
}
