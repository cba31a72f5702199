import { foldText } from '../../common/fold-text';

/**
 * "Total for everything?", "and the total of it all?", "¿total de todo?": a total asked with the word
 * first and what it covers after. Heard as a thanks ("...for everything"), yet no thanks starts so.
 */
const TOTAL_OF =
  /^\W*(?:(?:y|and|so|ok|vale|entonces)\W+)?(?:(?:el|the|grand)\s+)?total\s+(?:for|of|de|del|para|con|with)\b/;

/** `folded`: the message lower-cased, without accents. */
export function asksTotalOfEverything(folded: string): boolean {
  return TOTAL_OF.test(folded);
}

/**
 * "Total for everything?" heard as a thanks or a goodbye while a stay is being booked (rooms listed,
 * an offer or a summary pending, or its details still asked): a total asked, not a thanks.
 */
export function asksTotalWhileBooking(text: string, intent: string, flow: string | null): boolean {
  return (
    (flow === 'make_reservation' || flow === 'check_availability') &&
    (intent === 'thanks' || intent === 'goodbye') &&
    asksTotalOfEverything(foldText(text))
  );
}
