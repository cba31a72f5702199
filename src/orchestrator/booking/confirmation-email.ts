import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import { bookedStay } from './requests-after-booking';
import { guestEmailSaid } from './booking-merge';

/** "Can you send me a confirmation email?", "¿me mandas el resumen de la reserva por email?". */
const CONFIRMATION_BY_EMAIL = new RegExp(
  [
    '\\b(?:confirmation|confirmacion|resumen|summary|comprobante|voucher)\\b[^.?!]*\\b(?:e-?mail|mail|correo)\\b',
    '\\b(?:e-?mail|mail|correo)\\b[^.?!]*\\b(?:confirmation|confirmacion|resumen|summary|comprobante|voucher)\\b',
    '\\b(?:send|email|e-mail|mail|manda\\w*|envia\\w*)\\b[^.?!]*\\b(?:by|por|al|to my|a mi) (?:e-?mail|mail|correo)\\b',
  ].join('|'),
);

/** The confirmation of a booking made asked for by e-mail (QA 28, E19: its status was read out). */
export function asksForConfirmationEmail(text: string): boolean {
  const folded = foldText(text);
  // "¿Me mandas la factura por mail?" asks for the invoice (QA 29), answered as such.
  return (
    CONFIRMATION_BY_EMAIL.test(folded) && !/\b(?:factura\w*|invoices?|receipts?|recibos?)\b/.test(folded)
  );
}

/**
 * "Can you send me a confirmation email?" or "my email is ann.lee@gmail.com" once booked: the address
 * (said, or the sender's on e-mail) passed to the staff to send the confirmation of the latest
 * booking, or asked for. False, with nothing said, when the message does neither.
 */
export function noteConfirmationEmail(turn: Turn, found: readonly Reservation[]): boolean {
  const latest = found.at(-1);
  const said = guestEmailSaid(turn);
  if (!latest || (!said && !asksForConfirmationEmail(turn.message.text ?? ''))) return false;
  const email = said ?? (turn.message.channel === 'gmail' ? turn.message.from : undefined);
  if (!email) {
    turn.say('status.email_ask', { reference: latest.reference });
    return true;
  }
  turn.staffNotices.push(turn.staffText('status.email_staff_notice', { ...bookedStay(turn, latest), email }));
  turn.say('status.email_noted', { reference: latest.reference, email });
  return true;
}
