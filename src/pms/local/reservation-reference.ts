import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a guest reads the code aloud or types it from a screenshot. */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERENCE_LENGTH = 6;

/** A random booking reference such as `K7QX2M` (31^6 ≈ 887 million codes). */
export function newReference(): string {
  let reference = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++)
    reference += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}

/** Guests type references in any case and with stray spaces or dashes. */
export function normaliseReference(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
