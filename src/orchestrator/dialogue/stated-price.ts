import { foldText } from '../../common/fold-text';
import type { InfoTopic, ParseResult } from '../../nlp/nlp.types';
import type { HotelInfo } from '../../tenants/tenant';
import type { Routing } from './routing';
import type { Turn } from './turn';

// "El shuttle cuesta 30 euros, ¿no?", "breakfast is 10 euros right?": a price said by the guest and
// put as a question (heard as a yes or a no). It is never confirmed as said: the hotel's own price
// where its data has one, else the phone to ask.

const NUMBER = '(\\d+(?:[.,]\\d{1,2})?)';
/** "30 euros", "30€", "€30", "$30", "30 pavos", "30 bucks". */
const AMOUNT = new RegExp(
  `(?:[€$£]\\s*${NUMBER}|${NUMBER}\\s*(?:€|(?:euros?|eur|pavos|dolares|dollars?|bucks|usd|libras|pounds?)\\b))`,
);
/** Asked to be confirmed: a question mark, or a tag at the end ("…30 euros no", "…right", "…verdad"). */
const ASKED = /[?¿]|\b(?:no|verdad|cierto|right|correct|isn'?t it|is that right)\W*$/;
/** Said as the price of something: "cuesta 30 euros", "son 12,50€", "is €30" (not "incluido en los 90 €"). */
const PRICE_VERB =
  /\b(?:cuesta|cuestan|son|es|vale|valen|sale|salen|costs?|is|are|was)\s+(?:(?:de|solo|unos|only|about|like|just)\s+)?$/;

/**
 * The amount a guest states as a price and asks to be confirmed ("el desayuno son 10 euros no?": 10);
 * null when none, or when it is a total ("el total son 300 € con desayuno, ¿no?"), which the summary tells.
 */
export function statedAmount(text: string): number | null {
  const folded = foldText(text);
  const found = AMOUNT.exec(folded);
  if (!found || !ASKED.test(folded) || /\btotal\b/.test(folded)) return null;
  if (!PRICE_VERB.test(folded.slice(0, found.index))) return null;
  return Number((found[1] ?? found[2]).replace(',', '.'));
}

/**
 * A price stated of a hotel topic, asked to be confirmed, however it classifies (a yes, a no, a
 * hotel question): the price question it is. Null when the message states none.
 */
export function routeStatedPrice(text: string, nlu: ParseResult): Routing | null {
  const namesTopic = nlu.entities.some((entity) => entity.type === 'info_topic');
  const namesDays = nlu.entities.some((entity) => entity.type === 'date_range' || entity.type === 'date');
  if (!namesTopic || namesDays || statedAmount(text) === null) return null;
  return { intent: 'room_prices', via: 'nlu', nlu };
}

/**
 * "El desayuno son 10 euros, ¿no?": whether that is the hotel's price of the one priced topic named,
 * said before its answer. Null when no amount is stated, or it cannot be told (no price in the data,
 * several topics, or a multiple of the price: "28 euros for the two of us").
 */
export function statedPriceVerdict(turn: Turn, topics: readonly InfoTopic[]): string | null {
  const amount = statedAmount(turn.message.text ?? '');
  const price = topics.length === 1 ? priceOf(turn.tenant.info, topics[0]) : undefined;
  if (amount === null || price === undefined) return null;
  if (amount === price) return turn.text('info.price_stated', { right: true, stated: turn.money(amount) });
  if (price > 0 && amount % price === 0) return null;
  return turn.text('info.price_stated', { right: false, stated: turn.money(amount) });
}

/** The price the hotel's data gives a topic (0 when included); undefined when it gives none. */
function priceOf(info: HotelInfo, topic: InfoTopic): number | undefined {
  switch (topic) {
    case 'breakfast':
      return info.breakfast?.included ? 0 : info.breakfast?.price;
    case 'parking':
      return info.parking?.available ? info.parking.pricePerNight : undefined;
    case 'pets':
      return info.pets?.allowed ? info.pets.price : undefined;
    case 'wifi':
      return info.wifi?.included ? 0 : undefined;
    default:
      return undefined;
  }
}
