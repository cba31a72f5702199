import { amenityQuestionOpener, asksWhetherHotelHas } from '../../nlp/amenity-question';
import { normaliseUtterance } from '../../nlp/utterance';
import type { Turn } from './turn';

/** Where one question of a message ends and the next begins: "…check-out time and is there a fridge…". */
const CLAUSE_BREAK = /(\s*(?:[?¿,;.]|\b(?:and|also|plus|y|tambien|ademas)\b)\s*)/;

/** "¿Tenéis habitación…?", "do you have a room…": rooms, which the booking flow answers, not the hotel's data. */
const ROOMS =
  /^\W*(?:(?:y|and)\s+)?(?:tienen|tiene|teneis|tenes|hay|cuentan con|ofrecen|disponen de|do you have|is there|are there|have you got|do you offer)\s+(?:(?:una?|a|an|any|alguna?|some)\s+)?(?:habitacion\w*|hab|cuartos?|rooms?|dobles?|suites?|individual\w*|doubles?|singles?|disponibilidad|availability|sitio|plazas?)\b/;

/** A thing named with its article, after "and": "…wifi and a desk in the room?". */
const A_THING = /^(?:a|an|any|some|un|una|unos|unas|algun|alguna|algunos|algunas)\b/;

/**
 * "What's the check-out time and is there a fridge in the room?": a "is there…?" of its own in a
 * message whose other questions were answered, about something no topic of the hotel's data names;
 * so is a thing the same "is there" goes on to ("is there wifi and a desk in the room?", QA 29, M12).
 * True when there is one, so the answer says it does not know, rather than leaving it unanswered.
 */
export function asksSomethingUnanswered(turn: Turn, namesAnAmenity: (clause: string) => boolean): boolean {
  const named = turn.entities('info_topic').map((entity) => normaliseUtterance(entity.text, turn.language));
  const parts = normaliseUtterance(turn.message.text ?? '', turn.language).split(CLAUSE_BREAK);
  let opener: string | null = null;
  return parts.some((part, at) => {
    // Split with its separators: the clauses at even places, what parts them between.
    if (at % 2 === 1) {
      if (/[?¿;.]/.test(part)) opener = null;
      return false;
    }
    const own = amenityQuestionOpener(part, turn.language);
    const clause = !own && opener && A_THING.test(part) ? `${opener} ${part}` : part;
    opener = own ?? opener;
    return (
      asksWhetherHotelHas(clause, turn.language) &&
      !ROOMS.test(clause) &&
      !namesAnAmenity(clause) &&
      !named.some((words) => words && clause.includes(words))
    );
  });
}
