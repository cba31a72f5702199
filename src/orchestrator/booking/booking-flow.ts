import { Injectable } from '@nestjs/common';
import { LockService } from '../../lock/lock.service';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsInvalidRequestError } from '../../pms/pms.errors';
import type { Availability } from '../../pms/pms.types';
import { foldText } from '../../common/fold-text';
import { localDateIn } from '../../nlp/entities/calendar';
import { namedPeriod } from '../../nlp/entities/named-periods';
import type { InfoTopic } from '../../nlp/nlp.types';
import { arrivalNote } from '../dialogue/arrival-time';
import { endFlow, isBookingPending, startFlow } from '../dialogue/conversation-state';
import { hasBookingEntity } from '../dialogue/booking-readings';
import { asksForAPause } from '../dialogue/guest-wording';
import { HotelFacts } from '../dialogue/hotel-facts';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import type { Turn } from '../dialogue/turn';
import { declinedExtraTopics, extraHint, extrasAddedNow } from './booking-extras';
import { sayEmailNoted, sayTonightInSmallHours } from './booking-notes';
import { changesSummary, summarise } from './booking-summary';
import {
  type BookingSlots,
  isStay,
  kindsAsked,
  mergeBookingEntities,
  missingDeparture,
  guestEmailSaid,
  partyInRoom,
  partyLeft,
  readBookingSlots,
  roomShares,
  type Stay,
  writeBookingSlots,
} from './booking-slots';
import { placeBooking } from './place-booking';
import { cheapestMix, cheapestSameKind } from './room-mix';
import { enoughOf, listOffers, offerKinds, offerRoom, roomNotFree } from './room-offers';
import { countsWholeParty, roomsKept, takesBackTheNo } from './stay-changes';

/**
 * "No, la tercera no" / "skip the second room" at an offer or a summary of several rooms: the last
 * rooms go, and the people of their shares with them; one room left is this room alone.
 */
function dropRooms(turn: Turn, slots: BookingSlots): void {
  const kinds = kindsAsked(slots);
  const rooms = kinds?.length ?? slots.rooms ?? 1;
  // Only said to an offer or a summary: "solo una pregunta…" while asked for a name drops nothing.
  const answersOffer = turn.state.dialogue.awaiting === 'confirmation';
  const kept = answersOffer && isStay(slots) ? roomsKept(turn.message.text ?? '', rooms) : null;
  if (kept === null || !isStay(slots)) return;
  const shares = roomShares(slots);
  slots.guests = shares.slice(0, kept).reduce((sum, share) => sum + share, 0);
  slots.children = undefined;
  slots.rooms = kept > 1 ? kept : undefined;
  slots.roomParties = kept > 1 ? shares.slice(0, kept) : undefined;
  slots.nextRoomTypes = kinds && kept > 1 ? kinds.slice(1, kept) : undefined;
  slots.kindsShown = undefined;
  slots.bookingKey = undefined;
  slots.step = undefined;
}

/** More rooms than this in one request is a group: the hotel's reservations team handles it. */
const MAX_ROOMS_PER_REQUEST = 9;
/** A party no room takes is shared among rooms without asking up to this many; more is a group to ask about. */
const MAX_ROOMS_SPLIT_UNASKED = 3;

/** Hotel facts a booking request may ask about in passing ("also, do you have an airport shuttle?"); check-in and out are the stay's own words. */
const ASIDE_TOPICS: ReadonlySet<InfoTopic> = new Set(['breakfast', 'parking', 'pets', 'wifi', 'amenities']);
const ASIDES_BUT_AMENITIES: ReadonlySet<InfoTopic> = new Set(
  [...ASIDE_TOPICS].filter((topic) => topic !== 'amenities'),
);

const CHILD_WORDS =
  /\b(?:cunas?|ninos?|ninas?|bebes?|menores|cots?|cribs?|child(?:ren)?|kids?|baby|babies)\b/;

/** A question about children or a cot in the message ("¿tenéis cuna?"), not a child counted in the party. */
function asksAboutChildren(text: string): boolean {
  return foldText(text)
    .split(/(?<=[?.!,;])|(?=¿)/)
    .some((clause) => CHILD_WORDS.test(clause) && /[?¿]/.test(clause));
}

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
    if (this.waitsForTheGuest(turn) || this.everyoneHoused(turn)) return;
    startFlow(turn.state, 'make_reservation');
    const slots = readBookingSlots(turn.state.dialogue.slots);
    if (mode) slots.mode = mode;
    if (slots.step === 'change') slots.step = undefined;
    delete turn.state.dialogue.slots.options;
    // An amenity only when one is named ("¿tenéis traslado?"), not "con todos los servicios".
    const named = this.facts.namedAmenities(turn).length > 0 ? ASIDE_TOPICS : ASIDES_BUT_AMENITIES;
    // "Sin parking" declines the hotel's parking: it asks nothing about it.
    const declined = declinedExtraTopics(turn);
    // "Con desayuno" asks for it: it is added, not answered ("el desayuno no está incluido…").
    const added = extrasAddedNow(turn);
    const among = new Set(
      [...named].filter((topic) => !declined.includes(topic) && !(added as InfoTopic[]).includes(topic)),
    );
    const asides = [
      ...added.map((extra) => turn.text('booking.extra_added', { extra })),
      ...this.facts.answers(turn, among),
      // "…y un bebé de 8 meses. ¿Tenéis cuna?": the children's terms (the words of a party ask nothing).
      ...(asksAboutChildren(turn.message.text ?? '') ? [this.facts.answer(turn, 'children')] : []),
    ];
    const hint = extraHint(turn, slots, new Set(this.facts.topics(turn).filter((topic) => among.has(topic))));
    if (hint) asides.push(hint);
    // "Llegaremos sobre la 1 de la madrugada", "we arrive at 9 am": whether that hour is fine.
    const arrival = arrivalNote(turn, turn.entity('date_range')?.value.checkIn ?? slots.checkIn);
    if (arrival) asides.push(arrival);
    if (asides.length > 0) turn.sayText(asides.join('\n'));
    this.sayNoSuchDate(turn, slots);
    sayEmailNoted(turn, slots);
    const rest = partyLeft(turn, slots);
    if (rest !== null && slots.partyBooked)
      turn.say('booking.party_left', { booked: slots.partyBooked, rest });
    dropRooms(turn, slots);
    // A name given while looking ("vale la doble, a nombre de Paula Reyes") is a booking.
    if (turn.entity('guest_name')) slots.mode = 'book';
    mergeBookingEntities(turn, slots);
    sayTonightInSmallHours(turn, slots);
    await this.next(turn, slots);
    writeBookingSlots(turn, slots);
  }

  /**
   * "Al final somos 3" at the next room when the rooms booked already sleep 3: the rest are not
   * booked, and the guest hears so.
   */
  private everyoneHoused(turn: Turn): boolean {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    const total = turn.entity('guests')?.value.total;
    if (!total || !slots.nextRoom || !slots.partyBooked || total > slots.partyBooked) return false;
    if (!countsWholeParty(turn.message.text ?? '')) return false;
    endFlow(turn.state);
    turn.say('booking.rooms_dropped', { others: slots.rooms ?? 1 });
    return true;
  }

  /**
   * "Espera, que lo consulto" at a room offered or a summary: no hurry, the question stands (its
   * buttons and booking key too), and a later yes answers it.
   */
  private waitsForTheGuest(turn: Turn): boolean {
    const { step } = turn.state.dialogue.slots;
    const pending =
      turn.state.dialogue.awaiting === 'confirmation' && (step === 'summary' || step === 'offer');
    if (!pending || turn.nlu.intent === 'confirm' || hasBookingEntity(turn.nlu)) return false;
    if (!asksForAPause(turn.message.text ?? '')) return false;
    turn.say('booking.take_your_time', { step: step === 'summary' ? 'summary' : 'offer' });
    return true;
  }

  async confirm(turn: Turn): Promise<void> {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    const step = slots.step;
    if (step === 'summary' && changesSummary(turn, slots)) {
      // "Sí, pero seremos 3" (or "al final seremos 3", heard as a yes): never a yes to what was summarised.
      return this.continue(turn);
    }
    if (step === 'summary' && isStay(slots) && slots.roomTypeId && slots.guestName && slots.bookingKey) {
      // "Sí, mándame la confirmación a ana@…": booked, with that address.
      await placeBooking({ pms: this.pms, locks: this.locks }, turn, {
        ...slots,
        email: guestEmailSaid(turn) ?? slots.email,
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
    if (step === 'change' && takesBackTheNo(turn.message.text ?? '')) {
      // "Bueno sí, confírmala" after saying no to the summary: the summary again, for a fresh yes.
      writeBookingSlots(turn, { ...slots, step: undefined });
      return this.continue(turn);
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
    // adds is taken too ("sí, pero a nombre de Pedro Ruiz", "yes, for 3", "listo, agrégale el desayuno").
    for (const extra of extrasAddedNow(turn)) turn.say('booking.extra_added', { extra });
    mergeBookingEntities(turn, slots);
    slots.step = undefined;
    if (step === 'offer') slots.mode = 'book';
    delete turn.state.dialogue.slots.options;
    await this.next(turn, slots);
    writeBookingSlots(turn, slots);
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
    else if (slots.nextRoom) {
      const otherKind = slots.bookedRoomTypeId !== undefined && slots.bookedRoomTypeId !== slots.roomTypeId;
      const reminder = otherKind ? 'booking.next_room_kind_reminder' : 'booking.next_room_reminder';
      turn.askToConfirm(turn.text(reminder, { ...details, guests: partyInRoom(slots) }), 'button.book_yes');
    } else turn.askToConfirm(turn.text('booking.offer_reminder', details), 'button.book_yes');
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
    if (!slots.checkIn) return this.askForDates(turn, slots);
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
    const fewestRooms = largest > 0 ? Math.ceil(stay.guests / largest) : 0;
    if (largest > 0 && partyInRoom(stay) > largest && !stay.rooms && fewestRooms <= MAX_ROOMS_SPLIT_UNASKED) {
      // "Somos 5" where rooms sleep 4: the fewest rooms that take them, without asking.
      turn.say('availability.split_party', { guests: stay.guests, max: largest });
      stay.rooms = fewestRooms;
      stay.roomsSplit = true;
    }
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
    if (!stay.roomTypeId) {
      if (stay.rooms && (await this.offerCheapestMix(turn, stay, availability))) return;
      // The rooms the bot chose cannot take the party ("somos 8": no two rooms for 4 left): one more.
      const oneMore = stay.roomsSplit && (stay.rooms ?? 1) < MAX_ROOMS_SPLIT_UNASKED;
      if (oneMore && enoughOf(availability, stay).length === 0) {
        stay.rooms = (stay.rooms ?? 1) + 1;
        stay.roomParties = undefined;
        return this.next(turn, stay);
      }
      return listOffers(turn, stay, availability);
    }
    const offer = enoughOf(availability, stay).find((candidate) => candidate.roomTypeId === stay.roomTypeId);
    if (!offer && this.roomsOfAnyKind(turn, stay, availability)) return this.next(turn, stay);
    if (!offer) return roomNotFree(turn, stay, availability);
    if (kindsAsked(stay) && (stay.mode === 'browse' || !stay.kindsShown)) {
      // "Una suite y una individual": each with its price and the total, before any name is asked;
      // the single is only listed for a party of one.
      const rest = await this.availability(turn, stay, Math.min(...roomShares(stay)));
      if (!rest) return;
      if (offerKinds(turn, stay, availability, rest)) {
        stay.kindsShown = true;
        return;
      }
    }
    if (stay.mode === 'browse') return offerRoom(turn, stay, offer, availability.stale);
    if (!stay.forAnother) stay.guestName ??= turn.state.guestName ?? undefined;
    if (!stay.guestName) return this.askFor(turn, 'guest_name', 'ask.guest_name');
    summarise(turn, stay, offer, availability.stale);
  }

  /**
   * "2 suites para 8" with one suite left, and no kind with two rooms for 4: the guest hears how many
   * are left, and the bot chooses the rooms instead (of any kinds, one more if need be), rather than
   * asking for other dates. False when that is not the case.
   */
  private roomsOfAnyKind(turn: Turn, stay: Stay, availability: Availability): boolean {
    if (!stay.rooms || !stay.roomTypeId || kindsAsked(stay) || enoughOf(availability, stay).length > 0)
      return false;
    const left = availability.offers.find((offer) => offer.roomTypeId === stay.roomTypeId)?.roomsLeft ?? 0;
    const name = turn.roomName(stay.roomTypeId);
    if (left > 0) turn.say('booking.rooms_left', { room: name, left });
    else turn.say('booking.room_unavailable', { room: name });
    stay.roomTypeId = undefined;
    stay.roomsSplit = true;
    return true;
  }

  /**
   * "2 habitaciones para 5": when rooms of different kinds (a Superior for 3 and a Standard for 2)
   * cost less than rooms all alike, or are the only way to sleep everyone, they are offered, with the
   * alike ones as the other choice. False (nothing said) otherwise.
   */
  private async offerCheapestMix(turn: Turn, stay: Stay, availability: Availability): Promise<boolean> {
    const shares = roomShares(stay);
    const smallest = Math.min(...shares);
    const rest =
      smallest === partyInRoom(stay) ? availability : await this.availability(turn, stay, smallest);
    if (!rest) return true;
    const mix = cheapestMix(shares, availability, rest);
    const alike = cheapestSameKind(enoughOf(availability, stay), shares.length);
    if (!mix || new Set(mix.kinds).size < 2 || (alike && alike.total <= mix.total)) return false;
    stay.roomTypeId = mix.kinds[0];
    stay.nextRoomTypes = mix.kinds.slice(1);
    stay.kindsProposed = true;
    if (offerKinds(turn, stay, availability, rest, alike?.offer)) {
      stay.kindsShown = true;
      return true;
    }
    stay.roomTypeId = stay.nextRoomTypes = stay.kindsProposed = undefined;
    return false;
  }

  /** "El 29 de febrero de 2027 no existe": the day is not taken, and the guest hears why before the dates are asked again. */
  private sayNoSuchDate(turn: Turn, slots: BookingSlots): void {
    const missing = turn.entity('no_such_date')?.value ?? missingDeparture(turn, slots);
    if (!missing) return;
    turn.say('booking.no_such_date', {
      day: missing.day,
      month: missing.month,
      year: missing.year === undefined ? 'none' : String(missing.year),
    });
  }

  /** How many the hotel's room type sleeps (undefined when none or an unknown one is named). */
  private roomFor(turn: Turn, roomTypeId: string | undefined): number | undefined {
    return turn.tenant.roomTypes.find((room) => room.id === roomTypeId)?.maxGuests;
  }

  /** "¿Tenéis algo para Semana Santa?": the period's days, this year's or the next, then which the guest wants. */
  private askForDates(turn: Turn, slots: BookingSlots): void {
    const period = namedPeriod(turn.message.text ?? '', localDateIn(turn.now, turn.tenant.timezone));
    if (!period) return this.askFor(turn, 'dates', 'ask.dates');
    slots.periodFrom = period.from;
    turn.say('ask.dates_period', {
      period: turn.text(`period.${period.name}`),
      from: turn.date(period.from),
      to: turn.date(period.to),
    });
    turn.state.dialogue.awaiting = 'dates';
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
  private async availability(
    turn: Turn,
    stay: Stay,
    guests = partyInRoom(stay),
  ): Promise<Availability | null> {
    try {
      return await this.pms.checkAvailability(
        {
          tenantId: turn.tenant.id,
          checkIn: stay.checkIn,
          checkOut: stay.checkOut,
          guests,
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
}
