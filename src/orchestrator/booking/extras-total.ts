import type { Reservation } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import { nightsOf } from './stay-dates';
import type { StayExtras } from './booking-extras';
import { breakfastsFor, type ExtraCounts } from './extra-counts';

/** An extra the summary prices apart from the room. */
type Extra = keyof StayExtras;

/** The summary's order: pet, parking, breakfast. */
const EXTRAS: readonly Extra[] = ['pet', 'parking', 'breakfast'];

/** The stay the extras are priced over, and the room's own total for it. */
export interface PricedStay {
  nights: number;
  guests: number;
  roomTotal: number;
  currency: string;
  /** How many rooms `roomTotal` is for (one when not said). */
  rooms?: number;
}

/** A booking made, as its extras are priced: its nights, party and room's total. */
export function pricedStayOf(reservation: Reservation): PricedStay {
  return {
    nights: nightsOf(reservation),
    guests: reservation.guests,
    roomTotal: reservation.total,
    currency: reservation.currency,
  };
}

/** What one extra costs over the stay by the hotel's prices; undefined where the hotel gives no price. */
function extraCost(turn: Turn, extra: Extra, stay: PricedStay, counts: ExtraCounts): number | undefined {
  const info = turn.tenant.info;
  const { nights, guests } = stay;
  if (extra === 'pet') return info.pets?.price === undefined ? undefined : info.pets.price * nights;
  if (extra === 'parking') {
    const price = info.parking?.pricePerNight;
    return price === undefined ? undefined : price * nights * (counts.parkingSpaces ?? 1);
  }
  const price = info.breakfast?.price;
  return price === undefined ? undefined : price * nights * breakfastsFor(counts, guests);
}

/** An extra taken, with what it costs over the stay. */
interface PricedExtra {
  extra: Extra;
  cost: number;
}

/** The extras taken that cost something, with their cost over the stay. */
function pricedExtras(turn: Turn, extras: StayExtras & ExtraCounts, stay: PricedStay): PricedExtra[] {
  return EXTRAS.filter((extra) => extras[extra])
    .map((extra) => ({ extra, cost: extraCost(turn, extra, stay, extras) ?? 0 }))
    .filter(({ cost }) => cost > 0);
}

/**
 * "• Total con extras: 615 € (habitación 417 € + extras 198 €), a pagar en el hotel": the figure the
 * guest pays, under the extras' own lines. Null with no priced extra, or with one the hotel gives no
 * price for (no sum could be told).
 */
export function extrasTotalLine(
  turn: Turn,
  extras: StayExtras & ExtraCounts,
  stay: PricedStay,
): string | null {
  const unpriced = EXTRAS.some(
    (extra) => extras[extra] && extraCost(turn, extra, stay, extras) === undefined,
  );
  const priced = pricedExtras(turn, extras, stay);
  if (unpriced || priced.length === 0) return null;
  const extrasTotal = costOf(priced);
  return turn.text('booking.extras_total_line', {
    total: turn.money(stay.roomTotal + extrasTotal, stay.currency),
    roomTotal: turn.money(stay.roomTotal, stay.currency),
    extrasTotal: turn.money(extrasTotal, stay.currency),
  });
}

/**
 * "411 € (habitación 327 € + extras 84 €)": what the booking comes to with its extras, for the
 * confirmation's total. Null when extrasTotalLine would be (no priced extra, or one without a price).
 */
export function grandTotal(turn: Turn, extras: StayExtras & ExtraCounts, stay: PricedStay): string | null {
  if (extrasTotalLine(turn, extras, stay) === null) return null;
  const extrasTotal = costOf(pricedExtras(turn, extras, stay));
  return turn.text('booking.total_split', {
    total: turn.money(stay.roomTotal + extrasTotal, stay.currency),
    roomTotal: turn.money(stay.roomTotal, stay.currency),
    extrasTotal: turn.money(extrasTotal, stay.currency),
  });
}

/**
 * "Total con parking y desayuno: 465 € (habitación 327 € + extras 138 €), a pagar en el hotel": said
 * under a room offered with extras. Null when no extra costs anything.
 */
export function withExtrasSentence(
  turn: Turn,
  extras: StayExtras & ExtraCounts,
  stay: PricedStay,
): string | null {
  const priced = pricedExtras(turn, extras, stay);
  return priced.length === 0 ? null : totalSentence(turn, priced, stay);
}

/** The answer to "¿cuánto es en total con todo?": the total with the extras, or the room's alone. */
export function stayTotalSentence(turn: Turn, extras: StayExtras & ExtraCounts, stay: PricedStay): string {
  return totalSentence(turn, pricedExtras(turn, extras, stay), stay);
}

/**
 * "Con desayuno, súmale 84 € al total de cualquiera de ellas": under the rooms listed for a stay with
 * extras, which cost the same whichever room is chosen. Null when no extra costs anything.
 */
export function extrasOnTopSentence(
  turn: Turn,
  extras: StayExtras & ExtraCounts,
  stay: Omit<PricedStay, 'roomTotal'>,
): string | null {
  const priced = pricedExtras(turn, extras, { ...stay, roomTotal: 0 });
  if (priced.length === 0) return null;
  return turn.text('availability.extras_on_top', {
    extras: extrasNamed(turn, priced),
    extrasTotal: turn.money(costOf(priced), stay.currency),
  });
}

/** What the extras taken cost over the stay, and their names ("desayuno y parking"); 'none' when nothing costs. */
export function extrasCost(
  turn: Turn,
  extras: StayExtras & ExtraCounts,
  stay: PricedStay,
): { cost: number; names: string } {
  const priced = pricedExtras(turn, extras, stay);
  return { cost: costOf(priced), names: priced.length === 0 ? 'none' : extrasNamed(turn, priced) };
}

function costOf(priced: PricedExtra[]): number {
  return priced.reduce((sum, { cost }) => sum + cost, 0);
}

function extrasNamed(turn: Turn, priced: PricedExtra[]): string {
  return turn.list(priced.map(({ extra }) => turn.text('booking.extra_name', { extra })));
}

function totalSentence(turn: Turn, priced: PricedExtra[], stay: PricedStay): string {
  const extrasTotal = costOf(priced);
  return turn.text('booking.stay_total', {
    extras: priced.length === 0 ? 'none' : extrasNamed(turn, priced),
    nights: stay.nights,
    rooms: stay.rooms ?? 1,
    total: turn.money(stay.roomTotal + extrasTotal, stay.currency),
    roomTotal: turn.money(stay.roomTotal, stay.currency),
    extrasTotal: turn.money(extrasTotal, stay.currency),
  });
}
