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

/**
 * Whether the guest's pet is over the hotel's weight limit: by the weight this message states, or one
 * stated earlier in the conversation ("tengo un bulldog de 12 kilos", then "lo traigo igual").
 */
export function petOverWeightLimit(turn: Turn): boolean {
  const slots = turn.state.dialogue.slots;
  const stated = statedWeightKg(turn.message.text ?? '');
  if (stated !== null) slots.petWeightKg = stated;
  const weight = stated ?? (typeof slots.petWeightKg === 'number' ? slots.petWeightKg : null);
  const limit = turn.tenant.info.pets?.maxWeightKg;
  return limit !== undefined && weight !== null && weight > limit;
}
