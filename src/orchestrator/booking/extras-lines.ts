import type { Turn } from '../dialogue/turn';
import type { StayExtras } from './booking-extras';
import { breakfastsFor, type ExtraCounts } from './extra-counts';
import { requestsForStaff, type SpecialRequest } from './special-requests';

/** The booking the staff are told about. */
export interface BookedStay {
  reference: string;
  room: string;
  checkIn: string;
  checkOut: string;
  name: string;
  /** The party, for whom breakfast is counted (all of it when not said). */
  guests?: number;
}

/** The summary's lines for the extras, each with the hotel's supplement for `nights`, apart from the room's total. */
export function extrasLines(
  turn: Turn,
  extras: StayExtras & ExtraCounts,
  nights: number,
  guests: number,
): string[] {
  return [
    ...(extras.pet ? [petLine(turn, nights)] : []),
    ...(extras.parking ? [parkingLine(turn, nights, extras.parkingSpaces ?? 1)] : []),
    ...(extras.breakfast ? [breakfastLine(turn, nights, guests, breakfastsFor(extras, guests))] : []),
  ];
}

/**
 * What the hotel's staff are told of a booking's extras, cots and special requests, as for a handover
 * (the PMS has no place for them).
 */
export function extrasStaffNotices(
  turn: Turn,
  extras: StayExtras &
    ExtraCounts & {
      infants?: number;
      requests?: readonly SpecialRequest[];
      /** The day of the stay the requests are for ("el 19 es el cumple de mi marido"). */
      requestsOn?: string;
    },
  booked: BookedStay,
): string[] {
  const babies = extras.infants ?? 0;
  const requests = extras.requests ?? [];
  return [
    // A baby sleeps in a cot, which someone has to put in the room.
    ...(babies > 0 ? [turn.staffText('booking.cot_staff_notice', { ...booked, babies })] : []),
    ...(extras.pet ? [turn.staffText('booking.pet_staff_notice', { ...booked })] : []),
    ...(extras.parking
      ? [turn.staffText('booking.parking_staff_notice', { ...booked, spaces: extras.parkingSpaces ?? 1 })]
      : []),
    ...(extras.breakfast
      ? [
          turn.staffText('booking.breakfast_staff_notice', {
            ...booked,
            ...breakfastParty(extras, booked.guests),
          }),
        ]
      : []),
    // A quiet room, connecting rooms, an anniversary: the guest was told it is noted, not promised.
    ...(requests.length > 0
      ? [
          turn.staffText('booking.requests_staff_notice', {
            ...booked,
            requests: extras.requestsOn
              ? turn.staffText('booking.requests_staff_day', {
                  requests: requestsForStaff(turn, requests),
                  date: extras.requestsOn,
                })
              : requestsForStaff(turn, requests),
          }),
        ]
      : []),
  ];
}

/** "• Con mascota: 20 € por noche (40 €), a pagar en el hotel": the hotel's supplement, apart from the room's total. */
function petLine(turn: Turn, nights: number): string {
  const price = turn.tenant.info.pets?.price;
  if (price === undefined) return turn.text('booking.pet_line', { price: 'none', total: 'none' });
  return turn.text('booking.pet_line', {
    price: turn.money(price),
    total: turn.money(price * nights),
  });
}

/**
 * "• Con parking: 18 € por noche (36 €), a pagar en el hotel", "• Con parking (2 plazas): 18 € por
 * noche y plaza (72 €)…": the hotel's price, apart from the room's total.
 */
function parkingLine(turn: Turn, nights: number, spaces: number): string {
  const price = turn.tenant.info.parking?.pricePerNight;
  if (price === undefined) return turn.text('booking.parking_line', { price: 'none', total: 'none', spaces });
  if (price === 0) return turn.text('booking.parking_line', { price: 'free', total: 'none', spaces });
  return turn.text('booking.parking_line', {
    price: turn.money(price),
    total: turn.money(price * nights * spaces),
    spaces,
  });
}

/**
 * "• Con desayuno: 14 € por persona y noche (56 €), a pagar en el hotel": every night, for the party
 * or those of it said ("• Con desayuno para 1 persona: …").
 */
function breakfastLine(turn: Turn, nights: number, guests: number, breakfasts: number): string {
  const price = turn.tenant.info.breakfast?.price;
  const party = breakfastParty({ breakfastFor: breakfasts }, guests);
  if (price === undefined)
    return turn.text('booking.breakfast_line', { price: 'none', total: 'none', ...party });
  return turn.text('booking.breakfast_line', {
    price: turn.money(price),
    total: turn.money(price * nights * breakfasts),
    ...party,
  });
}

/** Whether breakfast is for some of the party only, and for how many. */
function breakfastParty(extras: ExtraCounts, guests: number | undefined): { some: string; people: number } {
  const people = extras.breakfastFor ?? guests ?? 0;
  return { some: guests !== undefined && people < guests ? 'some' : 'all', people };
}
