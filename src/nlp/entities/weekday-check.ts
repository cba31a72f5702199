import { foldText } from '../../common/fold-text';
import type { Entity, Language } from '../nlp.types';
import { weekdayOfIso } from './calendar';
import type { WeekdayApposition } from './weekday-appositions';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, SPANISH_WEEKDAY_PREFIXES3 } from './month-and-weekday-names';

/** A weekday said with its day's number: "el viernes 12", "Friday the 12th", "Fri, Dec 11". */
const WEEKDAY_AND_DAY: Record<Language, RegExp> = {
  es: /\b(lunes|martes|miercoles|jueves|viernes|sabado|domingo|lun|mie|jue|vie|sab|dom)\.?,?\s+(?:(?:el|dia)\s+)?(\d{1,2})(?![\d.:/,]\d)/g,
  en: new RegExp(
    `\\b(sun|mon|tue|wed|thu|fri|sat)(?:day|nesday|rsday|urday|sday|s|t|rs?)?\\.?,?\\s+(?:the\\s+)?` +
      `(?:(?:${ENGLISH_MONTHS.join('|')})[a-z]*\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.:/]\\d)`,
    'g',
  ),
};

/** The days a date entity stands for, by their number in the month. */
function daysOf(entity: Entity): string[] {
  if (entity.type === 'date') return [entity.value.date];
  if (entity.type === 'date_range') return [entity.value.checkIn, entity.value.checkOut];
  return [];
}

/**
 * "El viernes 12 de diciembre" when the 12th is a Saturday: the day is read by its number, as
 * chrono does, and a `weekday_mismatch` tells the weekday the guest said, so that the reply can point
 * it out rather than book a day the guest may not mean.
 */
export function weekdayMismatches(
  text: string,
  dates: readonly Entity[],
  language: Language,
  appositions: readonly WeekdayApposition[],
): Entity[] {
  const folded = foldText(text);
  const names = language === 'es' ? SPANISH_WEEKDAY_PREFIXES3 : ENGLISH_WEEKDAYS;
  const found: Entity[] = [];
  for (const entity of dates) {
    const days = daysOf(entity);
    const span = folded.slice(entity.start, entity.end);
    for (const match of span.matchAll(WEEKDAY_AND_DAY[language])) {
      const date = days.find((day) => Number(day.slice(8)) === Number(match[2]));
      const said = names.indexOf((match[1] ?? '').slice(0, 3));
      if (!date || said < 0 || weekdayOfIso(date) === said) continue;
      const start = entity.start + (match.index ?? 0);
      const end = start + match[0].length;
      found.push(mismatch(text, date, said, start, end));
    }
  }
  return [...found, ...appositionMismatches(text, dates, appositions)];
}

/** "El 11, o sea el jueves" when the 11th is a Friday; for a range, either end's weekday. */
function appositionMismatches(
  text: string,
  dates: readonly Entity[],
  appositions: readonly WeekdayApposition[],
): Entity[] {
  const found: Entity[] = [];
  for (const said of appositions) {
    const entity = dates.find((date) => date.start <= said.dayAt && said.dayAt < date.end);
    const days = entity ? daysOf(entity) : [];
    const checked: Array<[string | undefined, number]> =
      said.lastWeekday === undefined
        ? [[days.find((day) => Number(day.slice(8)) === said.day), said.weekday]]
        : [
            [days[0], said.weekday],
            [days[1], said.lastWeekday],
          ];
    for (const [date, weekday] of checked) {
      if (date && weekday >= 0 && weekdayOfIso(date) !== weekday)
        found.push(mismatch(text, date, weekday, said.start, said.end));
    }
  }
  return found;
}

function mismatch(text: string, date: string, weekday: number, start: number, end: number): Entity {
  return { type: 'weekday_mismatch', value: { date, weekday }, text: text.slice(start, end), start, end };
}
