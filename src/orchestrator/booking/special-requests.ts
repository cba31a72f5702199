import { foldText } from '../../common/fold-text';
import type { Turn } from '../dialogue/turn';
import { wantsLateCheckOut } from './late-checkout-aside';

// What a guest asks of the room or the stay that no booking can promise (a quiet room, a high floor,
// connecting rooms, a detail for an anniversary): never refused nor promised, but noted for the
// hotel's team, who hear of it with the booking.

/** The requests read from the guest's words (WORDING). */
const WORDED_REQUESTS = [
  'quiet',
  'high_floor',
  'connecting',
  'anniversary',
  'birthday',
  'honeymoon',
  'double_bed',
  'twin_beds',
  'view',
  'early_check_in',
  'medicine_fridge',
] as const;
type WordedRequest = (typeof WORDED_REQUESTS)[number];
/** Those, and a late check-out asked for a booking made ("quiero late checkout para mi reserva", late-checkout-request.ts). */
export const SPECIAL_REQUESTS = [...WORDED_REQUESTS, 'late_checkout'] as const;
export type SpecialRequest = (typeof SPECIAL_REQUESTS)[number];

/** "¿Es tranquila la zona?", "is the hotel quiet?": a question about the place, not a room asked for. */
const ASKS_IF_QUIET =
  /\b(?:es|son|esta|estan|sera|is|are|it'?s)\s+(?:\w+\s+){0,2}(?:tranquil[oa]s?|silencios[oa]s?|quiet|noisy|ruidos[oa]s?)\b/;

const WORDING: Record<WordedRequest, RegExp> = {
  quiet:
    /\b(?:(?:habitacion|cuarto|room)\w*\s+(?:\w+\s+)?(?:tranquil[oa]s?|silencios[oa]s?|sin ruido)|(?:lejos|alejad[oa]) del? (?:ruido|ascensor|calle)|quiet(?:er)? (?:room|one|side)|(?:room|one) (?:that is |that'?s )?(?:quiet|silent)|away from (?:the )?(?:noise|street|lift|elevator))\b/,
  high_floor:
    /\b(?:(?:planta|piso)s? (?:alt[oa]s?|superior(?:es)?|elevad[oa]s?)|ultim[oa] (?:planta|piso)|high(?:er)? floor|top floor|upper floor)\b/,
  connecting:
    /\b(?:(?:habitaciones|cuartos) (?:\w+ )?(?:comunicad[oa]s|conectad[oa]s|contigu[oa]s|pegad[oa]s|juntas|una al lado de (?:la )?otra)|(?:connecting|adjoining|interconnecting|adjacent) rooms?|rooms? (?:next to each other|side by side|that connect|connected))\b/,
  anniversary: /\b(?:aniversario|anniversary)\b/,
  birthday: /\b(?:cumpleanos|birthday|(?:mi|su|tu|el|nuestro) cumple)\b/,
  honeymoon: /\b(?:luna de miel|honeymoon|recien casados|newlyweds?)\b/,
  // QA 29, H11: a bed, a view, an early check-in and a fridge for insulin were asked for and lost.
  double_bed:
    /\b(?:cama (?:de matrimonio|grande|doble)|big bed|double bed|(?:king|queen)(?:[ -]size)? bed|one bed(?: only)?,? not two)\b/,
  twin_beds:
    /\b(?:camas? separadas|dos camas|2 camas|twin beds?|separate beds?|two (?:single |small )?beds?|2 beds?)\b/,
  view: /\b(?:(?:con )?vistas? (?:a|al|a la|hacia|sobre) (?:la |el )?\w+|(?:room )?with a view|view (?:of|on|over|to) the \w+|(?:street|sea|city|garden) view|habitacion exterior)\b/,
  early_check_in:
    /\b(?:early check ?-?in|check ?-?in (?:temprano|early|antes)|entrada (?:anticipada|temprana)|(?:entrar|instalarnos|instalarme) (?:antes|temprano)|early arrival)\b/,
  medicine_fridge:
    /\b(?:fridge|nevera|frigorifico|refrigerador|minibar|mini bar)\b.{0,60}\b(?:insulin\w*|insulina|medic\w*|medicamento\w*)|\b(?:insulin\w*|insulina|medicamento\w*|medication)\b.{0,60}\b(?:fridge|nevera|frigorifico|cold|fri[oa]|fresc[oa]s?)\b/,
};
/** "Big bed, not two small beds", "no queremos dos camas": the beds ruled out are no request. */
const NOT_TWIN =
  /\b(?:not|no|sin|instead of|rather than|en vez de|en lugar de)\s+(?:\w+\s+)?(?:dos|two|2|twin|separate)\b/;

/** The special requests the guest's words name, in a fixed order. */
export function specialRequestsIn(text: string): SpecialRequest[] {
  const folded = foldText(text);
  // "¿Hay ascensor a la planta alta?", "do you have rooms next to each other?": a question about the
  // hotel, unless it asks for it too ("¿nos podéis dar una habitación tranquila?").
  if (asksAboutTheHotel(text, folded) && !ASKS_FOR_IT.test(folded)) return [];
  if (GREETS.test(folded)) return [];
  return WORDED_REQUESTS.filter(
    (request) =>
      WORDING[request].test(folded) &&
      !(request === 'quiet' && ASKS_IF_QUIET.test(folded)) &&
      !(request === 'twin_beds' && NOT_TWIN.test(folded)),
  );
}

/** Questions about the hotel open with these ("¿hay…?", "do you have…?"); "es nuestro aniversario" is none. */
const QUESTION_FIRST = /^\W*(?:hay|tiene|tienen|teneis|tenes|que|cual|cuales|do you|does|what|which)\b/;
/** The words that ask for a thing, not about it. */
const ASKS_FOR_IT =
  /\b(?:quiero|queremos|quisiera|quisieramos|querriamos|podria\w*|podeis|puedes|pueden|puede ser|se puede|si es posible|nos gustaria|me gustaria|prefer\w*|pedimos|pido|por favor|porfa|could|can (?:we|i|you)|we'?d like|i'?d like|would like|please|request\w*|note|anota\w*|apunta\w*|you (?:can|could)|algo especial|detalle|sorpresa|something special|surprise)\b/;
/** "¡Feliz cumpleaños!": a wish, no request. */
const GREETS = /\b(?:feliz|happy) (?:cumple\w*|aniversario|birthday|anniversary)\b/;

function asksAboutTheHotel(text: string, folded: string): boolean {
  return /\?\s*$/.test(text.trim()) || QUESTION_FIRST.test(folded);
}

/** The requests out of the stored dialogue slots (untyped JSON). */
export function readSpecialRequests(value: unknown): SpecialRequest[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const requests = SPECIAL_REQUESTS.filter((request) => value.includes(request));
  return requests.length > 0 ? requests : undefined;
}

/**
 * Adds the requests the message names to those of the booking and returns what the guest hears of
 * the new ones ("No te lo puedo garantizar, pero lo anoto para el equipo: …"); null when none is new.
 */
export function noteSpecialRequests(turn: Turn, booking: { requests?: SpecialRequest[] }): string | null {
  const known = booking.requests ?? [];
  const text = turn.message.text ?? '';
  // "Can you add late checkout on the last day?" while booking: noted as the others are.
  const lateCheckOut =
    turn.tenant.info.lateCheckout && wantsLateCheckOut(text) ? ['late_checkout' as const] : [];
  const added = [...specialRequestsIn(text), ...lateCheckOut].filter((request) => !known.includes(request));
  if (added.length === 0) return null;
  booking.requests = SPECIAL_REQUESTS.filter((request) => known.includes(request) || added.includes(request));
  const named = added.map((request) => turn.text('booking.request', { request }));
  return turn.text('booking.request_noted', { requests: turn.list(named) });
}

/** The requests, as the hotel's staff read them (in their language). */
export function requestsForStaff(turn: Turn, requests: readonly SpecialRequest[]): string {
  return turn.inLanguage(turn.staffLanguage, () =>
    turn.list(requests.map((request) => turn.text('booking.request_staff', { request }))),
  );
}
