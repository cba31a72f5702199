import { Injectable } from '@nestjs/common';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import type { RoomTypeInfo } from '../../pms/pms.types';
import { BookingFlow } from '../booking/booking-flow';
import { answerListedTotals, answerStayTotal } from '../booking/stay-total';
import { answerBookingTotal } from '../booking/booked-total';
import { isStay, readBookingSlots } from '../booking/booking-slots';
import { nightsOf } from '../booking/stay-dates';
import { unlistedServicesNamed } from '../dialogue/amenity-words';
import { complainsOfPrice } from '../dialogue/complaint';
import { namesTheRoomOrStay } from '../dialogue/guest-wording';
import { HotelFacts } from '../dialogue/hotel-facts';
import { asksAboutATaxi, taxiAnswer } from '../dialogue/taxi-question';
import { IntentHandler } from '../dialogue/intent-handler';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import { startFlow } from '../dialogue/conversation-state';
import {
  asksPriceBasis,
  asksStayTotal,
  asksWhatThePriceIncludes,
  comparesRooms,
} from '../dialogue/price-basis';
import { asksNightsOfRoomPriced, rememberRoomPriced, roomPricedBefore } from '../dialogue/room-priced';
import { statedPriceVerdict } from '../dialogue/stated-price';
import { rememberTopics } from '../dialogue/topic-follow-up';
import type { Turn } from '../dialogue/turn';

/**
 * Nightly rates from the PMS; with dates given, the exact price of the stay (the booking flow). A
 * price asked of breakfast, parking or pets ("¿la tarifa incluye desayuno?") is answered from the
 * hotel's data: alone when no room is named, after the named room's rate otherwise.
 */
@Injectable()
export class RoomPricesHandler extends IntentHandler {
  readonly intent = 'room_prices';

  constructor(
    private readonly pms: PmsAdapter,
    private readonly booking: BookingFlow,
    private readonly facts: HotelFacts,
  ) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    rememberTopics(turn, 'room_prices');
    if (turn.entity('date_range') || turn.entity('date')) {
      await this.rateBeforeParty(turn);
      return this.booking.continue(turn);
    }
    // "¿Cuánto es en total con todo?" at a room offered or a summary: that stay's total, with its extras;
    // so is a price asked there of nothing else ("¿en Nochevieja sube el precio?", its day set aside).
    const ofThatStay = asksStayTotal(turn.message.text ?? '') || turn.nlu.entities.length === 0;
    if (ofThatStay && (answerStayTotal(turn) || answerListedTotals(turn))) return;
    // "¿Cuánto es el total?" once booked: that booking's.
    if (await answerBookingTotal(turn, this.pms)) return;
    const pricedTopics = this.facts.pricedTopics(turn);
    const extras = this.facts.answers(turn, pricedTopics);
    const asked = turn.entity('room_type')?.value.roomTypeId;
    // "¿Cuánto cuesta el traslado al aeropuerto?": the hotel's data has no price for it, but has it
    // ("¿cuánto cuesta la habitación? ¿hay wifi?" asks the room's price).
    const amenities = this.facts.namedAmenities(turn);
    const asksRoom = namesTheRoomOrStay(turn.message.text ?? '');
    // "¿Cuánto cuesta un taxi al aeropuerto?": no taxi fare in the data, and never the shuttle's or the rooms'.
    if (asksAboutATaxi(turn.message.text ?? '') && extras.length === 0 && !asked && !asksRoom) {
      turn.sayText(taxiAnswer(turn));
      return;
    }
    if (amenities.length > 0 && extras.length === 0 && !asked && !asksRoom) {
      turn.say('info.amenity_price', { amenities: turn.list(amenities), phone: turn.tenant.info.phone });
      return;
    }
    // "El spa cuanto es?": a service the hotel's data does not list is said so, never the rate card.
    const unlisted = unlistedServicesNamed(turn.message.text ?? '', turn.tenant.info.amenities);
    if (unlisted.length > 0 && extras.length === 0 && !asked && !asksRoom) {
      turn.say('info.not_listed', { amenities: this.facts.amenities(turn), phone: turn.tenant.info.phone });
      return;
    }
    if (extras.length > 0 && !asked) {
      // "Is breakfast included? And is there a gym?": the other questions too, in the order asked.
      const answers = this.facts.answers(turn);
      // "El desayuno son 10 euros, ¿no?": the price said, right or wrong, before the hotel's own.
      const verdict = statedPriceVerdict(
        turn,
        this.facts.topics(turn).filter((topic) => pricedTopics.has(topic)),
      );
      turn.sayText([...(verdict ? [verdict] : []), ...answers].join('\n'));
      return;
    }
    // "¿Es por noche o total?", "is it per person?": what the prices count.
    if (asksPriceBasis(turn.message.text ?? '') && !asked) return this.explainBasis(turn);
    // "¿Qué incluye el precio?": the room and the night; breakfast and wifi as the data has them.
    if (asksWhatThePriceIncludes(turn.message.text ?? '') && !asked) {
      const topics = ['breakfast', 'wifi', 'taxes'] as const;
      const parts = [turn.text('prices.includes'), ...topics.map((topic) => this.facts.answer(turn, topic))];
      return turn.sayText(parts.join('\n'));
    }
    let roomTypes;
    try {
      roomTypes = await this.pms.getRoomTypes(turn.tenant.id, turn.signal);
    } catch (error) {
      if (answerPmsUnavailable(turn, error)) return;
      throw error;
    }
    // "¿Qué diferencia hay entre la doble y la superior?": each room named, side by side.
    const named = turn.entities('room_type').map((entity) => entity.value.roomTypeId);
    const priced = roomTypes.filter(
      (room) => room.rate !== undefined && (named.length === 0 || named.includes(room.id)),
    );
    if (priced.length === 0) {
      turn.say('prices.footer');
      return;
    }
    // "¿Cuánto cuestan 7 noches en la individual?", or "¿y 7 noches?" after its rate: that many nights of it.
    const nights = turn.entity('nights')?.value.nights ?? 0;
    const pricedBefore = asksNightsOfRoomPriced(turn.message.text ?? '', turn.nlu, turn.state);
    const roomId = named.length === 1 ? named[0] : pricedBefore ? roomPricedBefore(turn.state) : undefined;
    const room = roomTypes.find((candidate) => candidate.id === roomId && candidate.rate !== undefined);
    if (nights > 1 && room && !complainsOfPrice(turn.message.text ?? ''))
      return this.priceNights(turn, room, nights);
    if (complainsOfPrice(turn.message.text ?? '')) {
      // "Ladrones", "ripoff, 219 for a suite??": heard, and the cheapest way to stay offered.
      // For the party being booked, or a couple (a single room is no answer to "219 for a suite?").
      const party =
        typeof turn.state.dialogue.slots.guests === 'number' ? turn.state.dialogue.slots.guests : 2;
      const rated = roomTypes.filter((room) => room.rate !== undefined);
      const fits = rated.filter((room) => room.maxGuests >= party);
      const cheapest = [...(fits.length > 0 ? fits : rated)].sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))[0];
      // With the stay already told, there is nothing more to ask for.
      const slots = turn.state.dialogue.slots;
      const stayKnown = Boolean(slots.checkIn && slots.checkOut && slots.guests);
      turn.say(stayKnown ? 'prices.complaint_stay_known' : 'prices.complaint', {
        room: turn.roomName(cheapest.id, cheapest.name),
        rate: turn.money(cheapest.rate ?? 0, cheapest.currency),
        max: cheapest.maxGuests,
      });
      return;
    }
    rememberRoomPriced(turn, priced.length === 1 ? priced[0].id : undefined);
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
    if (extras.length > 0) lines.push('', ...extras);
    const compared = comparesRooms(turn.message.text ?? '', priced.length);
    // A booking whose days are known asks its own question next: no call for dates and guests.
    if (!turn.state.dialogue.slots.checkOut)
      lines.push('', turn.text(compared ? 'prices.compare_footer' : 'prices.footer'));
    turn.sayText(lines.join('\n'));
  }

  /**
   * "7 noches en la Habitación Individual: 7 × 79 € = 553 €", then the booking goes on with that room
   * and that many nights, asking the arrival (whose price the PMS then gives).
   */
  private async priceNights(turn: Turn, room: RoomTypeInfo, nights: number): Promise<void> {
    const rate = room.rate ?? 0;
    turn.say('prices.nights_total', {
      nights,
      room: turn.roomName(room.id, room.name),
      rate: turn.money(rate, room.currency),
      total: turn.money(rate * nights, room.currency),
    });
    // The room may be the one priced before ("¿y 7 noches?"), which this message does not name.
    startFlow(turn.state, 'make_reservation');
    turn.state.dialogue.slots.roomTypeId ??= room.id;
    await this.booking.continue(turn);
  }

  /** With a stay priced already, what its two figures are; else that rates are a room's night. */
  private explainBasis(turn: Turn): void {
    const slots = readBookingSlots(turn.state.dialogue.slots);
    // The summary shows the stay's total alone; a list or an offer shows a night's price beside it.
    if (isStay(slots) && slots.step === 'summary')
      turn.say('prices.basis_summary', { nights: nightsOf(slots) });
    else if (isStay(slots)) turn.say('prices.basis_stay', { nights: nightsOf(slots) });
    else turn.say('prices.basis');
  }

  /**
   * "¿Cuánto cuesta la doble el 5 de diciembre?": the room's nightly rate at once, when the booking
   * flow is about to ask the party before it can price the stay (when the PMS cannot say, the flow
   * that follows answers that).
   */
  private async rateBeforeParty(turn: Turn): Promise<void> {
    const asked = turn.entity('room_type')?.value.roomTypeId;
    if (!asked || turn.entity('guests') || turn.state.dialogue.slots.guests !== undefined) return;
    const room = await this.pms
      .getRoomTypes(turn.tenant.id, turn.signal)
      .then((rooms) => rooms.find((candidate) => candidate.id === asked))
      .catch(() => undefined);
    // A room for one needs no party: the flow prices the stay straight away.
    if (room?.rate === undefined || room.maxGuests <= 1) return;
    turn.say('prices.room_rate', {
      room: turn.roomName(room.id, room.name),
      max: room.maxGuests,
      rate: turn.money(room.rate, room.currency),
    });
  }
}
