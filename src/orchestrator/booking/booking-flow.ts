import { Injectable } from '@nestjs/common';
import { LockTimeoutError } from '../../lock/lock.errors';
import { roomNightLockKeys } from '../../lock/lock-keys';
import { LockService } from '../../lock/lock.service';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsInvalidRequestError, PmsRejectedError } from '../../pms/pms.errors';
import type { Availability, RoomOffer } from '../../pms/pms.types';
import type { InfoTopic } from '../../nlp/nlp.types';
import { endFlow, isBookingPending, startFlow } from '../dialogue/conversation-state';
import { HotelFacts } from '../dialogue/hotel-facts';
import { rememberBooking } from '../dialogue/known-bookings';
import { lateCancellationCharge } from '../dialogue/late-cancellation';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import type { Turn } from '../dialogue/turn';
import {
  type BookingSlots,
  mergeBookingEntities,
  nightsOf,
  partyInRoom,
  readBookingSlots,
  STAY_FIELDS,
  writeBookingSlots,
} from './booking-slots';

/** Room-night locks are held for one PMS write; a guest waits this long behind another booking. */
const BOOKING_LOCK_WAIT_MS = 3000;
const BOOKING_LOCK_TTL_MS = 30_000;

/** More rooms than this in one request is a group: the hotel's reservations team handles it. */
const MAX_ROOMS_PER_REQUEST = 9;

/** What a summary shows: the stay, the name it is under and a pet coming along. */
const SUMMARY_FIELDS = [...STAY_FIELDS, 'guestName', 'pet'] as const;

type Stay = BookingSlots & { checkIn: string; checkOut: string; guests: number };

/** Hotel facts a booking request may ask about in passing ("also, do you have an airport shuttle?"); check-in and out are the stay's own words. */
const ASIDE_TOPICS: ReadonlySet<InfoTopic> = new Set(['breakfast', 'parking', 'pets', 'wifi', 'amenities']);
const ASIDES_BUT_AMENITIES: ReadonlySet<InfoTopic> = new Set(
  [...ASIDE_TOPICS].filter((topic) => topic !== 'amenities'),
);

/**
 * The availability-and-booking conversation: fills dates, party size, room and name over as many
 * turns as it takes, shows what is free from the PMS, summarises with the price and books only on an
 * explicit yes, under the room-night locks, with an idempotency key fixed by the summary.
 */
@Injectable()
export class BookingFlow {
  constructor(
    private readonly pms: PmsAdapter,
    private readonly locks: LockService,
    private readonly facts: HotelFacts,
  ) {}

  /**
   * Takes the guest's message one step further; `mode` 'book' when they asked to book. A question
   * about breakfast, parking, pets or wifi in the same message ("a double for the 12th to the 15th;
   * is breakfast included?") is answered first.
   */
  async continue(turn: Turn, mode?: BookingSlots['mode']): Promise<void> {
    startFlow(turn.state, 'make_reservation');
    const slots = readBookingSlots(turn.state.dialogue.slots);
    if (mode) slots.mode = mode;
    if (slots.step === 'change') slots.step = undefined;
    delete turn.state.dialogue.slots.options;
    // An amenity only when one is named ("¿tenéis traslado?"), not "con todos los servicios".
    const among = this.facts.namedAmenities(turn).length > 0 ? ASIDE_TOPICS : ASIDES_BUT_AMENITIES;
    const asides = this.facts.answers(turn, among);
    if (asides.length > 0) turn.sayText(asides.join('\n'));
    mergeBookingEntities(turn, slots);
    await this.next(turn, slots);
    writeBookingSlots(turn, slots);
  }

  async confirm(turn: Turn): Promise<void> {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    const step = slots.step;
    if (step === 'summary' && this.changesSummary(turn, slots)) {
      // "Sí, pero seremos 3" (or "al final seremos 3", heard as a yes): never a yes to what was summarised.
      return this.continue(turn);
    }
    if (step === 'summary' && isStay(slots) && slots.roomTypeId && slots.guestName && slots.bookingKey) {
      await this.book(turn, {
        ...slots,
        roomTypeId: slots.roomTypeId,
        guestName: slots.guestName,
        bookingKey: slots.bookingKey,
      });
      return;
    }
    if (step === undefined && turn.state.dialogue.awaiting !== 'confirmation') {
      turn.say('confirm.nothing');
      return;
    }
    if (step === 'change') {
      // "Sí" to "¿quieres cambiar algo?": what, then; the answer (new dates, a room, a party) follows up.
      turn.say('booking.ask_change');
      writeBookingSlots(turn, slots);
      turn.state.dialogue.awaiting = null;
      delete turn.state.dialogue.slots.options;
      return;
    }
    // "Yes" to a room offered (book it) or to "shall I look at another room?" (list them); what the yes
    // adds is taken too ("sí, pero a nombre de Pedro Ruiz", "yes, for 3").
    mergeBookingEntities(turn, slots);
    slots.step = undefined;
    if (step === 'offer') slots.mode = 'book';
    delete turn.state.dialogue.slots.options;
    await this.next(turn, slots);
    writeBookingSlots(turn, slots);
  }

  /**
   * Whether the message names a stay, room, name or pet other than the summary's. A day of the stay
   * said with the yes ("sí, llegamos el 12 por la tarde") changes nothing.
   */
  private changesSummary(turn: Turn, slots: BookingSlots): boolean {
    const proposed = { ...slots };
    mergeBookingEntities(turn, proposed);
    const onlyDaysOfStay =
      !turn.entity('date_range') &&
      !turn.entity('nights') &&
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
    return SUMMARY_FIELDS.some((field) => proposed[field] !== slots[field]);
  }

  async deny(turn: Turn): Promise<void> {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    if (slots.step === 'summary') {
      turn.say('booking.declined');
      writeBookingSlots(turn, { ...slots, step: 'change', bookingKey: undefined });
      turn.state.dialogue.awaiting = 'confirmation';
      delete turn.state.dialogue.slots.options;
      return;
    }
    endFlow(turn.state);
    // "No" to the next of several rooms (offered, or a list of other kinds): the rest are not booked either.
    if (slots.nextRoom) turn.say('booking.rooms_dropped', { others: slots.rooms ?? 1 });
    else turn.say('deny.nothing');
  }

  /**
   * After a side question answered while a room offer or a summary waited for a yes ("is there
   * parking?"): asks again, so that the guest's next "yes" answers the question just asked.
   * False when no offer or summary was waiting.
   */
  remind(turn: Turn): boolean {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    if (!isBookingPending(turn.state) || !isStay(slots) || !slots.roomTypeId) return false;
    if (slots.step !== 'summary' && slots.step !== 'offer') return false;
    const details = {
      room: turn.roomName(slots.roomTypeId),
      checkIn: turn.date(slots.checkIn),
      checkOut: turn.date(slots.checkOut),
    };
    if (slots.step === 'summary') turn.askToConfirm(turn.text('booking.reminder', details));
    else if (slots.nextRoom)
      turn.askToConfirm(
        turn.text('booking.next_room_reminder', { ...details, guests: partyInRoom(slots) }),
        'button.book_yes',
      );
    else turn.askToConfirm(turn.text('booking.offer_reminder', details), 'button.book_yes');
    return true;
  }

  /** Asks for what is missing, or answers from the PMS once the stay is known. */
  private async next(turn: Turn, slots: BookingSlots): Promise<void> {
    const dialogue = turn.state.dialogue;
    if (slots.rooms && slots.rooms > MAX_ROOMS_PER_REQUEST) {
      turn.say('availability.group', { rooms: slots.rooms, email: turn.tenant.info.email });
      slots.rooms = undefined;
      dialogue.awaiting = 'guests';
      return;
    }
    if (!slots.checkIn) return this.askFor(turn, 'dates', 'ask.dates');
    if (!slots.checkOut) return this.askFor(turn, 'dates', 'ask.check_out');
    // A single room asked for is for one: no need to ask.
    if (!slots.guests && !slots.rooms && this.roomFor(turn, slots.roomTypeId) === 1) slots.guests = 1;
    if (!slots.guests) return this.askFor(turn, 'guests', 'ask.guests');
    const stay = slots as Stay;
    if (stay.rooms && stay.rooms > stay.guests) {
      // "3 rooms for 2 of us": never a room for nobody, and the guest hears why fewer are shown.
      turn.say('availability.rooms_over_party', { rooms: stay.rooms, guests: stay.guests });
      stay.rooms = stay.guests > 1 ? stay.guests : undefined;
    }
    const largest = Math.max(0, ...turn.tenant.roomTypes.map((room) => room.maxGuests));
    if (largest > 0 && partyInRoom(stay) > largest) {
      // No dates will help: no room takes them all.
      turn.say('availability.party_too_large', {
        guests: stay.guests,
        max: largest,
        email: turn.tenant.info.email,
      });
      dialogue.awaiting = 'guests';
      return;
    }
    const availability = await this.availability(turn, stay);
    if (!availability) return;
    if (!stay.roomTypeId) return this.listOffers(turn, stay, availability);
    const offer = enoughOf(availability, stay).find((candidate) => candidate.roomTypeId === stay.roomTypeId);
    if (!offer) return this.roomNotFree(turn, stay, availability);
    if (stay.mode === 'browse') {
      const text = [
        turn.text('availability.header', this.stayDetails(turn, stay)),
        this.offerLine(turn, stay, offer),
        ...(stay.rooms ? [this.roomsNote(turn, stay)] : []),
        turn.text('availability.book_this'),
      ];
      if (availability.stale) text.push(turn.text('availability.stale'));
      turn.askToConfirm(text.join('\n'), 'button.book_yes');
      stay.step = 'offer';
      dialogue.awaiting = 'confirmation';
      return;
    }
    stay.guestName ??= turn.state.guestName ?? undefined;
    if (!stay.guestName) return this.askFor(turn, 'guest_name', 'ask.guest_name');
    this.summarise(turn, stay, offer, availability.stale);
  }

  /** How many the hotel's room type sleeps (undefined when none or an unknown one is named). */
  private roomFor(turn: Turn, roomTypeId: string | undefined): number | undefined {
    return turn.tenant.roomTypes.find((room) => room.id === roomTypeId)?.maxGuests;
  }

  private askFor(
    turn: Turn,
    awaiting: 'dates' | 'guests' | 'guest_name',
    key: 'ask.dates' | 'ask.check_out' | 'ask.guests' | 'ask.guest_name',
  ): void {
    turn.say(key);
    turn.state.dialogue.awaiting = awaiting;
  }

  /** The PMS's answer, or null once the guest has been told why there is none. */
  private async availability(turn: Turn, stay: Stay): Promise<Availability | null> {
    try {
      return await this.pms.checkAvailability(
        {
          tenantId: turn.tenant.id,
          checkIn: stay.checkIn,
          checkOut: stay.checkOut,
          guests: partyInRoom(stay),
        },
        turn.signal,
      );
    } catch (error) {
      if (error instanceof PmsInvalidRequestError) {
        turn.say('booking.invalid_dates', { reason: error.reason });
        const slots: BookingSlots = stay;
        slots.checkIn = slots.checkOut = undefined;
        turn.state.dialogue.awaiting = 'dates';
        return null;
      }
      if (answerPmsUnavailable(turn, error)) return null;
      throw error;
    }
  }

  /** The stay as the availability header names it: its days, nights and party. */
  private stayDetails(
    turn: Turn,
    stay: Stay,
  ): { checkIn: string; checkOut: string; guests: number; nights: number } {
    return {
      checkIn: turn.date(stay.checkIn),
      checkOut: turn.date(stay.checkOut),
      guests: stay.guests,
      nights: nightsOf(stay),
    };
  }

  private listOffers(turn: Turn, stay: Stay, availability: Availability): void {
    const dates = this.stayDetails(turn, stay);
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
    // Cheapest first: "la más barata" / "the cheapest one" then names the first option.
    offers.sort((a, b) => a.total - b.total);
    const lines = [turn.text('availability.header', dates)];
    for (const offer of offers) lines.push(this.offerLine(turn, stay, offer));
    if (stay.rooms) lines.push(this.roomsNote(turn, stay));
    if (availability.stale) lines.push('', turn.text('availability.stale'));
    lines.push('', turn.text('availability.footer'));
    const choices = offers.map((offer) => ({
      id: `room:${offer.roomTypeId}`,
      // Whole: the WhatsApp sender clips to each kind's limit (20 on a button, 24 in a list); e-mail shows all.
      title: turn.roomName(offer.roomTypeId, offer.name),
    }));
    turn.ask(lines.join('\n'), choices);
    turn.state.dialogue.awaiting = 'room_type';
  }

  private roomNotFree(turn: Turn, stay: Stay, availability: Availability): void {
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
    if (enoughOf(availability, stay).length > 0) return this.listOffers(turn, stay, availability);
    // Nothing else fits the party: say so, and what could (other dates, or the party in more rooms).
    turn.say('availability.none_other', { guests: partyInRoom(stay) });
    turn.state.dialogue.awaiting = 'dates';
  }

  private roomsNote(turn: Turn, stay: Stay): string {
    return turn.text('availability.rooms_note', { rooms: stay.rooms ?? 1, perRoom: partyInRoom(stay) });
  }

  private offerLine(turn: Turn, stay: Stay, offer: RoomOffer): string {
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

  private summarise(turn: Turn, stay: Stay, offer: RoomOffer, stale: boolean): void {
    const text = [
      turn.text('booking.summary', {
        room: turn.roomName(offer.roomTypeId, offer.name),
        checkIn: turn.date(stay.checkIn),
        checkOut: turn.date(stay.checkOut),
        nights: nightsOf(stay),
        guests: partyInRoom(stay),
        infants: stay.infants ?? 0,
        name: stay.guestName ?? '',
        total: turn.money(offer.total, offer.currency),
      }),
    ];
    if (stay.pet) text.push(this.petLine(turn, stay));
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
    turn.state.dialogue.awaiting = 'confirmation';
  }

  /** "• Con mascota: 20 € por noche (40 €), a pagar en el hotel": the hotel's supplement, apart from the room's total. */
  private petLine(turn: Turn, stay: Stay): string {
    const price = turn.tenant.info.pets?.price;
    if (price === undefined) return turn.text('booking.pet_line', { price: 'none', total: 'none' });
    return turn.text('booking.pet_line', {
      price: turn.money(price),
      total: turn.money(price * nightsOf(stay)),
    });
  }

  private async book(
    turn: Turn,
    stay: Stay & { roomTypeId: string; guestName: string; bookingKey: string },
  ): Promise<void> {
    const tenantId = turn.tenant.id;
    const contact =
      turn.message.channel === 'gmail' ? { email: turn.message.from } : { phone: turn.message.from };
    try {
      const reservation = await this.locks.withLock(
        roomNightLockKeys(tenantId, stay.roomTypeId, stay.checkIn, stay.checkOut),
        (signal) =>
          this.pms.createReservation(
            {
              tenantId,
              checkIn: stay.checkIn,
              checkOut: stay.checkOut,
              roomTypeId: stay.roomTypeId,
              guests: partyInRoom(stay),
              guestName: stay.guestName,
              contact,
              idempotencyKey: stay.bookingKey,
            },
            signal,
          ),
        {
          waitMs: BOOKING_LOCK_WAIT_MS,
          ttlMs: BOOKING_LOCK_TTL_MS,
          owner: `booking:${stay.bookingKey}`,
          signal: turn.signal,
        },
      );
      turn.say('booking.confirmed', {
        reference: reservation.reference,
        room: turn.roomName(reservation.roomTypeId),
        checkIn: turn.date(reservation.checkIn),
        checkOut: turn.date(reservation.checkOut),
        total: turn.money(reservation.total, reservation.currency),
        checkInTime: turn.tenant.info.checkIn,
      });
      // The PMS booking has no place for a pet: the hotel's staff are told, as for a handover.
      if (stay.pet)
        turn.staffNotices.push(
          turn.staffText('booking.pet_staff_notice', {
            reference: reservation.reference,
            room: turn.roomName(reservation.roomTypeId),
            checkIn: reservation.checkIn,
            checkOut: reservation.checkOut,
            name: stay.guestName,
          }),
        );
      // The name of the first booking is the guest's; a later room may be under someone else's.
      turn.state.guestName ??= stay.guestName;
      endFlow(turn.state);
      rememberBooking(turn.state, reservation.reference);
      if (stay.rooms) await this.offerNextRoom(turn, stay);
    } catch (error) {
      this.bookingFailed(turn, stay, error);
    }
  }

  /**
   * One of several rooms booked: the next one, same room and dates, for the rest of the party; when
   * that kind has no room left for it (the last suite just went), the kinds that do are listed.
   */
  private async offerNextRoom(
    turn: Turn,
    booked: Stay & { roomTypeId: string; guestName: string },
  ): Promise<void> {
    const rooms = (booked.rooms ?? 1) - 1;
    const next: Stay = {
      mode: 'book',
      step: 'offer',
      checkIn: booked.checkIn,
      checkOut: booked.checkOut,
      guests: booked.guests - partyInRoom(booked),
      rooms: rooms > 1 ? rooms : undefined,
      nextRoom: true,
      roomTypeId: booked.roomTypeId,
      guestName: booked.guestName,
    };
    startFlow(turn.state, 'make_reservation');
    const availability = await this.pms
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
    const sameKind = availability?.offers.find((offer) => offer.roomTypeId === booked.roomTypeId);
    if (availability && (!sameKind || sameKind.roomsLeft < (next.rooms ?? 1))) {
      if (enoughOf(availability, next).length === 0) {
        // Nothing left for the rest of the party on those dates: the dates of the first stay, so no
        // other dates are offered; the rest are not booked, and said so.
        endFlow(turn.state);
        turn.say('booking.next_room_none', { others: rooms, email: turn.tenant.info.email });
        return;
      }
      this.roomNotFree(turn, next, availability);
      writeBookingSlots(turn, next);
      return;
    }
    writeBookingSlots(turn, next);
    const text = turn.text('booking.next_room', {
      room: turn.roomName(booked.roomTypeId),
      checkIn: turn.date(next.checkIn),
      checkOut: turn.date(next.checkOut),
      guests: partyInRoom(next),
    });
    turn.askToConfirm(text, 'button.book_yes');
    turn.state.dialogue.awaiting = 'confirmation';
  }

  private bookingFailed(turn: Turn, stay: Stay, error: unknown): void {
    if (error instanceof LockTimeoutError) {
      turn.askToConfirm(turn.text('booking.busy'));
      return; // still awaiting the confirmation, with the same booking key
    }
    if (
      error instanceof PmsRejectedError &&
      (error.reason === 'no_availability' || error.reason === 'unknown_room_type')
    ) {
      turn.askToConfirm(turn.text('booking.sold_out'));
      writeBookingSlots(turn, { ...stay, roomTypeId: undefined, bookingKey: undefined, step: 'sold_out' });
      return;
    }
    if (error instanceof PmsInvalidRequestError) {
      turn.say('booking.invalid_dates', { reason: error.reason });
      writeBookingSlots(turn, {
        ...stay,
        checkIn: undefined,
        checkOut: undefined,
        bookingKey: undefined,
        step: undefined,
      });
      turn.state.dialogue.awaiting = 'dates';
      return;
    }
    if (answerPmsUnavailable(turn, error)) return; // the guest may say yes again: same key, one booking
    throw error;
  }
}

/** The offers that can take the whole request: as many rooms of one type as the guest asked for. */
function enoughOf(availability: Availability, stay: Stay): RoomOffer[] {
  return availability.offers.filter((offer) => offer.roomsLeft >= (stay.rooms ?? 1));
}

function isStay(slots: BookingSlots): slots is Stay {
  return Boolean(slots.checkIn && slots.checkOut && slots.guests);
}
