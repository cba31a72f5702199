import { foldText } from '../../common/fold-text';

const RELATIVES_ES =
  'padres|madre|padre|mama|papa|hermanos?|hermanas?|hijos?|hijas?|amigos?|amigas?|suegros?|suegra|abuelos?|abuelas?|tios?|tias?|primos?|primas?|jefe|jefa|companeros?|companeras?|compis?|novio|novia|pareja|mujer|marido|esposo|esposa|cunados?|cunadas?|vecinos?|vecinas?|cliente|clientes';
const RELATIVES_EN =
  'parents|mom|mum|dad|mother|father|brother|sister|brothers|sisters|son|daughter|kids|friends?|boss|colleagues?|coworkers?|in-laws|grandparents|grandma|grandpa|aunt|uncle|cousins?|wife|husband|partner|girlfriend|boyfriend|client|clients|neighbou?rs?';

/**
 * "Cancela la de mis padres", "la reserva de mi hermano", "cancel my parents' booking", "the one for
 * my sister": a booking said to be someone else's (by who they are, not by the name on it).
 */
const SOMEONE_ELSES = new RegExp(
  String.raw`\b(?:la|el|reserva|habitacion|cuarto)\s+(?:de|para)\s+(?:mis?|nuestr[oa]s?|su|sus)\s+(?:${RELATIVES_ES})\b` +
    String.raw`|\b(?:my|our)\s+(?:${RELATIVES_EN})(?:'s|'|s')?\s+(?:booking|reservation|room|one)\b` +
    String.raw`|\b(?:booking|reservation|room|one)\s+(?:for|of)\s+(?:my|our)\s+(?:${RELATIVES_EN})\b`,
);

export function namesSomeoneElsesBooking(text: string): boolean {
  return SOMEONE_ELSES.test(foldText(text));
}
