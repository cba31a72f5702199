import { foldText } from '../../common/fold-text';
import type { Entity, InfoTopic, ParseResult } from '../../nlp/nlp.types';
import { petRefusal } from '../dialogue/pet-limits';
import { chosenRoomType } from '../dialogue/conversation-state';
import { namesAStay } from '../dialogue/parse-results';
import type { Turn } from '../dialogue/turn';
import { breakfastForSaid, countExtras, type ExtraCounts } from './extra-counts';
import { breakfastSaid, declinesBreakfastFor, type ExtraSaid } from './extras-wording';
import { PARKING, parkingSaid, petSaid } from './pet-parking-wording';

/**
 * What comes along with the room and has no place in the PMS booking: named in the request, shown in
 * the summary with the hotel's price, and told to the hotel's staff once booked.
 */
export interface StayExtras {
  /** A pet comes along (named in the request, at a hotel that takes pets). */
  pet?: boolean;
  /** A parking space is asked for (named in the request, at a hotel that has parking). */
  parking?: boolean;
  /** Breakfast is wanted (asked for, at a hotel whose rate does not include it). */
  breakfast?: boolean;
}

/** The extras a summary states: a change to any of them is a new summary. */
export const EXTRA_FIELDS = ['pet', 'parking', 'breakfast'] as const;

/** The extras out of the stored dialogue slots (untyped JSON). */
export function readStayExtras(slots: Record<string, unknown>): StayExtras {
  return {
    pet: slots.pet === true ? true : undefined,
    parking: slots.parking === true ? true : undefined,
    breakfast: slots.breakfast === true ? true : undefined,
  };
}

/**
 * "Somos 2 y un perro", "con parking": the pet comes along, the car needs a space, where the hotel
 * allows pets or has parking; "sin mascotas" / "al final no traemos al perro" / "sin parking" takes it
 * out; "¿admitís perros?" / "¿hay parking?" only asks (the aside answers it).
 */
export function mergeStayExtras(turn: Turn, extras: StayExtras & ExtraCounts): void {
  mergeSaid(turn, extras, saidIn(turn));
}

function mergeSaid(
  turn: Turn,
  extras: StayExtras & ExtraCounts,
  said: Record<keyof StayExtras, ExtraSaid>,
): void {
  if (said.pet === 'declined') extras.pet = undefined;
  else if (said.pet === 'wanted' && turn.tenant.info.pets?.allowed && !petRefusal(turn)) extras.pet = true;
  // "Ah, he is 30 kg": a pet on the stay that the hotel now refuses comes off it (QA 31, H6: its
  // supplement booked, and the staff told a pet was coming).
  else if (extras.pet && petRefusal(turn)) extras.pet = undefined;
  if (said.parking === 'declined') extras.parking = undefined;
  else if (said.parking === 'wanted' && turn.tenant.info.parking?.available) extras.parking = true;
  if (said.breakfast === 'declined') extras.breakfast = undefined;
  else if (said.breakfast === 'wanted' && sellsBreakfast(turn)) extras.breakfast = true;
  countExtras(extras, foldText(turn.message.text ?? ''));
}

/** Breakfast the guest can add: the hotel serves it, and its rate does not include it. */
export function sellsBreakfast(turn: Turn): boolean {
  const breakfast = turn.tenant.info.breakfast;
  return breakfast !== undefined && !breakfast.included;
}

/**
 * "¿El desayuno está incluido?" asked in a booking, where the hotel sells it and the booking has it
 * not: the answer says how to add it ("dime «con desayuno»…"), so "no está incluido" does not read
 * as a no. The same for a parking space and a pet, each asked about; null when none is.
 */
export function extraHint(turn: Turn, extras: StayExtras, answered: ReadonlySet<InfoTopic>): string | null {
  const said = saidIn(turn);
  const info = turn.tenant.info;
  const offered = [
    { topic: 'breakfast', extra: 'breakfast', sold: sellsBreakfast(turn) },
    { topic: 'parking', extra: 'parking', sold: info.parking?.available === true },
    { topic: 'pets', extra: 'pet', sold: info.pets?.allowed === true && !petRefusal(turn) },
  ] as const;
  const hinted = offered.filter(
    ({ topic, extra, sold }) => sold && answered.has(topic) && said[extra] === undefined && !extras[extra],
  );
  return hinted.length > 0
    ? hinted.map(({ extra }) => turn.text('booking.extra_hint', { extra })).join('\n')
    : null;
}

/** Words that add something to a booking: "¿puedo añadir parking?", "add a parking space". */
/** A space or a meal asked to be kept, as a request: "can you reserve a parking spot?", "¿nos reservas el parking?". */
export const RESERVES_IT =
  /\b(?:(?:can|could|would) you (?:please )?(?:reserve|book|hold|save)|please (?:reserve|book)|(?:me|nos) (?:puedes|podeis|podrias|podriais) (?:reservar|guardar)|(?:me|nos) (?:reservas|reservais|guardas|guardais)|reserv(?:ad|a)(?:me|nos)|guard(?:ad|a)(?:me|nos))\b/;
const ADD = /\b(?:anad\w*|agreg\w*|inclu\w*|sum\w*|add\w*|include\w*)\b/;

/** The extras the message asks to add ("¿puedo añadir parking a la reserva?"), where the hotel has them. */
export function extrasAskedFor(turn: Turn): StayExtras & ExtraCounts {
  const extras: StayExtras & ExtraCounts = {};
  // A booking made: its days named ("¿cuánto cuesta el parking para mi reserva del 12?") price, not add.
  mergeSaid(turn, extras, extrasSaid(turn.message.text ?? '', turn.entities('info_topic'), false));
  const folded = foldText(turn.message.text ?? '');
  if (ADD.test(folded) || RESERVES_IT.test(folded)) {
    const named = new Set(turn.entities('info_topic').map((entity) => entity.value.topic));
    if (named.has('parking') && turn.tenant.info.parking?.available) extras.parking = true;
    if (named.has('pets') && turn.tenant.info.pets?.allowed && !petRefusal(turn)) extras.pet = true;
    if (named.has('breakfast') && sellsBreakfast(turn)) extras.breakfast = true;
    countExtras(extras, folded);
  }
  return extras;
}

/** Words that ask to add, not "is it included?" nor "does my booking include breakfast?": "add", "añadir", "include it". */
const ASKS_TO_ADD =
  /\b(?:anad\w*|agreg\w*|add|adding|incluir\w*|incluye(?:lo|la|nos)|include (?:it|that|them))\b/;

/** Breakfast, a parking space or a pet asked to be added in words: "add breakfast", "con parking". */
export function asksToAddAnExtra(text: string, nlu: ParseResult): boolean {
  const topics = nlu.entities.filter((entity) => entity.type === 'info_topic');
  const said = extrasSaid(text, topics, false);
  if (EXTRA_FIELDS.some((extra) => said[extra] === 'wanted')) return true;
  const folded = foldText(text);
  const extraNamed = topics.some((topic) => ['breakfast', 'parking', 'pets'].includes(topic.value.topic));
  return extraNamed && (ASKS_TO_ADD.test(folded) || RESERVES_IT.test(folded));
}

/** Whether the message asks for or declines a pet or a parking space, rather than only asking about one. */
export function changesStayExtras(text: string, nlu: ParseResult, chosenRoom?: string): boolean {
  const said = extrasSaid(
    text,
    nlu.entities.filter((entity) => entity.type === 'info_topic'),
    namesAStay(nlu.entities, chosenRoom),
  );
  return said.pet !== undefined || said.parking !== undefined || said.breakfast !== undefined;
}

/** A part of the stay ("the first morning", "solo para mí"): a request for the staff (review 28, 9). */
const PART_OF_THE_STAY =
  /\b(?:first|last|one|primer|primera|ultim[oa]|un|una)\s+(?:morning|day|night|manana|dia|noche)\b|\b(?:solo|only|just)\s+(?:para|for)\b/;

/** "Al final no queremos desayuno, quitadlo": the extras declined outright, never in a question. */
export function extrasDeclined(text: string, nlu: ParseResult): Array<keyof StayExtras> {
  const folded = foldText(text);
  if (/[?¿]/.test(folded) || PART_OF_THE_STAY.test(folded)) return [];
  const topics = nlu.entities.filter((entity) => entity.type === 'info_topic');
  const said = extrasSaid(text, topics, false);
  return EXTRA_FIELDS.filter((extra) => said[extra] === 'declined');
}

/** "Con desayuno", "and breakfast please": breakfast asked for, not declined nor only asked about. */
export function asksForBreakfast(text: string, nlu: ParseResult): boolean {
  const topics = nlu.entities.filter((entity) => entity.type === 'info_topic');
  return extrasSaid(text, topics, false).breakfast === 'wanted';
}

/** Breakfast and a parking space the message asks for ("con desayuno"), where the hotel sells them: said as added, not answered as a question. */
export function extrasAddedNow(turn: Turn): Array<'breakfast' | 'parking'> {
  const said = saidIn(turn);
  return [
    ...(said.breakfast === 'wanted' && sellsBreakfast(turn) ? (['breakfast'] as const) : []),
    ...(said.parking === 'wanted' && turn.tenant.info.parking?.available ? (['parking'] as const) : []),
  ];
}

/** The topics of the extras the message declines ("sin parking"): no answer about them is wanted. */
export function declinedExtraTopics(turn: Turn): InfoTopic[] {
  const said = saidIn(turn);
  return [
    ...(said.pet === 'declined' ? (['pets'] as const) : []),
    ...(said.parking === 'declined' ? (['parking'] as const) : []),
    ...(said.breakfast === 'declined' ? (['breakfast'] as const) : []),
  ];
}

function saidIn(turn: Turn): Record<keyof StayExtras, ExtraSaid> {
  const stayNamed = namesAStay(turn.nlu.entities, chosenRoomType(turn.state));
  return extrasSaid(turn.message.text ?? '', turn.entities('info_topic'), stayNamed);
}

/** `stayNamed`: a price asked of a stay with an extra asks for the extra with it (its total is told). */
function extrasSaid(
  text: string,
  topics: ReadonlyArray<Extract<Entity, { type: 'info_topic' }>>,
  stayNamed: boolean,
): Record<keyof StayExtras, ExtraSaid> {
  const named = new Set(topics.map((entity) => entity.value.topic));
  const folded = foldText(text);
  const pet = named.has('pets') ? petSaid(folded, stayNamed) : undefined;
  // "Venimos en coche" names no space: the aside says what the hotel has, and the guest may ask for it.
  const parking = named.has('parking') && PARKING.test(folded) ? parkingSaid(folded, stayNamed) : undefined;
  const breakfast = named.has('breakfast') ? breakfastOrSomeSaid(folded) : undefined;
  // "¿Cuánto sería con desayuno?", "y con parking, ¿cuánto?": its price is asked (the answer says it), not added.
  const priceAsked = pricedInItsClause(folded) && !ADDS_IT.test(folded) && !stayNamed;
  const unlessPriced = (said: ExtraSaid): ExtraSaid => (priceAsked && said === 'wanted' ? undefined : said);
  return { pet, parking: unlessPriced(parking), breakfast: unlessPriced(breakfast) };
}

/**
 * "Solo desayuno para mí, mi marido no desayuna", "breakfast only for me, my partner doesn't eat
 * breakfast" ask for it, for one; "no breakfast for me" declines it.
 */
function breakfastOrSomeSaid(folded: string): ExtraSaid {
  const said = breakfastSaid(folded);
  if (breakfastForSaid(folded) === undefined) return said;
  if (declinesBreakfastFor(folded)) return 'declined';
  // "¿El desayuno para mí está incluido?" only asks (review 29).
  return /[?¿]/.test(folded) && said !== 'wanted' ? said : 'wanted';
}

/** Words asking what something costs. */
const PRICE_ASKED = /\b(?:cuanto|cuanta|coste|costo|cuesta|cuestan|precio|how much|cost|costs|price)\b/;
/** Asking for it in so many words, whatever else is asked: "¿cuánto es? lo quiero incluir". */
const ADDS_IT =
  /\b(?:quiero|queremos|necesito|necesitamos|want|need|we'?d like|i'?d like|anad\w*|agreg\w*|incluir\w*|incluye(?:lo|nos)|add|include|pon(?:nos|me|le))\b/;
const EXTRA_WORDS =
  /\b(?:desayun\w*|breakfasts?|brekkie|brekky|parking|parkin|parqueo|aparcamiento|estacionamiento|cochera|garaje|garage|car park)\b/;

/** A price asked in the same clause as breakfast or parking: "¿cuánto sería con desayuno?". */
function pricedInItsClause(folded: string): boolean {
  return folded
    .split(/(?<=[?.!;])|(?=¿)/)
    .some((clause) => PRICE_ASKED.test(clause) && EXTRA_WORDS.test(clause));
}
