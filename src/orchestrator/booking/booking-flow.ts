import { Injectable } from '@nestjs/common';
import { LockService } from '../../lock/lock.service';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import type { InfoTopic } from '../../nlp/nlp.types';
import { arrivalNote } from '../dialogue/arrival-time';
import { endFlow, isBookingPending, startFlow } from '../dialogue/conversation-state';
import { hasBookingEntity } from '../dialogue/booking-readings';
import { asksForAPause } from '../dialogue/guest-wording';
import { peopleAdded } from '../dialogue/booking-change-wording';
import { movesAnEndByDays } from '../dialogue/stay-moved-by-days';
import { HotelFacts } from '../dialogue/hotel-facts';
import { reweighsThePet } from '../dialogue/pet-limits';
import { askSlotAgain, roomsListed } from '../dialogue/slot-questions';
import type { Turn } from '../dialogue/turn';
import { ASIDE_TOPICS, ASIDES_BUT_AMENITIES, asksAboutChildren, hoursAsked } from './booking-asides';
import { declinedExtraTopics, extraHint, extrasAddedNow } from './booking-extras';
import { dropRooms, guestEmailSaid, mergeBookingEntities, partyLeft } from './booking-merge';
import { nextBookingStep } from './booking-next-step';
import { sayNameNoted } from './name-noted';
import {
  sayArrivalNamed,
  sayEmailNoted,
  sayNoSuchDate,
  sayPastDaysNextYear,
  sayTonightInSmallHours,
  sayWeekdayMismatch,
} from './booking-notes';
import { helpWithTheQuestion } from './booking-help';
import { rereadSlipAnswer } from './slip-rereading';
import { warnOfDaysMeant } from './weekday-warnings-moved';
import { noteExtrasForRoomsBooked } from './extras-for-rooms-booked';
import { remindReplacedBooking } from './replaced-booking-kept';
import { changesSummary } from './booking-summary';
import { type BookingSlots, isStay, readBookingSlots, writeBookingSlots } from './booking-slots';
import { placeBooking } from './place-booking';
import { noteSpecialRequests } from './special-requests';
import { asksLateCheckOut, lateCheckOutAside } from './late-checkout-aside';
import { askWhichRoom, roomsItMayBe } from './room-choice';
import { partyInRoom } from './room-shares';
import { takesBackTheNo } from './stay-changes';
import { everyoneHoused } from './party-joined';
import { askTheChangeNamed } from './change-named';
import { extraAddedText } from './extra-counts';
import { setStayAside } from './stay-set-aside';

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
    if (helpWithTheQuestion(turn) || this.waitsForTheGuest(turn) || everyoneHoused(turn)) return;
    startFlow(turn.state, 'make_reservation');
    const slots = readBookingSlots(turn.state.dialogue.slots);
    const repliesFrom = turn.replies.length;
    rereadSlipAnswer(turn, slots);
    warnOfDaysMeant(turn, slots);
    if (mode) slots.mode = mode;
    if (slots.step === 'change') slots.step = undefined;
    const which = roomsItMayBe(turn, roomsListed(turn));
    if (which.length > 0) {
      writeBookingSlots(turn, slots);
      return askWhichRoom(turn, which);
    }
    delete turn.state.dialogue.slots.options;
    // An amenity only when one is named ("¿tenéis traslado?"), not "con todos los servicios".
    const named = this.facts.namedAmenities(turn).length > 0 ? ASIDE_TOPICS : ASIDES_BUT_AMENITIES;
    // "Sin parking" declines the hotel's parking: it asks nothing about it.
    const declined = declinedExtraTopics(turn);
    // "Con desayuno" asks for it: it is added, not answered ("el desayuno no está incluido…").
    const added = extrasAddedNow(turn);
    // "…y a qué hora es el check-in?": the hour, though check-in and out are otherwise the stay's days.
    const among = new Set(
      [...named, ...hoursAsked(turn.message.text ?? '')].filter(
        (topic) => !declined.includes(topic) && !(added as InfoTopic[]).includes(topic),
      ),
    );
    // "¿Y si es de 12 kilos?" after a pet told about earlier: the pets answer again, for that weight.
    const petAgain =
      !this.facts.topics(turn).includes('pets') &&
      reweighsThePet(turn.message.text ?? '', turn.state.dialogue.slots);
    const asides = [
      ...added.map((extra) => extraAddedText(turn, extra, slots)),
      ...this.facts.answers(turn, among),
      ...(petAgain ? [this.facts.answer(turn, 'pets')] : []),
      // "…y un bebé de 8 meses. ¿Tenéis cuna?": the children's terms (the words of a party ask nothing).
      ...(asksAboutChildren(turn.message.text ?? '') ? [this.facts.answer(turn, 'children')] : []),
      // "…¿y se puede hacer late checkout?" with the stay asked: its terms beside the rooms.
      ...[lateCheckOutAside(turn)].filter((aside) => aside !== null),
    ];
    const answered = this.facts.topics(turn).filter((topic) => among.has(topic));
    const hint = extraHint(turn, slots, new Set(petAgain ? [...answered, 'pets' as const] : answered));
    if (hint) asides.push(hint);
    // "A quiet room on a high floor", "it's our anniversary": noted for the staff, never promised.
    const noted = noteSpecialRequests(turn, slots);
    if (noted) asides.push(noted);
    // "Llegaremos sobre la 1 de la madrugada", "we arrive at 9 am": whether that hour is fine.
    // Not the "tardía" of a late check-out asked beside the stay, nor "un día más tarde" (a day moved).
    const text = turn.message.text ?? '';
    const arrivalDay = turn.entity('date_range')?.value.checkIn ?? slots.checkIn;
    const arrival = asksLateCheckOut(text) || movesAnEndByDays(text) ? null : arrivalNote(turn, arrivalDay);
    if (arrival) asides.push(arrival);
    if (asides.length > 0) turn.sayText(asides.join('\n'));
    sayNoSuchDate(turn, slots);
    sayWeekdayMismatch(turn);
    sayEmailNoted(turn, slots);
    const rest = partyLeft(turn, slots);
    if (rest !== null && slots.partyBooked)
      turn.say('booking.party_left', { booked: slots.partyBooked, rest });
    dropRooms(turn, slots);
    // A name given while looking ("vale la doble, a nombre de Paula Reyes") is a booking.
    if (turn.entity('guest_name')) slots.mode = 'book';
    const askedTheName = turn.state.dialogue.awaiting === 'guest_name';
    const arrivalBefore = slots.checkIn;
    await noteExtrasForRoomsBooked(turn, this.pms, slots);
    const changed = mergeBookingEntities(turn, slots);
    sayTonightInSmallHours(turn, slots);
    sayArrivalNamed(turn, slots, arrivalBefore);
    sayPastDaysNextYear(turn, slots);
    await nextBookingStep(this.pms, turn, slots, askedTheName && changed);
    sayNameNoted(turn, slots, repliesFrom);
    // A change that came back to the booking it was for ends the flow: nothing is left to keep.
    if (turn.state.dialogue.flow !== null) writeBookingSlots(turn, slots);
  }

  /**
   * "Espera, que lo consulto" at a room offered or a summary: no hurry, the question stands (its
   * buttons and booking key too), and a later yes answers it.
   */
  private waitsForTheGuest(turn: Turn): boolean {
    const { step } = turn.state.dialogue.slots;
    const { awaiting } = turn.state.dialogue;
    const listed = awaiting === 'room_type';
    const pending = listed || (awaiting === 'confirmation' && (step === 'summary' || step === 'offer'));
    if (!pending || turn.nlu.intent === 'confirm' || hasBookingEntity(turn.nlu)) return false;
    // "Espera, viene un compañero": one more in the party, not a pause.
    if (!asksForAPause(turn.message.text ?? '') || peopleAdded(turn.message.text ?? '') !== null)
      return false;
    turn.say('booking.take_your_time', { step: listed ? 'list' : step === 'summary' ? 'summary' : 'offer' });
    return true;
  }

  async confirm(turn: Turn): Promise<void> {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    const step = slots.step;
    if (step === 'summary' && changesSummary(turn, slots)) {
      // "Sí, pero seremos 3" (or "al final seremos 3", heard as a yes): never a yes to what was summarised.
      return this.continue(turn);
    }
    // "Sí, y si puede ser una habitación tranquila": noted with the yes.
    const noted = noteSpecialRequests(turn, slots);
    if (noted) turn.sayText(noted);
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
    if (step === 'change' && (await askTheChangeNamed(turn, slots, (again) => this.continue(again)))) return;
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
    for (const extra of extrasAddedNow(turn)) turn.sayText(extraAddedText(turn, extra, slots));
    mergeBookingEntities(turn, slots);
    slots.step = undefined;
    if (step === 'offer') slots.mode = 'book';
    delete turn.state.dialogue.slots.options;
    await nextBookingStep(this.pms, turn, slots);
    if (turn.state.dialogue.flow !== null) writeBookingSlots(turn, slots);
  }

  async deny(turn: Turn): Promise<void> {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    // "No, the dates" to "would you like to change anything?": the dates, asked anew.
    if (slots.step === 'change' && (await askTheChangeNamed(turn, slots, (again) => this.continue(again))))
      return;
    if (slots.step === 'summary') {
      turn.say('booking.declined');
      writeBookingSlots(turn, { ...slots, step: 'change', bookingKey: undefined });
      turn.state.dialogue.awaiting = 'confirmation';
      delete turn.state.dialogue.slots.options;
      return;
    }
    // "No, solo estaba mirando" at the rooms (QA 28, S26-S27): "al final sí la quiero" takes it up again.
    if (!slots.nextRoom && slots.step !== 'change' && setStayAside(turn.state))
      return turn.say('deny.stay_kept');
    endFlow(turn.state);
    // "No" to the next of several rooms (offered, or a list of other kinds): the rest are not booked either.
    if (slots.nextRoom) turn.say('booking.rooms_dropped', { others: slots.rooms ?? 1 });
    else turn.say('deny.nothing');
  }

  /**
   * After a side question answered while a room offer or a summary waited for a yes ("is there
   * parking?"): asks again, so that the guest's next "yes" answers the question just asked; so with
   * a detail the booking waits for ("¿A nombre de quién…?"). False when nothing was waiting.
   */
  remind(turn: Turn): boolean {
    if (askSlotAgain(turn) || remindReplacedBooking(turn)) return true;
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
}
