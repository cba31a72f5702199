import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';

import { ROOM_ASKED } from './weather-question';

/** "¡Feliz Navidad!", "feliz año nuevo a todo el equipo", "merry xmas", "happy new year guys". */
const WISHES =
  /^\W*(?:(?:hola|hi|hello|hey|buenas)\W+)?(?:(?:muy|very|a)\s+)?(?:feliz(?:es)?|prospero|merry|happy)\s+(?:navidad(?:es)?|ano nuevo|ano|fiestas|pascuas?|christmas|xmas|new year|holidays|easter)\b/;
/** Season's greetings and nothing asked (no question, no room nor booking words, no days of a stay): thanked in kind, never a stay for the holiday they name. */
export function wishesTheSeason(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  // "¡Feliz Navidad! Queremos venir del 27 al 29": days other than the holiday wished are a stay.
  const stay = nlu.entities.some(
    (entity) =>
      STAY_DETAILS.has(entity.type) ||
      (entity.type === 'date' && !HOLIDAY_WISHED.test(foldText(entity.text))),
  );
  return WISHES.test(folded) && !/[?¿]/.test(text) && !ROOM_ASKED.test(folded) && !stay;
}

const STAY_DETAILS: ReadonlySet<string> = new Set(['guests', 'room_type', 'date_range', 'nights', 'rooms']);
const HOLIDAY_WISHED = /\b(?:navidad\w*|ano nuevo|christmas|xmas|new year|pascuas?|easter|reyes)\b/;
