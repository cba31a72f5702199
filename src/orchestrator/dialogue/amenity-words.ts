import { foldText } from '../../common/fold-text';

/**
 * "Llevarnos al aeropuerto", "recogernos en el aeropuerto", "pick us up at the airport": a ride the
 * hotel's shuttle makes, though the guest does not name it.
 */
const AIRPORT_RIDE =
  /\b(?:llev\w*|recog\w*|recoj\w*|ir|transporte|take|drive|pick(?:\s+\w+)?\s+up|pickup|ride|lift)\b(?:\s+\S+){0,3}?\s+(?:al|del|en el|desde el|to the|from the|at the)\s+(?:aeropuerto|airport)\b|\bairport\s+(?:pick\s*-?\s*ups?|drop\s*-?\s*offs?|rides?|runs?)\b/;

/** Words that name a part of an amenity code ("rooftop-pool", "24h-reception"), in both languages (folded). */
export const AMENITY_WORDS: Readonly<Record<string, RegExp>> = {
  pool: /\b(?:piscinas?|pileta|alberca|pool|swimming)\b/,
  gym: /\b(?:gimnasio|gym|gim|fitness)\b/,
  spa: /\b(?:spa|masajes?|massages?)\b/,
  reception: /\b(?:recepcion|reception|front desk)\b/,
  shuttle: new RegExp(`\\b(?:traslados?|transfer|shuttle)\\b|${AIRPORT_RIDE.source}`),
  restaurant: /\b(?:restaurante|restaurant)\b/,
  bar: /\bbar\b/,
  laundry:
    /\b(?:lavanderia|laundry|lavar (?:la |nuestra |mi )?ropa|lavado de ropa|wash(?:ing)? (?:my |our |the )?clothes)\b/,
};

/**
 * The services the text names ("el spa cuanto es?", "¿lavandería? ¿precio?") that none of the hotel's
 * amenity codes is: by the words above, so only services the data could list.
 */
export function unlistedServicesNamed(text: string, amenityCodes: readonly string[]): string[] {
  const folded = foldText(text);
  const parts = new Set(amenityCodes.flatMap((code) => code.split('-')));
  return Object.entries(AMENITY_WORDS)
    .filter(([part, words]) => !parts.has(part) && words.test(folded))
    .map(([part]) => part);
}
