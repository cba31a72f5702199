// What the PMS has free, in the guest's words: the rooms that fit with their prices (a choice per
// room), one room offered to book, or why the room asked for is not free and what else is.
import { daysBetween, fromUtcDate, localDateIn } from '../../nlp/entities/calendar';
import type { Availability, RoomOffer } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import type { Quote, Stay } from './booking-slots';
import { extrasOnTopSentence, withExtrasSentence } from './extras-total';
import { kindsAsked, partyInRoom, partyValues, roomShares, roomsNeeded } from './room-shares';
import { nightsOf } from './stay-dates';

/** The offers that can take the whole request: as many rooms of one type as the guest asked for (or of its kind). */
export function enoughOf(availability: Availability, stay: Stay): RoomOffer[] {
  return availability.offers.filter((offer) => offer.roomsLeft >= roomsNeeded(stay, offer.roomTypeId));
}

/**
 * "Una doble y una individual": each room of its kind, for its share of the party, with the total of
 * all, and whether to book them; false (nothing said) when one of the kinds is not free or too small
 * for its share, for the caller to go on with the first room alone. `availability` is the PMS's answer
 * for the first room's share, `rest` for the smallest share (a single room sleeps one). `alike`, when
 * the bot chose the kinds: the kind that takes all the rooms on its own, named as the other choice.
 */
export function offerKinds(
  turn: Turn,
  stay: Stay,
  availability: Availability,
  rest: Availability,
  alike?: RoomOffer,
): boolean {
  const kinds = kindsAsked(stay);
  if (!kinds) return false;
  const shares = roomShares(stay);
  const offers = kinds.map((kind, i) => {
    const sleeps = turn.tenant.roomTypes.find((room) => room.id === kind)?.maxGuests ?? 0;
    const free = enoughOf(i === 0 ? availability : rest, stay).find((offer) => offer.roomTypeId === kind);
    return free && sleeps >= (shares[i] ?? 1) ? free : undefined;
  });
  if (offers.some((offer) => offer === undefined)) return false;
  const lines = (offers as RoomOffer[]).map((offer, i) =>
    turn.text('availability.line_kind', {
      room: turn.roomName(offer.roomTypeId, offer.name),
      guests: shares[i] ?? 1,
      rate: turn.money(offer.nightlyRate, offer.currency),
      total: turn.money(offer.total, offer.currency),
    }),
  );
  const grandTotal = (offers as RoomOffer[]).reduce((sum, offer) => sum + offer.total, 0);
  const currency = offers[0]?.currency ?? turn.tenant.currency;
  stay.quote = { total: grandTotal, currency };
  turn.askToConfirm(
    [
      turn.text('availability.header', stayDetails(turn, stay)),
      ...lines,
      turn.text('availability.kinds_total', {
        rooms: kinds.length,
        grandTotal: turn.money(grandTotal, currency),
      }),
      ...withExtras(turn, stay, stay.quote),
      ...(alike
        ? [
            turn.text('availability.kinds_alike', {
              rooms: kinds.length,
              room: turn.roomName(alike.roomTypeId, alike.name),
              grandTotal: turn.money(alike.total * kinds.length, alike.currency),
            }),
          ]
        : []),
      turn.text('availability.book_this', { rooms: kinds.length }),
      ...(availability.stale ? [turn.text('availability.stale')] : []),
    ].join('\n'),
    'button.book_yes',
  );
  stay.step = 'offer';
  turn.state.dialogue.awaiting = 'confirmation';
  return true;
}

/** The rooms free for the stay, cheapest first, each a choice (the only one, offered to book); or what stands in the way. */
export function listOffers(turn: Turn, stay: Stay, availability: Availability): void {
  const dates = stayDetails(turn, stay);
  if (readAsNextYear(turn, stay)) turn.say('availability.next_year', { year: stay.checkIn.slice(0, 4) });
  const offers = enoughOf(availability, stay);
  if (stay.rooms && offers.length === 0 && availability.offers.length > 0) {
    // Never book the first of several rooms that cannot all be had.
    turn.say('availability.rooms_none', {
      ...dates,
      rooms: stay.rooms,
      perRoom: partyInRoom(stay),
      email: turn.tenant.info.email,
    });
    turn.state.dialogue.awaiting = 'guests';
    return;
  }
  if (offers.length === 0) {
    turn.say('availability.none', dates);
    if (availability.stale) turn.say('availability.stale');
    turn.state.dialogue.awaiting = 'dates';
    return;
  }
  // One kind free: no choice to make, only whether to book it.
  if (offers.length === 1) {
    stay.roomTypeId = offers[0].roomTypeId;
    return offerRoom(turn, stay, offers[0], availability.stale);
  }
  // Cheapest first: "la más barata" / "the cheapest one" then names the first option.
  offers.sort((a, b) => a.total - b.total);
  const lines = [turn.text('availability.header', dates)];
  for (const offer of offers) lines.push(offerLine(turn, stay, offer));
  if (stay.rooms) lines.push(roomsNote(turn, stay));
  const onTop = extrasOnTopSentence(turn, stay, {
    nights: nightsOf(stay),
    guests: stay.guests,
    currency: offers[0].currency,
  });
  if (onTop) lines.push(onTop);
  if (availability.stale) lines.push('', turn.text('availability.stale'));
  lines.push('', turn.text('availability.footer'));
  const choices = offers.map((offer) => ({
    id: `room:${offer.roomTypeId}`,
    // Whole: the WhatsApp sender clips to each kind's limit (20 on a button, 24 in a list); e-mail shows all.
    title: turn.roomName(offer.roomTypeId, offer.name),
  }));
  turn.ask(lines.join('\n'), choices);
  // "La de 139": each room by the prices shown for it.
  turn.state.dialogue.slots.optionPrices = Object.fromEntries(
    offers.map((offer) => [
      `room:${offer.roomTypeId}`,
      [offer.nightlyRate, offer.total, ...(stay.rooms ? [offer.total * stay.rooms] : [])],
    ]),
  );
  turn.state.dialogue.awaiting = 'room_type';
}

/** The room asked about while just looking (or the only one free), with its price, and whether to book it. */
export function offerRoom(turn: Turn, stay: Stay, offer: RoomOffer, stale: boolean): void {
  stay.quote = { total: offer.total * (stay.rooms ?? 1), currency: offer.currency };
  const text = [
    turn.text('availability.header', stayDetails(turn, stay)),
    offerLine(turn, stay, offer),
    ...(stay.rooms ? [roomsNote(turn, stay)] : []),
    ...withExtras(turn, stay, stay.quote),
    turn.text('availability.book_this', { rooms: stay.rooms ?? 1 }),
  ];
  if (stale) text.push(turn.text('availability.stale'));
  turn.askToConfirm(text.join('\n'), 'button.book_yes');
  stay.step = 'offer';
  turn.state.dialogue.awaiting = 'confirmation';
}

/** The stay changed on its way to the summary ("mejor la suite" at "whose name?"): as it now is, with its price. */
export function sayStayChanged(turn: Turn, stay: Stay, offer: RoomOffer): void {
  // "And another one for my brother, under Mark Johnson": the room added, with its places and name.
  const added = turn.state.dialogue.slots.roomAdded === turn.message.id;
  const said = added
    ? turn.text('booking.room_added', {
        ...stayDetails(turn, stay),
        places: stay.roomParties?.at(-1) ?? partyInRoom(stay),
        name: stay.nextRoomNames?.at(-1) ?? 'none',
      })
    : turn.text('booking.stay_changed', stayDetails(turn, stay));
  turn.sayText([said, offerLine(turn, stay, offer)].join('\n'));
}

/** Why the room asked for cannot be had (too small, too few left, none), then what else fits. */
export function roomNotFree(turn: Turn, stay: Stay, availability: Availability): void {
  const room = turn.tenant.roomTypes.find((candidate) => candidate.id === stay.roomTypeId);
  const name = turn.roomName(stay.roomTypeId ?? '');
  const fewer = availability.offers.find(
    (offer) => offer.roomTypeId === stay.roomTypeId && offer.roomsLeft > 0,
  );
  if (room && room.maxGuests < partyInRoom(stay))
    turn.say('booking.too_many_guests', { room: name, max: room.maxGuests });
  else if (fewer) turn.say('booking.rooms_left', { room: name, left: fewer.roomsLeft });
  else turn.say('booking.room_unavailable', { room: name });
  stay.roomTypeId = undefined;
  stay.step = undefined;
  if (enoughOf(availability, stay).length > 0) return listOffers(turn, stay, availability);
  // Nothing else fits the party: say so, and what could (other dates, or the party in more rooms).
  turn.say('availability.none_other', { guests: partyInRoom(stay) });
  turn.state.dialogue.awaiting = 'dates';
}

/** The rooms' total with the stay's extras, when it has any that cost something. */
function withExtras(turn: Turn, stay: Stay, quote: Quote): string[] {
  const sentence = withExtrasSentence(turn, stay, {
    nights: nightsOf(stay),
    guests: stay.guests,
    roomTotal: quote.total,
    currency: quote.currency,
    rooms: stay.rooms,
  });
  return sentence ? [sentence] : [];
}

/** The stay as the availability header names it: its days, nights and party. */
function stayDetails(
  turn: Turn,
  stay: Stay,
): Record<'checkIn' | 'checkOut', string> &
  Record<'guests' | 'adults' | 'children' | 'infants' | 'nights', number> {
  return {
    checkIn: turn.date(stay.checkIn),
    checkOut: turn.date(stay.checkOut),
    ...partyValues(stay.guests, stay.children),
    // "Necesitaríamos cuna" at the rooms listed: the baby said back (QA 28, S7, S31).
    infants: stay.infants ?? 0,
    nights: nightsOf(stay),
  };
}

function roomsNote(turn: Turn, stay: Stay): string {
  return turn.text('availability.rooms_note', {
    rooms: stay.rooms ?? 1,
    perRoom: partyInRoom(stay),
    // "Una para 2 y otra para 1": the guest hears the split as understood.
    parties: stay.roomParties ? turn.list(stay.roomParties.map(String)) : 'none',
  });
}

function offerLine(turn: Turn, stay: Stay, offer: RoomOffer): string {
  const values = {
    room: turn.roomName(offer.roomTypeId, offer.name),
    rate: turn.money(offer.nightlyRate, offer.currency),
    total: turn.money(offer.total, offer.currency),
    left: offer.roomsLeft,
    nights: nightsOf(stay),
  };
  if (!stay.rooms) return turn.text('availability.line', values);
  // Priced for the first room's share of the party, the largest: the rest cost no more.
  const grandTotal = turn.money(offer.total * stay.rooms, offer.currency);
  return turn.text('availability.line_rooms', { ...values, grandTotal, rooms: stay.rooms });
}

/** Further ahead than this, a stay with no year written was read in next year for being past in this one. */
const NEXT_YEAR_AFTER_DAYS = 300;

/** "Del 20 al 22 de noviembre" asked on 26 November: read as next November, which the guest is told. */
function readAsNextYear(turn: Turn, stay: Stay): boolean {
  const today = localDateIn(turn.now, turn.tenant.timezone);
  const daysAhead = daysBetween(today, fromUtcDate(new Date(`${stay.checkIn}T00:00:00Z`)));
  return daysAhead > NEXT_YEAR_AFTER_DAYS && !(turn.message.text ?? '').includes(stay.checkIn.slice(0, 4));
}
