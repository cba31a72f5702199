import type { RoomOffer } from '../../pms/pms.types';
import { lateCancellationCharge } from '../dialogue/late-cancellation';
import type { Turn } from '../dialogue/turn';
import { addsANight, saysFrom, saysUntil } from './stay-changes';
import { EXTRA_FIELDS } from './booking-extras';
import { COUNTED_EXTRAS } from './extra-counts';
import { extrasLines } from './extras-lines';
import { extrasTotalLine } from './extras-total';
import { mergeBookingEntities } from './booking-merge';
import { type BookingSlots, STAY_FIELDS, type Stay } from './booking-slots';
import { partyInRoom, partyValues } from './room-shares';
import { nightsOf } from './stay-dates';

/**
 * What a summary states: the stay, the name it is under and what comes along (a pet, a parking space).
 * Not the e-mail: "sí, mándamela a ana@…" books, with that address.
 */
const SUMMARY_FIELDS = [
  ...STAY_FIELDS,
  'guestName',
  ...EXTRA_FIELDS,
  ...(Object.keys(COUNTED_EXTRAS) as Array<keyof typeof COUNTED_EXTRAS>),
] as const;

/**
 * The stay as it will be booked, with its price and what a late cancellation costs, and the question
 * whose yes books it; the message that produced it fixes the booking key.
 */
export function summarise(turn: Turn, stay: Stay, offer: RoomOffer, stale: boolean): void {
  const text = [
    turn.text('booking.summary', {
      room: turn.roomName(offer.roomTypeId, offer.name),
      checkIn: turn.date(stay.checkIn),
      checkOut: turn.date(stay.checkOut),
      nights: nightsOf(stay),
      // Children are named when the room takes the whole party: a party shared among rooms is counted.
      ...partyValues(partyInRoom(stay), stay.rooms ? 0 : stay.children),
      infants: stay.infants ?? 0,
      name: stay.guestName ?? '',
      email: stay.email ?? 'none',
      total: turn.money(offer.total, offer.currency),
    }),
    // Breakfast is for those in this room: each of several rooms carries its own share.
    ...extrasLines(turn, stay, nightsOf(stay), partyInRoom(stay)),
  ];
  const priced = {
    nights: nightsOf(stay),
    guests: partyInRoom(stay),
    roomTotal: offer.total,
    currency: offer.currency,
  };
  const withExtras = extrasTotalLine(turn, stay, priced);
  if (withExtras) text.push(withExtras);
  if (stay.rooms) text.push(turn.text('booking.rooms_after', { others: stay.rooms - 1 }));
  if (stale) text.push(turn.text('booking.stale_price'));
  const charge = lateCancellationCharge(turn, {
    checkIn: stay.checkIn,
    nights: nightsOf(stay),
    total: offer.total,
    currency: offer.currency,
  });
  // Booked inside the free-cancellation window: the guest hears before the yes that it cannot be undone for free.
  if (charge) text.push(turn.text('booking.late_charge', { ...charge }));
  text.push(turn.text('booking.confirm_question'));
  turn.askToConfirm(text.join('\n'));
  // The message that produced this summary names the booking: a second "yes" finds the same one.
  stay.bookingKey = `${turn.message.channel}:${turn.message.id}`;
  stay.step = 'summary';
  stay.quote = { total: offer.total, currency: offer.currency };
  turn.state.dialogue.awaiting = 'confirmation';
}

/**
 * Whether the message names a stay, room, name or extra other than the summary's. A day of the stay
 * said with the yes ("sí, llegamos el 12 por la tarde") changes nothing.
 */
export function changesSummary(turn: Turn, slots: BookingSlots): boolean {
  const proposed = { ...slots };
  mergeBookingEntities(turn, proposed);
  // "Sí, y añade la noche del 14", "sí, desde el 11": a day named to change the stay does change it.
  const text = turn.message.text ?? '';
  const onlyDaysOfStay =
    !addsANight(text, turn.entity('date')?.start) &&
    !saysFrom(turn) &&
    !saysUntil(turn) &&
    !turn.entity('date_range') &&
    !turn.entity('nights') &&
    !turn.entity('no_such_date') &&
    turn
      .entities('date')
      .every(
        ({ value }) =>
          slots.checkIn !== undefined &&
          slots.checkOut !== undefined &&
          value.date >= slots.checkIn &&
          value.date <= slots.checkOut,
      );
  if (onlyDaysOfStay) {
    proposed.checkIn = slots.checkIn;
    proposed.checkOut = slots.checkOut;
  }
  // By value: the rooms' places are a list.
  return SUMMARY_FIELDS.some((field) => JSON.stringify(proposed[field]) !== JSON.stringify(slots[field]));
}
