import { foldText } from '../../common/fold-text';
import type { Turn } from './turn';

/** A taxi or a ride-hailing car named: "¿cómo voy al aeropuerto en taxi?", "can you call me a cab?". */
const TAXI = /\b(?:taxis?|cabs?|uber|cabify)\b/;

/** The hotel's own ride named beside it ("¿hay transfer o cojo un taxi?"): the shuttle is what is asked. */
const HOTEL_RIDE = /\b(?:traslados?|transfer|shuttle)\b/;

/** A sentence asking something: a question mark, or words of asking or of asking for. */
const ASKING =
  /[?¿]|\b(?:como|cuanto|cuesta|sale|puedo|podemos|puede|pueden|podeis|pedir|pideme|llamar|llamame|how|can|could|would|call|get me|is there|are there|hay)\b/;

/**
 * Whether the guest asks about a taxi, and not about the hotel's shuttle: a sentence that names a
 * taxi and asks ("¿Hay parking? Si no, iremos en taxi" asks about parking only).
 */
export function asksAboutATaxi(text: string): boolean {
  const folded = foldText(text);
  if (HOTEL_RIDE.test(folded)) return false;
  return (folded.match(/[^.!?]*(?:[.!?]+|$)/g) ?? []).some(
    (sentence) => TAXI.test(sentence) && ASKING.test(sentence),
  );
}

/** The airport named: a taxi there or from there is a ride the hotel's shuttle makes too. */
export const AIRPORT = /\b(?:aeropuerto|airport)\b/;

/**
 * A taxi question gets what the hotel's data says of taxis (an amenity such as "taxi-service": reception
 * calls one), else the phone to ask. A taxi to or from the airport, at a hotel with an airport shuttle,
 * also gets the shuttle's terms, as the way from the airport gives them ("location.shuttle").
 */
export function taxiAnswer(turn: Turn): string {
  const { amenities, phone } = turn.tenant.info;
  const listed = amenities.some((code) => code.split('-').includes('taxi'));
  const taxi = turn.text(listed ? 'info.taxi_service' : 'info.taxi', { phone });
  const shuttle = amenities.includes('airport-shuttle');
  if (!shuttle || !AIRPORT.test(foldText(turn.message.text ?? ''))) return taxi;
  return `${taxi}\n${turn.text('location.shuttle', { phone })}`;
}
