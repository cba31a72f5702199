import { Injectable } from '@nestjs/common';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../nlp/nlp.types';
import en from './templates/en.json';
import es from './templates/es.json';

export type PhraseKey = keyof typeof es;
export type PhraseValues = Record<string, string | number | boolean>;

const TEMPLATES: Record<Language, Record<PhraseKey, string>> = { es, en };

/**
 * The bot's words, per language, from the template files in ./templates (ICU message syntax: plural
 * and select), with the hotel's data filled in. Money and dates are formatted for the language.
 */
@Injectable()
export class Phrasebook {
  private readonly compiled = new Map<string, IntlMessageFormat>();

  text(language: Language, key: PhraseKey, values: PhraseValues = {}): string {
    const id = `${language}:${key}`;
    let format = this.compiled.get(id);
    if (!format) this.compiled.set(id, (format = new IntlMessageFormat(TEMPLATES[language][key], language)));
    return String(format.format(values));
  }

  has(language: Language, key: string): key is PhraseKey {
    return Object.prototype.hasOwnProperty.call(TEMPLATES[language], key);
  }

  money(language: Language, amount: number, currency: string): string {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      maximumFractionDigits: amount % 1 === 0 ? 0 : 2,
    }).format(amount);
  }

  /** A `YYYY-MM-DD` calendar date, e.g. "vie 12 dic" / "Fri, Dec 12". */
  date(language: Language, isoDate: string): string {
    return new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${isoDate}T00:00:00Z`));
  }

  list(language: Language, items: string[]): string {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  }
}
