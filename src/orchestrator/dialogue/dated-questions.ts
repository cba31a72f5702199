import { foldText } from '../../common/fold-text';
import { NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';

/** Words of a stay or its days: a day said with them may change the booking's days. */
const STAY_CUES =
  /\b(?:lleg\w*|salida|salimos|salgo|entrada|entramos|desde|hasta|noches?|cambi\w*|mejor|y si|y para|otra fecha|mov\w*|arriv\w*|leav\w*|check ?in|check ?out|from|until|till|instead|what about|how about|stay\w*|qued\w*|reserv\w*|book\w*|habitacion\w*|cuartos?|rooms?|libres?|free|available|disponib\w*|sitio|hueco|plaza|lugar|vacantes?|tienen|teneis|tienes|precio|cuesta|cuanto|price|cost)\b|^\W*(?:y|and|what about|how about)\b/;

/** Words of a price: with a day of the stay ("¿en Nochevieja sube el precio?") they ask about that day. */
const PRICE_WORDS = /\b(?:precio|cuesta|cuanto|price|cost)\b/g;

/** Readings that a day would make a stay; without the day they say nothing. */
const STAY_INTENTS: ReadonlySet<string> = new Set(['check_availability', 'make_reservation']);

/**
 * "¿La recepción está abierta el 24 de diciembre?" while a stay is being booked: a question about
 * something on that day, never new days for the stay (which are known already).
 */
export function asksAboutSomethingOnADay(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const { checkIn, checkOut } = state.dialogue.slots;
  const days = nlu.entities.filter((entity) => ['date', 'date_range', 'nights'].includes(entity.type));
  return (
    typeof checkIn === 'string' &&
    typeof checkOut === 'string' &&
    /\?/.test(text) &&
    days.length === 1 &&
    days[0].type === 'date' &&
    !nlu.entities.some((entity) => ['guests', 'rooms', 'room_type'].includes(entity.type)) &&
    // "¿En Nochevieja sube el precio?" of a stay over it: a day of the stay, asked about, not moved to.
    !STAY_CUES.test(
      isWithin(days[0].value.date, checkIn, checkOut)
        ? foldText(text).replace(PRICE_WORDS, '')
        : foldText(text),
    )
  );
}

function isWithin(day: string, checkIn: string, checkOut: string): boolean {
  return checkIn <= day && day < checkOut;
}

/** The reading without its day: what is asked about, not when. */
export function withoutTheDay(nlu: ParseResult): ParseResult {
  return {
    ...nlu,
    intent: STAY_INTENTS.has(nlu.intent) ? NO_INTENT : nlu.intent,
    entities: nlu.entities.filter((entity) => entity.type !== 'date'),
  };
}
