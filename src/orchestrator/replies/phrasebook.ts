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
  private readonly dayFormats = new Map<string, Intl.DateTimeFormat>();
  /** Intl formatters are costly to build: one per language and currency, reused. */
  private readonly moneyFormats = new Map<string, Intl.NumberFormat>();
  private readonly listFormats = new Map<string, Intl.ListFormat>();

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
    const decimals = amount % 1 === 0 ? 0 : 2;
    const id = `${language}:${currency}:${decimals}`;
    let format = this.moneyFormats.get(id);
    if (!format) {
      format = new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        maximumFractionDigits: decimals,
      });
      this.moneyFormats.set(id, format);
    }
    return format.format(amount);
  }

  /** A `YYYY-MM-DD` calendar date, e.g. "vie 12 dic" / "Fri, Dec 12" (with the year: "Sat, Nov 20, 2027"). */
  date(language: Language, isoDate: string, withYear = false): string {
    const text = this.dayFormat(language, withYear).format(new Date(`${isoDate}T00:00:00Z`));
    // Spanish writes the short weekday without the comma Intl puts after it.
    return language === 'es' ? text.replace(',', '') : text;
  }

  /** A month's name (1–12): "diciembre" / "December". */
  month(language: Language, month: number): string {
    const date = new Date(Date.UTC(2000, month - 1, 1));
    return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(date);
  }

  /** "a, b y c" / "a, b and c"; with `disjunction`, "a, b o c" / "a, b, or c". */
  list(language: Language, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    const id = `${language}:${type}`;
    let format = this.listFormats.get(id);
    if (!format) this.listFormats.set(id, (format = new Intl.ListFormat(language, { style: 'long', type })));
    return format.format(items);
  }

  private dayFormat(language: Language, withYear: boolean): Intl.DateTimeFormat {
    const id = `${language}:${withYear}`;
    let format = this.dayFormats.get(id);
    if (!format) {
      format = new Intl.DateTimeFormat(language, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: withYear ? 'numeric' : undefined,
        timeZone: 'UTC',
      });
      this.dayFormats.set(id, format);
    }
    return format;
  }
}
