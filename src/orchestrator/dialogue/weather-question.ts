import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';

// The weather, which the bot does not know: asked alone, it says so; beside a stay, the stay is the request.

/** "¿Qué tiempo hará el finde?", "will it rain on Saturday?": the weather, which the bot does not know. */
const WEATHER =
  /\b(?:que tiempo (?:hara|va a hacer|hace)|el tiempo|clima|pronostico|prevision del tiempo|llover|llovera|(?<!ducha (?:de |efecto )?)lluvia|nevar|nevara|(?:hace|hara|va a hacer) (?:mucho )?(?:frio|calor)|temperaturas?|weather|forecast|rain(?!\s*showers?)|snow|(?:is it|will it be|is it going to be) (?:cold|hot|warm|sunny))\b/;

export function asksAboutWeather(text: string): boolean {
  return WEATHER.test(foldText(text));
}

/** Words of a room or a booking asked for beside the weather ("¿tenéis doble para el finde? ¿y qué tiempo hará?"). */
export const ROOM_ASKED =
  /\b(?:habitacion\w*|hab|cuartos?|rooms?|reserv\w*|book\w*|disponib\w*|availab\w*|libres?|free|precios?|prices?|cuesta|cost)\b/;
/** "¿Hace frío por la noche? ¿hay calefacción?", "is the pool water cold?": the hotel's, not the weather. */
const INDOORS =
  /\b(?:calefaccion|aire acondicionado|piscina|agua|habitacion\w*|bano|ducha|heating|heater|air ?con\w*|pool|water|bathrooms?|shower)\b/;
const STAY_ASKED: ReadonlySet<Entity['type']> = new Set([
  'room_type',
  'guests',
  'rooms',
  'info_topic',
  'reference',
]);

/**
 * "What's the weather like next week?", "¿hace frío en diciembre?": the weather and nothing else the
 * bot answers (its days are no stay, nor is a room asked for).
 */
export function asksOnlyAboutWeather(text: string, nlu: ParseResult): boolean {
  return (
    asksAboutWeather(text) &&
    !ROOM_ASKED.test(foldText(text)) &&
    !INDOORS.test(foldText(text)) &&
    !nlu.entities.some((entity) => STAY_ASKED.has(entity.type))
  );
}
