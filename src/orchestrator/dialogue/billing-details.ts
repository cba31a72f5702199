import { foldText } from '../../common/fold-text';
import { bookingInProgress } from '../handoff/handoff-context';
import { channelForStaff, guestForStaff } from '../handoff/while-with-staff';
import { isBookingFlow } from './booking-readings';
import { MAX_QUOTE } from './fallback';
import { knownReferences } from './known-bookings';
import type { Turn } from './turn';

/** A tax ID by its name: "CIF B12345678", "NIT 900123456-7", "VAT number GB123456789". */
const TAX_ID =
  /\b(?:CIF|NIF|NIE|NIT|RUC|RFC|CUIT|RUT|VAT(?: (?:number|no\.?|ID))?|tax ID)\b\s*(?:[:#.-]|es|is|n[º°o]\.?)?\s*(?=[A-Z.-]*\d)[A-Z0-9][A-Z0-9.-]{4,15}[A-Z0-9]\b/i;
/** Words of an invoice: a company alone is billing details only beside them (not an e-mail's signature). */
const INVOICE_WORDS = /\b(?:factura\w*|invoic\w*|billing|bill to|fiscal\w*|razon social)\b/;
/** Longer messages carry a tax ID in a signature, not as the details given. */
const MOST_WORDS_FOR_AN_ID_ALONE = 20;
/** A company by its legal form: "Acme Consulting SL", "Inversiones Mora SAS", "Smith & Co Ltd". */
const COMPANY =
  /\b(?:(?:\p{Lu}[\p{L}\d&'.-]*|&)\s+){0,4}\p{Lu}[\p{L}\d&'.-]*,?\s+(?:S\.?L\.?U?|S\.?A\.?S?|S\.?R\.?L|S\.?A\.? de C\.?V|S\.?C|Ltda?|LLC|Inc|GmbH|SpA|SAC|EIRL|plc)\.?(?![\p{L}])/u;

/**
 * The billing details a message gives, as written: a company by its legal form and a tax ID with a
 * digit ("es para Acme Consulting SL, CIF B12345678"), beside words of an invoice or as a short
 * message with a tax ID; null otherwise ("is VAT included?", a company in a signature).
 */
export function billingDetailsIn(text: string): string | null {
  const folded = foldText(text);
  const company = COMPANY.exec(text)?.[0];
  const taxId = TAX_ID.exec(text)?.[0];
  const short = folded.split(/\s+/).length <= MOST_WORDS_FOR_AN_ID_ALONE;
  if (!INVOICE_WORDS.test(folded) && !(taxId && short)) return null;
  const parts = [company, taxId]
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
  // Given while another booking is being made, they go with that one (review 31, 7).
  const underWay = isBookingFlow(turn.state.dialogue.flow);
  const reference = underWay ? 'none' : (knownReferences(turn.state).at(-1) ?? 'none');
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
