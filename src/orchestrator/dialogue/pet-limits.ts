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

/** "Dos perros", "3 gatos", "two small dogs", "un par de perritos": more than one pet, by number. */
const COUNT =
  /\b(\d|dos|tres|cuatro|cinco|two|three|four|five|un par de|a couple of)\s+(?:(?:small|little|tiny|big|large)\s+)?(?:perr\w*|gat[oa]s|gatit\w*|mascotas|cachorr\w*|dogs|cats|pets|puppies)\b/;
const COUNT_WORDS: Record<string, number> = {
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  'un par de': 2,
  'a couple of': 2,
};

/** How many pets a message says come ("¿y dos perros pequeños?" → 2), when it says a number. */
export function statedPetCount(text: string): number | null {
  const said = COUNT.exec(foldText(text))?.[1];
  if (said === undefined) return null;
  return /^\d$/.test(said) ? Number(said) : (COUNT_WORDS[said] ?? null);
}

/** "Perros pequeños", "a small dog": said to be small, whatever weight was told before. */
const SMALL = /\b(?:pequen\w*|chiquit\w*|small|smaller|tiny)\b/;
/** A price asked: "¿cuánto cuesta el perro?", "is there a pet fee?". */
const PRICE =
  /\b(?:cuanto|cuesta|cuestan|precio|coste|costo|suplemento|tarifa|how much|price|cost|costs|fee|charge)\b/;

/** Whether the message asks what the pet costs. */
export function asksPetPrice(text: string): boolean {
  return PRICE.test(foldText(text));
}

/** Why the guest's pet cannot come, if it cannot. `toldBefore`: by a weight an earlier message told. */
export type PetRefusal =
  | { reason: 'weight'; maxKg: number; toldBefore: boolean }
  | { reason: 'kind'; kind: PetKind; taken: readonly PetKind[] };

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
  // "¿Y dos perros pequeños?" after a 12 kg one: other pets, whose weight is not the one told.
  else if (SMALL.test(foldText(text))) delete slots.petWeightKg;
  const named = statedPetKinds(text);
  if (named.length > 0) slots.petKinds = named;
  const kinds = Array.isArray(slots.petKinds) ? (slots.petKinds as PetKind[]) : [];
  const refused = pets.kinds && kinds.find((kind) => !pets.kinds?.includes(kind));
  if (refused && pets.kinds) return { reason: 'kind', kind: refused, taken: pets.kinds };
  const weight = stated ?? (typeof slots.petWeightKg === 'number' ? slots.petWeightKg : null);
  const limit = pets.maxWeightKg;
  if (limit === undefined || weight === null || weight <= limit) return null;
  return { reason: 'weight', maxKg: limit, toldBefore: stated === null };
}

/** Breeds that weigh 20 kg or more grown: a hotel taking smaller pets should say so of them. */
const LARGE_BREED =
  /\b(labrador|golden(?: retriever)?|pastor aleman|german shepherd|husky|malamute|boxer|rottweiler|doberman|dobermann|gran danes|great dane|mastin|mastiff|san bernardo|st\.? bernard|saint bernard|dogo|akita|setter|weimaraner|galgo|greyhound|border collie|bernes|bernese|boyero de berna|terranova|newfoundland|pitbull|pit bull)\b/;
/** A weight limit under this, and a large breed is likely over it. */
const LARGE_BREED_KG = 20;

/**
 * "Can I bring my dog, he's a labrador": the breed as written, when it is one that usually weighs more
 * than the hotel's limit and no weight is stated; else null.
 */
export function largeBreedOverLimit(text: string, maxWeightKg: number | undefined): string | null {
  if (maxWeightKg === undefined || maxWeightKg >= LARGE_BREED_KG || statedWeightKg(text) !== null)
    return null;
  const match = LARGE_BREED.exec(foldText(text));
  // foldText keeps the length of the text it folds: the breed as the guest wrote it.
  return match ? text.slice(match.index, match.index + match[0].length) : null;
}
