import { foldText } from '../../common/fold-text';
import type { Turn } from './turn';

/** A taxi or a ride-hailing car named: "¿cómo voy al aeropuerto en taxi?", "can you call me a cab?". */
const TAXI = /\b(?:taxis?|cabs?|uber|cabify)\b/;

/** The hotel's own ride named beside it ("¿hay transfer o cojo un taxi?"): the shuttle is what is asked. */
const HOTEL_RIDE = /\b(?:traslados?|transfer|shuttle)\b/;

/** Whether the guest asks about a taxi, and not about the hotel's shuttle. */
export function asksAboutATaxi(text: string): boolean {
  const folded = foldText(text);
  return TAXI.test(folded) && !HOTEL_RIDE.test(folded);
}

/**
 * A taxi question gets what the hotel's data says of taxis (an amenity such as "taxi-service"), else
 * that reception calls one, with the phone: never the shuttle's terms, which are another service.
 */
export function taxiAnswer(turn: Turn): string {
  const { amenities, phone } = turn.tenant.info;
  const taxi = amenities.find((code) => code.split('-').includes('taxi'));
  if (taxi) return turn.text('info.has_amenities', { amenities: taxi.replace(/-/g, ' '), phone });
  return turn.text('info.taxi', { phone });
}
