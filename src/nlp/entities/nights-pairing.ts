// Which stated count of nights starts from which day of the message.

import { foldText } from '../../common/fold-text';
import type { DateMention } from './date-mention';
import type { NightsMention } from './nights';
import type { Span } from './text';

function distance(a: Span, b: Span): number {
  return Math.max(a.start - b.end, b.start - a.end, 0);
}

/** "Leave on the 15th", "salimos el 15", "hasta el 15": a departure, which no count of nights starts from. */
const DEPARTURE_BEFORE =
  /\b(?:leave|leaving|check(?:ing)?[ -]?out|depart\w*|salir|salimos|salgo|salida|nos vamos|me voy|hasta|until|till)\s+(?:(?:on|el|the|del|day)\s+)*$/i;
/** "One more night", "2 extra nights" (inside the count), "una noche más" (after it): nights added to a stay. */
const ADDED_INSIDE = /\b(?:more|extra|additional)\b/;
const ADDED_AFTER = /^\s*(?:mas|more|extra|adicional(?:es)?)\b(?!\s+o\s+menos|\s+or\s+less)/;

/** Gives each stated number of nights the nearest day that has no end yet: "llego el 12, 3 noches". */
export function pairNights(
  text: string,
  dates: DateMention[],
  nights: NightsMention[],
): Map<NightsMention, DateMention> {
  const pairs = new Map<NightsMention, DateMention>();
  const open = new Set(
    dates.filter(
      (mention) =>
        (!mention.checkOut || mention.isTonight) && !DEPARTURE_BEFORE.test(text.slice(0, mention.start)),
    ),
  );
  const added = (stated: NightsMention) =>
    ADDED_INSIDE.test(foldText(text.slice(stated.start, stated.end))) ||
    ADDED_AFTER.test(foldText(text.slice(stated.end, stated.end + 16)));
  for (const stated of nights.filter((mention) => !added(mention))) {
    const nearest = [...open].sort((a, b) => distance(a, stated) - distance(b, stated))[0];
    if (!nearest) break;
    pairs.set(stated, nearest);
    open.delete(nearest);
  }
  return pairs;
}
