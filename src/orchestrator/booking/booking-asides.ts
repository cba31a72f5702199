import { foldText } from '../../common/fold-text';
import type { InfoTopic } from '../../nlp/nlp.types';
import { MONEY_QUESTIONS } from '../dialogue/hotel-question-routes';

/** Hotel facts a booking request may ask about in passing ("also, do you have an airport shuttle?"); check-in and out are the stay's own words. */
export const ASIDE_TOPICS: ReadonlySet<InfoTopic> = new Set([
  'breakfast',
  'parking',
  'pets',
  'wifi',
  'amenities',
  'extra_bed',
  // "…and what is the cancellation policy?" (QA 26, E9: dropped before).
  'cancellation_policy',
  ...MONEY_QUESTIONS,
]);
export const ASIDES_BUT_AMENITIES: ReadonlySet<InfoTopic> = new Set(
  [...ASIDE_TOPICS].filter((topic) => topic !== 'amenities'),
);

const CHILD_WORDS =
  /\b(?:cunas?|ninos?|ninas?|bebes?|menores|cots?|cribs?|child(?:ren)?|kids?|baby|babies)\b/;

/** A question about children or a cot in the message ("¿tenéis cuna?"), not a child counted in the party. */
export function asksAboutChildren(text: string): boolean {
  return foldText(text)
    .split(/(?<=[?.!,;])|(?=¿)/)
    .some((clause) => CHILD_WORDS.test(clause) && /[?¿]/.test(clause));
}

/** "¿A qué hora es el check-in?", "what time is check-out?": the hour asked, not the stay's days. */
const HOUR_OF_CHECK =
  /\b(?:a que hora|what time|hora de|horario de|hasta que hora|desde que hora|when is)\b[^?.!]*\b(?:check.?in|check.?out|entrada|salida)\b|\b(?:check.?in|check.?out)\b[^?.!]*\b(?:a que hora|what time|at what time|hora|time)\b/;

/** Check-in and check-out as asides of a booking request, when their hour is asked. */
export function hoursAsked(text: string): InfoTopic[] {
  return HOUR_OF_CHECK.test(foldText(text)) ? ['check_in', 'check_out'] : [];
}
