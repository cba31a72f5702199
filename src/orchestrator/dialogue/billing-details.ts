import { bookingInProgress } from '../handoff/handoff-context';
import { channelForStaff, guestForStaff } from '../handoff/while-with-staff';
import { MAX_QUOTE } from './fallback';
import { knownReferences } from './known-bookings';
import type { Turn } from './turn';

/** A tax ID by its name: "CIF B12345678", "NIT 900123456-7", "VAT number GB123456789". */
const TAX_ID =
  /\b(?:CIF|NIF|NIE|NIT|RUC|RFC|CUIT|RUT|VAT(?: (?:number|no\.?|ID))?|tax ID)\b\s*(?:[:#.-]|es|is|n[º°o]\.?)?\s*[A-Z0-9][A-Z0-9.-]{4,15}[A-Z0-9]\b/i;
/** A company by its legal form: "Acme Consulting SL", "Inversiones Mora SAS", "Smith & Co Ltd". */
const COMPANY =
  /\b(?:(?:\p{Lu}[\p{L}\d&'.-]*|&)\s+){0,4}\p{Lu}[\p{L}\d&'.-]*,?\s+(?:S\.?L\.?U?|S\.?A\.?S?|S\.?R\.?L|S\.?A\.? de C\.?V|S\.?C|Ltda?|LLC|Inc|GmbH|SpA|SAC|EIRL|plc)\.?(?![\p{L}])/u;

/**
 * The billing details a message gives, as written: a company by its legal form and a tax ID ("es para
 * Acme Consulting SL, CIF B12345678"); null when it gives neither.
 */
export function billingDetailsIn(text: string): string | null {
  const parts = [COMPANY.exec(text)?.[0], TAX_ID.exec(text)?.[0]]
    .filter((part): part is string => part !== undefined)
    .map((part) => part.trim().replace(/,$/, ''));
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Billing details given (Spanish QA 29, H1 and H5: a company's name replaced the guest's on the
 * booking, and details given once booked were lost): passed to the staff with the booking they go
 * with (the latest made, else the one being made), and said so. False, with nothing said, when the
 * message gives none.
 */
export function noteBillingDetails(turn: Turn): boolean {
  const details = billingDetailsIn(turn.message.text ?? '');
  if (!details) return false;
  const reference = knownReferences(turn.state).at(-1) ?? 'none';
  turn.staffNotices.push(
    turn.staffText('billing.staff_notice', {
      text: (turn.message.text ?? '').slice(0, MAX_QUOTE),
      guest: guestForStaff(turn.message),
      channel: channelForStaff(turn.message.channel),
      reference,
      booking: reference === 'none' ? bookingInProgress(turn) : 'none',
    }),
  );
  turn.say('billing.noted', { details, reference });
  return true;
}
