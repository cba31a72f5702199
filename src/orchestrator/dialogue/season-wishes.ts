import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';

/** "¡Feliz Navidad!", "feliz año nuevo a todo el equipo", "merry xmas", "happy new year guys". */
const WISHES =
  /^\W*(?:(?:hola|hi|hello|hey|buenas)\W+)?(?:(?:muy|very|a)\s+)?(?:feliz(?:es)?|prospero|merry|happy)\s+(?:navidad(?:es)?|ano nuevo|ano|fiestas|pascuas?|christmas|xmas|new year|holidays|easter)\b/;
/** Words of a stay beside the wishes ("feliz navidad, ¿tenéis habitación para el 24?"): a request. */
const ASKS =
  /[?¿]|\b(?:habitacion\w*|hab|cuarto|room|reserv\w*|book\w*|disponib\w*|availab\w*|libre|precio|price)\b/;

/** Season's greetings and nothing asked: thanked in kind, never a stay for the holiday they name. */
export function wishesTheSeason(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  const stay = nlu.entities.some((entity) => entity.type === 'guests' || entity.type === 'room_type');
  return WISHES.test(folded) && !ASKS.test(folded) && !stay;
}
