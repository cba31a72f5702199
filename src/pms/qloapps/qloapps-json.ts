import { PmsUnavailableError } from '../pms.errors';

// Lenient readers for QloApps JSON: numbers arrive as numeric strings, lists as `[]` or id-keyed objects.

export type JsonObject = Record<string, unknown>;

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number from a number or a numeric string (`"109.000000"`), else undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

/** A positive whole number (ids, counts), else undefined. */
export function readId(value: unknown): number | undefined {
  const n = readNumber(value);
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function readString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** An ISO 4217 code (`EUR`), else undefined. */
export function readCurrency(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : undefined;
}

/** `YYYY-MM-DD` from `2026-12-12` or `2026-12-12 00:00:00`. */
export function readDate(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DATE.test(value) ? value.slice(0, 10) : undefined;
}

/**
 * The entries of a PHP array: a JSON list, or an object keyed by id when PHP kept the keys. Missing
 * means empty; anything else is not a list.
 */
export function readEntries(value: unknown): unknown[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value as unknown[];
  if (isObject(value)) return Object.values(value);
  return undefined;
}

/** Money rounded to cents: QloApps adds tax in floating point (`119.90000000000001`). */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

export function garbage(what: string): PmsUnavailableError {
  return new PmsUnavailableError(`QloApps answered ${what} in a shape we cannot read.`);
}
