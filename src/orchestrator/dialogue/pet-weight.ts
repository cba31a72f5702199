import { foldText } from '../../common/fold-text';
import type { Turn } from './turn';

const POUNDS_PER_KG = 2.20462;
const WEIGHT = /\b(\d{1,3}(?:[.,]\d)?)\s*(kg|kgs|kilos?|kilogramos?|kilograms?|lbs?|libras?|pounds?)\b/;

/** The pet's weight in kg a message states ("un perro de 40 kilos", "my dog weighs 30 lbs"), if any. */
export function statedWeightKg(text: string): number | null {
  const match = WEIGHT.exec(foldText(text));
  if (!match) return null;
  const amount = Number(match[1].replace(',', '.'));
  return /^(?:lb|libra|pound)/.test(match[2]) ? amount / POUNDS_PER_KG : amount;
}

/** The weight the guest gave for their pet when it is over the hotel's limit, rounded; else null. */
export function petOverWeightLimit(turn: Turn): number | null {
  const limit = turn.tenant.info.pets?.maxWeightKg;
  const weight = statedWeightKg(turn.message.text ?? '');
  return limit !== undefined && weight !== null && weight > limit ? Math.round(weight) : null;
}
