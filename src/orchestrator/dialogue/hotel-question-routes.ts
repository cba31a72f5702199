import type { Entity, InfoTopic, ParseResult } from '../../nlp/nlp.types';
import type { Awaiting } from './conversation-state';
import { asksForStay, hasStayAndParty } from './booking-readings';
import { asksCancellationTerms } from './cancellation-wording';
import { asksWhatARoomHas } from './guest-wording';
import { PRICED_TOPICS } from './hotel-facts';
import { namesAStay, namesTopic, withEntity } from './parse-results';
import { asksWhetherAllFit } from './room-fit';
import { billingDetailsIn } from './billing-details';
import { asksPriceBasis, asksRoomCapacity, asksStayTotal, comparesRooms } from './price-basis';
import type { Routing } from './routing';
import { routeStatedPrice } from './stated-price';

/** What makes a money question part of a stay asked for. */
const A_STAY_ASKED: ReadonlySet<Entity['type']> = new Set(['date_range', 'date', 'guests', 'room_type']);
/** Questions about money that the price list does not answer. */
export const MONEY_QUESTIONS: readonly InfoTopic[] = ['discounts', 'taxes', 'payment', 'invoice'];

/**
 * Hotel questions the classifier hears as something else (a booking, the price list, a cancellation,
 * a room's photos, a yes): a price stated to be confirmed, an invoice, a discount, taxes, ways to pay,
 * what a room has, the cancellation terms. Null when the message asks none of these.
 */
export function routeHotelQuestion(
  text: string,
  nlu: ParseResult,
  awaiting: Awaiting | null,
  chosenRoom?: string,
): Routing | null {
  // "El shuttle cuesta 30 euros no?", "breakfast is 10 euros right?" (heard as a yes or a no): a price
  // question, never confirmed as said.
  const statedPrice = routeStatedPrice(text, nlu);
  if (statedPrice) return statedPrice;
  // "Es para Acme Consulting SL, CIF B12345678" (heard as anything, its company as a name): billing
  // details, for the staff; with a stay asked, the booking takes the message.
  if (
    billingDetailsIn(text) &&
    // A yes, a no, a cancellation or a booking pointed at ("cancela la K7QX2M, la hizo Acme SL") is
    // the message's own; so is a name at "whose name?" ("Laura Gómez, NIF 12345678Z"; review 31, 3).
    !['confirm', 'deny', 'cancel_reservation'].includes(nlu.intent) &&
    awaiting !== 'guest_name' &&
    !nlu.entities.some(
      (entity) => entity.type === 'reference' || (A_STAY_ASKED.has(entity.type) && entity.type !== 'guests'),
    )
  )
    return { intent: 'hotel_info', via: 'nlu', nlu };
  // "¿Me podéis hacer una factura?" reads as a booking ("hacer"): an invoice is asked for, in any flow;
  // beside a whole stay asked for ("two of our consultants, 14 to 18 December… invoices?") the booking
  // answers it in passing.
  if (
    nlu.intent !== 'confirm' &&
    nlu.intent !== 'deny' &&
    namesTopic(nlu, 'invoice') &&
    !hasStayAndParty(nlu) &&
    // "I need a single room 14-18 dec, and an invoice for my company" (QA 28, E5).
    !(nlu.entities.some((e) => e.type === 'room_type') && asksForStay(nlu))
  )
    return { intent: 'hotel_info', via: 'nlu', nlu };
  // "¿Podéis poner una cama supletoria?" (heard as a call for a person, or the late check-out): the
  // hotel's terms or whom to ask; with the stay's details, the booking answers it in passing (an aside).
  if (
    nlu.intent !== 'confirm' &&
    nlu.intent !== 'deny' &&
    namesTopic(nlu, 'extra_bed') &&
    !nlu.entities.some((entity) => A_STAY_ASKED.has(entity.type))
  )
    return { intent: 'hotel_info', via: 'nlu', nlu };
  // So are "¿hay algún descuento?", "¿el precio incluye IVA?", "¿se puede pagar con tarjeta?" (heard
  // as the price list), which the rates do not tell; with days, a party or a room ("¿alguna oferta
  // para la doble del 12 al 14?"), the booking answers them in passing. A length alone ("si me
  // quedo una semana") is part of the question.
  if (
    nlu.intent !== 'confirm' &&
    nlu.intent !== 'deny' &&
    MONEY_QUESTIONS.some((topic) => namesTopic(nlu, topic)) &&
    !nlu.entities.some((entity) => A_STAY_ASKED.has(entity.type))
  )
    return { intent: 'hotel_info', via: 'nlu', nlu };
  // "¿Es por noche o total?", "¿109 por persona?" (heard as anything): what the prices count, unless a
  // priced extra is asked about ("¿el desayuno es por persona?", which its own answer tells).
  if (
    nlu.intent !== 'confirm' &&
    nlu.intent !== 'deny' &&
    asksPriceBasis(text) &&
    ![...PRICED_TOPICS].some((topic) => namesTopic(nlu, topic)) &&
    !nlu.entities.some((entity) => entity.type === 'date_range' || entity.type === 'date')
  )
    return { intent: 'room_prices', via: 'nlu', nlu };
  // "What's the grand total incl. breakfast?" at a room offered or a summary (heard as a breakfast
  // question), or "what's the total?" at "whose name?" (heard as nothing): the stay's total with its
  // extras, and the question stands.
  if (
    (awaiting === 'confirmation' || awaiting === 'guest_name') &&
    nlu.intent !== 'confirm' &&
    nlu.intent !== 'deny' &&
    asksStayTotal(text) &&
    // The room on offer named again ("what would the standard cost with breakfast?") asks no other stay.
    !namesAStay(nlu.entities, chosenRoom)
  )
    return { intent: 'room_prices', via: 'nlu', nlu };
  // "¿Qué diferencia hay entre la doble y la superior?" (at the room list, heard as picking the first):
  // the two side by side.
  const roomsNamed = nlu.entities.filter((entity) => entity.type === 'room_type').length;
  if (comparesRooms(text, roomsNamed)) return { intent: 'room_prices', via: 'nlu', nlu };
  // "Can we all fit in one room?" (heard as anything): whether the party fits in one room.
  if (asksWhetherAllFit(text)) return { intent: 'hotel_info', via: 'nlu', nlu };
  // "How many people fit in the suite?" at "whose name?" (heard as choosing the suite): its places,
  // and the booking's question again.
  if (awaiting !== null && asksRoomCapacity(text, roomsNamed))
    return { intent: 'room_prices', via: 'nlu', nlu };
  // "¿La suite tiene bañera?" at the room list (heard as asking for it): the hotel's data does not
  // say. Heard as asking for photos ("does it have a view?"), the photos show it.
  if (awaiting !== 'confirmation' && nlu.intent !== 'room_photos' && asksWhatARoomHas(text, nlu))
    return { intent: 'hotel_info', via: 'nlu', nlu };
  // "Si cancelo, ¿me cobráis algo?", "can I cancel for free?", "is the booking refundable?": the
  // terms, not a cancellation nor a booking to look up.
  if (
    (nlu.intent === 'cancel_reservation' || nlu.intent === 'reservation_status') &&
    asksCancellationTerms(text, nlu)
  ) {
    const terms: Entity = {
      type: 'info_topic',
      value: { topic: 'cancellation_policy' },
      text: '',
      start: 0,
      end: 0,
    };
    const named = namesTopic(nlu, 'cancellation_policy') ? nlu : withEntity(nlu, terms);
    // "Single room 15-17 dec? And can I cancel for free…?": the stay too, the terms answered beside it.
    const has = (type: Entity['type']): boolean => nlu.entities.some((entity) => entity.type === type);
    const asksAStay = has('date_range') && (has('room_type') || has('guests'));
    return { intent: asksAStay ? 'check_availability' : 'hotel_info', via: 'nlu', nlu: named };
  }
  return null;
}
