import { createHash } from 'node:crypto';
import { PmsInvalidRequestError } from '../pms.errors';
import type { ReservationRequest } from '../pms.types';

const NAME_MAX_CHARS = 32;
// QloApps requires a last name; a guest who gave one word gets this visible stand-in.
const MISSING_LASTNAME = 'Guest';
const PLACEHOLDER_EMAIL_DOMAIN = 'guest.invalid';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * The token written in the booking's `source`, the only free-text field QloApps can filter on: it
 * finds a booking whose create answer was lost. Derived from the idempotency key, short and stable.
 */
export function sourceToken(idempotencyKey: string): string {
  return `agent:${shortHash(idempotencyKey)}`;
}

function truncate(text: string, maxChars: number): string {
  return Array.from(text)
    .slice(0, maxChars)
    .join('')
    .replace(/['-]+$/, '')
    .trim();
}

/**
 * First and last name as QloApps accepts them: letters (with apostrophes and hyphens inside words),
 * at most 32 characters each. Chat profile names bring digits, emoji and symbols.
 */
export function cleanGuestName(raw: string): { firstname: string; lastname: string } {
  const words = raw
    .normalize('NFC')
    .replace(/’/g, "'")
    .replace(/[^\p{L}\p{M}'-]+/gu, ' ')
    .split(' ')
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) {
    throw new PmsInvalidRequestError('invalid_request', 'The guest name has no letters to book with.');
  }
  const lastname = truncate(words.slice(1).join(' '), NAME_MAX_CHARS);
  return { firstname: truncate(words[0], NAME_MAX_CHARS), lastname: lastname || MISSING_LASTNAME };
}

/**
 * QloApps requires an e-mail and finds or creates the customer by it. Without one we send an address
 * on `.invalid` (reserved by RFC 2606, it can never receive mail), hashed from the phone so one phone
 * stays one customer without writing the number into the address.
 */
export function guestEmail(request: ReservationRequest): string {
  const email = request.contact.email?.trim();
  if (email && EMAIL.test(email)) return email;
  const phone = cleanPhone(request.contact.phone);
  return `guest-${shortHash(phone ?? request.idempotencyKey)}@${PLACEHOLDER_EMAIL_DOMAIN}`;
}

function cleanPhone(phone: string | undefined): string | undefined {
  const cleaned = phone?.replace(/[^+\d]/g, '');
  return cleaned && /\d/.test(cleaned) ? cleaned : undefined;
}

export interface BookingTarget {
  hotelId: number;
  currency: string;
  roomTypeId: number;
}

/** The `POST bookings` body: one room, all guests adults, to be paid at the hotel. */
export function buildBookingBody(
  request: ReservationRequest,
  target: BookingTarget,
  source: string,
): unknown {
  const phone = cleanPhone(request.contact.phone);
  return {
    booking: {
      id_property: target.hotelId,
      currency: target.currency,
      booking_status: 1, // new
      payment_status: 3, // awaiting payment: the guest pays at the hotel
      source,
      associations: {
        customer_detail: {
          ...cleanGuestName(request.guestName),
          email: guestEmail(request),
          ...(phone ? { phone } : {}),
        },
        payment_detail: { payment_type: 'pay at hotel', payment_method: 'Pay at hotel' },
        room_types: [
          {
            id_room_type: target.roomTypeId,
            checkin_date: request.checkIn,
            checkout_date: request.checkOut,
            number_of_rooms: 1,
            // QloApps 1.6.1 reads `adult`; the docs say `adults`: send both.
            rooms: [{ adults: request.guests, adult: request.guests, child: 0 }],
          },
        ],
      },
    },
  };
}
