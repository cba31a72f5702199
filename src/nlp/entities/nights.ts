import { COUNT_OR_ARTICLE_PATTERN, parseCount } from './numbers';
import { foldText } from '../../common/fold-text';
import { type Span } from './text';

/** A stated length of stay: "3 noches", "tres noches", "two nights", "una semana" (7), "quince días" (14), "un mes". */
export interface NightsMention extends Span {
  nights: number;
  /** "Un mes", "for a month": a calendar month from the arrival (30 nights without one). */
  months?: number;
  /** "Por 3 días": a stay's length only beside its day (extractDates drops it alone). */
  days?: boolean;
}

/** "3 noches", "two nights", "one more night", "2 extra nights": a count, then perhaps "more", then the unit. */
const NIGHTS = new RegExp(
  `\\b(${COUNT_OR_ARTICLE_PATTERN})[\\s-]+(?:(?:more|extra|additional)\\s+)?(noches?|nights?|nites?|nts|semanas?|weeks?)\\b`,
  'g',
);
const MAX_NIGHTS = 60;
/** "Dentro de quince días", "hace un mes", "in a month": when, not how long. */
const NOT_AFTER = String.raw`(?<!\b(?:dentro de|en|hace|desde hace|de aqui a|in|within|after|tras|despues de)\s+)`;
/** "Quince días antes", "a month in advance", "a month ago": when, not how long. */
const NOT_BEFORE = String.raw`(?!\s+(?:antes|despues|de antelacion|de anticipacion|in advance|before|beforehand|after|ago|later|from now|de aqui))`;
/** "Un mes", "durante un mes", "for a month", "one month": a stay of a month (not "dentro de un mes", a day). */
const A_MONTH = new RegExp(String.raw`${NOT_AFTER}\b(?:un|1|one|a)\s+(?:mes|month)\b${NOT_BEFORE}`, 'g');
/** "Quince días", "una quincena", "a fortnight": two weeks, as a stay is said. */
const TWO_WEEKS = new RegExp(
  String.raw`${NOT_AFTER}\b(?:(?:quince|15)\s+dias|(?:una|la)\s+quincena|(?:a|one|the)\s+fortnight)\b${NOT_BEFORE}`,
  'g',
);

/** "Por 3 días", "durante 4 días", "for 3 days": a stay of that many nights (chrono reads a day 3 days on). */
const FOR_DAYS = new RegExp(
  String.raw`\b(?:por|durante|for)\s+(${COUNT_OR_ARTICLE_PATTERN})\s+(?:dias|days)\b${NOT_BEFORE}`,
  'g',
);

/**
 * "Can we add another night?", "otra noche más" (QA 28, E2): one night (not "la otra noche", a night
 * gone by); so is "solo esa noche", "just that night" (QA 28, S14: "no tengo ese dato").
 */
const ANOTHER_NIGHT =
  /(?<!\b(?:la|the|esa|that)\s+)\b(?:another|otra)\s+(?:noche|night|nite)\b|\b(?:solo|solamente|just|only)\s+(?:esa|la|that|the|one)\s+(?:noche|night)\b/g;

const NOT_THE_STAYS =
  /\b(?:parking|aparcamiento|garaje|plaza|desayunos?|breakfast|perr\w*|dogs?|mascotas?|pets?|cunas?|cots?|esperando|waiting|waited|llevo|llevamos|hace|ago)\b/;

export function findNights(text: string): NightsMention[] {
  const mentions: NightsMention[] = [];
  for (const match of foldText(text).matchAll(NIGHTS)) {
    const count = parseCount(match[1] ?? '');
    const perUnit = /^(?:semana|week)/.test(match[2] ?? '') ? 7 : 1;
    if (count === null || count < 1) continue;
    const nights = count * perUnit;
    if (nights > MAX_NIGHTS) continue;
    const start = match.index;
    mentions.push({ nights, start, end: start + match[0].length });
  }
  for (const match of foldText(text).matchAll(FOR_DAYS)) {
    const count = parseCount(match[1] ?? '');
    if (count === null || count < 1 || count > MAX_NIGHTS) continue;
    // "El parking solo lo necesito por 2 días", "waiting for 3 days": an extra's days, or time gone by.
    if (NOT_THE_STAYS.test(foldText(text).slice(Math.max(0, match.index - 40), match.index))) continue;
    mentions.push({ nights: count, days: true, start: match.index, end: match.index + match[0].length });
  }
  for (const match of foldText(text).matchAll(ANOTHER_NIGHT)) {
    mentions.push({ nights: 1, start: match.index, end: match.index + match[0].length });
  }
  for (const match of foldText(text).matchAll(A_MONTH)) {
    mentions.push({ nights: 30, months: 1, start: match.index, end: match.index + match[0].length });
  }
  for (const match of foldText(text).matchAll(TWO_WEEKS)) {
    mentions.push({ nights: 14, start: match.index, end: match.index + match[0].length });
  }
  return corrected(
    foldText(text),
    mentions.sort((a, b) => a.start - b.start),
  );
}

/** Words that take back what was said before them: "3 noches, o mejor 4", "3 nights, actually 4 nights". */
const TAKEN_BACK = /\b(?:o mejor|mejor|perdon|bueno no|digo|actually|or rather|i mean|sorry|make it)\W*$/;

/**
 * The length said last, in place of those before it, when it takes them back (QA 28, S10: 3 were
 * booked). Their words stay found (hidden from chrono, paired with their day), with the new count.
 */
function corrected(folded: string, mentions: NightsMention[]): NightsMention[] {
  const last = mentions.findLast(
    (mention, index) =>
      index > 0 && TAKEN_BACK.test(folded.slice(Math.max(0, mention.start - 20), mention.start)),
  );
  if (!last) return mentions;
  const { nights, months, days } = last;
  return mentions.map((mention) =>
    mention.start < last.start ? { ...mention, nights, months, days } : mention,
  );
}
