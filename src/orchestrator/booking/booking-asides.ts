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
