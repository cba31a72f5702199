import { foldText } from '../../common/fold-text';

/** Words and marks between the days of a stay: "del 11 al 13", "from the 21st to the 23rd", "6-9". */
export const LINKING_WORDS =
  /\b(?:el|la|los|las|del|de|al|a|hasta|y|por|noches?|from|to|until|till|thru|through|on|the|and|nights?)\b|[\s,.\-–]/g;
/** Day numbers, as guests write them: "11", "21st", "3º". */
const DAY_NUMBERS = /\b\d{1,2}(?:st|nd|rd|th|º|o)?\b/g;
const AROUND_DAYS = /\b(?:desde|entre|dias?|between|since|days?)\b/g;

/** "Del 11 al 13", "the 21st to the 23rd": day numbers and nothing to tell their month. */
export function namesDaysOnly(text: string): boolean {
  const folded = foldText(text);
  const rest = folded.replace(DAY_NUMBERS, '').replace(AROUND_DAYS, '').replace(LINKING_WORDS, '');
  return /\d/.test(folded) && rest === '';
}
