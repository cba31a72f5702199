import type { PmsAdapter } from '../../pms/pms-adapter.port';
import { endFlow, startFlow } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';
import { type Stay, writeBookingSlots } from './booking-slots';
import { enoughOf, roomNotFree } from './room-offers';
import { partyInRoom, roomsNeeded } from './room-shares';
import { breakfastsFor } from './extra-counts';

/**
 * One of several rooms booked: the next one, same room and dates, for the rest of the party; when
 * that kind has no room left for it (the last suite just went), the kinds that do are listed.
 */
export async function offerNextRoom(
  pms: PmsAdapter,
  turn: Turn,
  booked: Stay & { roomTypeId: string; guestName: string },
): Promise<void> {
  const rooms = (booked.rooms ?? 1) - 1;
  // "Y otra para mis padres": their room goes under their name, asked when it is booked.
  const forOthers = booked.nextRoomsForOthers?.length === rooms ? booked.nextRoomsForOthers : undefined;
  const next: Stay = {
    mode: 'book',
    step: 'offer',
    checkIn: booked.checkIn,
    checkOut: booked.checkOut,
    guests: booked.guests - partyInRoom(booked),
    rooms: rooms > 1 ? rooms : undefined,
    roomParties: rooms > 1 ? booked.roomParties?.slice(1) : undefined,
    nextRoom: true,
    partyBooked: (booked.partyBooked ?? 0) + partyInRoom(booked),
    bookedRoomTypeId: booked.roomTypeId,
    roomTypeId: booked.nextRoomTypes?.[0] ?? booked.roomTypeId,
    nextRoomTypes:
      booked.nextRoomTypes && booked.nextRoomTypes.length > 1 ? booked.nextRoomTypes.slice(1) : undefined,
    guestName: booked.nextRoomNames?.[0] ?? (forOthers?.[0] ? undefined : booked.guestName),
    nextRoomNames:
      booked.nextRoomNames && booked.nextRoomNames.length > 1 ? booked.nextRoomNames.slice(1) : undefined,
    // Rooms not said one by one ("para mis padres y mis tíos") are all for others, as the first was.
    forAnother: forOthers ? forOthers[0] || undefined : booked.forAnother,
    nextRoomsForOthers: forOthers && forOthers.length > 1 ? forOthers.slice(1) : undefined,
    email: booked.email,
    // "Two connecting rooms": the staff hear of it with each room's booking.
    requests: booked.requests,
    // Breakfast, asked for the party, is each room's for those in it; a parking space or a pet was
    // priced once with the offer, and stays with the first room. Breakfast for some of the party
    // ("solo para 2 de nosotros") goes to the next rooms for those the rooms before did not take.
    ...breakfastLeft(booked),
    // The rooms of each kind were shown with the first: the yes to this one goes to its summary.
    kindsShown: booked.kindsShown,
    kindsProposed: booked.kindsProposed,
  };
  startFlow(turn.state, 'make_reservation');
  const availability = await pms
    .checkAvailability(
      {
        tenantId: turn.tenant.id,
        checkIn: next.checkIn,
        checkOut: next.checkOut,
        guests: partyInRoom(next),
      },
      turn.signal,
    )
    // The booking is made: an availability the PMS cannot give now is found out at the yes instead.
    .catch(() => null);
  const sameKind = availability?.offers.find((offer) => offer.roomTypeId === next.roomTypeId);
  if (availability && (!sameKind || sameKind.roomsLeft < roomsNeeded(next, sameKind.roomTypeId))) {
    if (enoughOf(availability, next).length === 0) {
      // Nothing left for the rest of the party on those dates: the dates of the first stay, so no
      // other dates are offered; the rest are not booked, and said so.
      endFlow(turn.state);
      turn.say('booking.next_room_none', { others: rooms, email: turn.tenant.info.email });
      return;
    }
    roomNotFree(turn, next, availability);
    writeBookingSlots(turn, next);
    return;
  }
  writeBookingSlots(turn, next);
  const otherKind = next.roomTypeId !== booked.roomTypeId;
  const text = turn.text(otherKind ? 'booking.next_room_kind' : 'booking.next_room', {
    room: turn.roomName(next.roomTypeId ?? booked.roomTypeId),
    checkIn: turn.date(next.checkIn),
    checkOut: turn.date(next.checkOut),
    guests: partyInRoom(next),
  });
  turn.askToConfirm(text, 'button.book_yes');
  turn.state.dialogue.awaiting = 'confirmation';
}

function breakfastLeft(booked: Stay): Pick<Stay, 'breakfast' | 'breakfastFor'> {
  if (!booked.breakfast || booked.breakfastFor === undefined) return { breakfast: booked.breakfast };
  const left = booked.breakfastFor - breakfastsFor(booked, partyInRoom(booked));
  return left > 0 ? { breakfast: true, breakfastFor: left } : {};
}
