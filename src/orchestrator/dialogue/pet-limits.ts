import { foldText } from '../../common/fold-text';
import type { PetKind } from '../../tenants/tenant';
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

// Folded words, Spanish and English. Not "can" (English's verb) nor "ave" (an avenue).
const KIND_WORDS: Record<PetKind, RegExp> = {
  dog: /\b(?:perr[oa]s?|perrit[oa]s?|cachorr[oa]s?|dogs?|doggy|pupp(?:y|ies)|pups?|labrador\w*|pastor aleman|golden|bulldog|beagle|caniche|poodle|chihuahua|yorkshire|husky|teckel|salchicha|dachshund|pug|carlino|boxer|rottweiler|border collie|schnauzer|bichon|maltes|pomerania|spaniel|terrier)\b/,
  cat: /\b(?:gat[oa]s?|gatit[oa]s?|michis?|cats?|kitt(?:y|ies|ens?))\b/,
  bird: /\b(?:pajar(?:o|os|ito|itos)|loros?|periquitos?|canarios?|birds?|parrots?|budgies?|canar(?:y|ies))\b/,
  rabbit: /\b(?:conej(?:o|os|ito|itos|a|as)|rabbits?|bunn(?:y|ies))\b/,
  rodent: /\b(?:hamsters?|cobayas?|cuyos?|chinchillas?|raton(?:es)?|guinea\s+pigs?|mice|mouse|rats?)\b/,
  ferret: /\b(?:hurones?|huron|ferrets?)\b/,
  reptile:
    /\b(?:tortugas?|iguanas?|serpientes?|culebras?|lagartos?|turtles?|tortoises?|snakes?|lizards?|geckos?)\b/,
};

/** A weight said of a pet the conversation has told about already ("¿y si es de 12 kilos?"). */
export function reweighsThePet(text: string, slots: Record<string, unknown>): boolean {
  const known = typeof slots.petWeightKg === 'number' || Array.isArray(slots.petKinds);
  return known && statedWeightKg(text) !== null;
}

/** The animals a message names ("¿puedo ir con mi gato?" → cat). */
export function statedPetKinds(text: string): PetKind[] {
  const folded = foldText(text);
  return (Object.keys(KIND_WORDS) as PetKind[]).filter((kind) => KIND_WORDS[kind].test(folded));
}

/** Why the guest's pet cannot come, if it cannot. */
export type PetRefusal =
  { reason: 'weight'; maxKg: number } | { reason: 'kind'; kind: PetKind; taken: readonly PetKind[] };

/**
 * Whether the guest's pet is over the hotel's weight limit or an animal the hotel does not take: by
 * what this message states, or what was stated earlier in the conversation ("tengo un bulldog de 12
 * kilos", then "lo traigo igual"; "viajo con mi gato", then "somos 2 y la mascota").
 */
export function petRefusal(turn: Turn): PetRefusal | null {
  const pets = turn.tenant.info.pets;
  if (!pets) return null;
  const slots = turn.state.dialogue.slots;
  const text = turn.message.text ?? '';
  const stated = statedWeightKg(text);
  if (stated !== null) slots.petWeightKg = stated;
  const named = statedPetKinds(text);
  if (named.length > 0) slots.petKinds = named;
  const kinds = Array.isArray(slots.petKinds) ? (slots.petKinds as PetKind[]) : [];
  const refused = pets.kinds && kinds.find((kind) => !pets.kinds?.includes(kind));
  if (refused && pets.kinds) return { reason: 'kind', kind: refused, taken: pets.kinds };
  const weight = stated ?? (typeof slots.petWeightKg === 'number' ? slots.petWeightKg : null);
  const limit = pets.maxWeightKg;
  return limit !== undefined && weight !== null && weight > limit ? { reason: 'weight', maxKg: limit } : null;
}
