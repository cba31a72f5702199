const COMBINING_MARKS = /\p{M}/gu;

/** The last text folded and its result. */
let lastText = '';
let lastFolded = '';

/**
 * Lower-cases and strips accents one UTF-16 unit at a time, so every index in the result is the index
 * of the same character in the input: matches found in the folded text slice the original directly.
 */
export function foldText(text: string): string {
  // A guest's message is folded by several readers in turn (the router's, a handler's): once will do.
  if (text === lastText) return lastFolded;
  let folded = '';
  for (const unit of text.split('')) {
    folded += foldUnit(unit);
  }
  lastText = text;
  lastFolded = folded;
  return folded;
}

function foldUnit(unit: string): string {
  if (unit === '\u2019' || unit === '\u00b4') return "'";
  if (unit === '\u2013' || unit === '\u2014') return '-';
  const lower = unit.toLowerCase();
  const stripped = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  if (stripped.length === 1) return stripped;
  return lower.length === 1 ? lower : unit;
}
