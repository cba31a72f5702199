/** Weekday and month names as regex sources, shared by the date parsers and refiners. */

// Abbreviated too ("del vie 11 al dom 13"), except "mar", which is as often the sea as Tuesday.
export const SPANISH_WEEKDAY =
  '(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lun\\.?|mi[eé]\\.?|jue\\.?|vie\\.?|s[aá]b\\.?|dom\\.?)';

export const ENGLISH_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const ENGLISH_WEEKDAY =
  '(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?\\.?,?';

export const SPANISH_MONTHS =
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');
export const ENGLISH_MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
export const ENGLISH_MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');
/** Weekdays by the first three letters of their Spanish names, Sunday first (as `Date.getDay`). */
export const SPANISH_WEEKDAY_PREFIXES3 = ['dom', 'lun', 'mar', 'mie', 'jue', 'vie', 'sab'];
export const SPANISH_MONTH = `(?:${SPANISH_MONTHS.join('|')}|setiembre)`;
export const ENGLISH_MONTH = `(?:${ENGLISH_MONTHS.join('|')})[a-z]*\\.?`;

export const SPANISH_MONTH_OR_ABBREVIATION =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|diciembre|' +
  'ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\\.?';
/** A month or a year written in a date's words ("de enero", "Jan", "3/11", "2027"), folded text. */
export const MONTH_OR_YEAR_SAID = new RegExp(
  `\\b(?:${SPANISH_MONTH_OR_ABBREVIATION}|${ENGLISH_MONTH})|\\d[/.-]\\d|\\b\\d{4}\\b`,
);

export const SPANISH_MONTH_PREFIXES = 'ene feb mar abr may jun jul ago sep oct nov dic'.split(' ');

export function monthIndex(name: string | undefined, months: readonly string[]): number | null {
  if (!name) return null;
  const folded = name.toLowerCase().replace(/\.$/, '');
  const index = months.findIndex((month) => folded.startsWith(month));
  if (index >= 0) return index + 1;
  return folded === 'setiembre' ? 9 : null;
}

/** A weekday said alone, maybe with its article: "friday", "el viernes", "this Sunday", "next sat". */
export const WEEKDAY_ALONE = new RegExp(
  `^(?:(?:on|the|el|this|este|next)\\s+)*(?:${ENGLISH_WEEKDAY}|${SPANISH_WEEKDAY})$`,
  'i',
);
