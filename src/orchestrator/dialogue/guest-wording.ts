import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import { namesTopic } from './parse-results';

// How the router reads a guest's words where the classifier's intent is not enough.

/** Words that ask for a change even in a question: "can I have the junior suite instead?". */
const CHANGE_WORDS =
  /\b(?:instead|change|switch|swap|make it|en vez|en lugar|cambi\w*|add\w*|añad\w*|anad\w*|agreg\w*|extend\w*|alarg\w*|one more|noches? mas|nights? more|otra noche|another night|(?:stay|quedar\w*)\s+(?:on\s+)?(?:until|till|hasta))\b/;
/**
 * Words of a preference or of a new end, a change only when not asked: "mejor la suite", "hasta el 17",
 * not "¿tiene mejor vista?".
 */
const PREFERENCE_WORDS = /\b(?:rather|mejor|prefiero|preferiria|mas bien|hasta|until|till)\b/;
/** What a change names: a room, the dates, the nights or the party (a question about them is no change). */
const CHANGED_SLOTS: ReadonlySet<Entity['type']> = new Set([
  'room_type',
  'date_range',
  'date',
  'nights',
  'guests',
]);

/** "The suite instead", "mejor del 13 al 15": not "¿la suite tiene mejor vista?". */
export function asksForChange(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  const asks = CHANGE_WORDS.test(folded) || (!folded.includes('?') && PREFERENCE_WORDS.test(folded));
  return asks && nlu.entities.some((entity) => CHANGED_SLOTS.has(entity.type));
}

/** Words of a later check-out ("late", "más tarde", "extender", "a las 4"): without them, the time is asked. */
const LATER =
  /\b(?:late|later|extend\w*|extra|until|till|stay longer|tard[ei]\w*|mas tarde|extender|alargar|quedarnos|quedarme|hasta las?)\b|\d/;

export function asksCheckOutTime(text: string, nlu: ParseResult): boolean {
  return namesTopic(nlu, 'check_out') && !LATER.test(foldText(text));
}

/** What may stand before a code given alone: "booking", "mi reserva:", "hola, localizador". */
const BEFORE_A_CODE =
  /^[\s\p{P}]*(?:(?:hola|hi|hello|hey|buenas)[\s\p{P}]+)?(?:(?:my|our|the|mi|nuestra|la|el)\s+)?(?:(?:booking|reservation|reserva)(?:\s+(?:code|ref|reference|number|codigo|numero))?|codigo(?:\s+de\s+reserva)?|localizador|ref|reference|code)?[\s\p{P}]*$/u;
/** What may follow it: its status asked ("sigue activa?", "is it confirmed?"). */
const AFTER_A_CODE =
  /^[\s\p{P}]*(?:(?:sigue (?:activa|en pie|vigente)|esta (?:confirmada|activa|bien)|is it (?:still )?(?:on|active|confirmed|ok)|(?:still )?(?:on|active|confirmed)|status|estado)[\s\p{P}]*)?$/u;

/** A booking code on its own, or with the word for it and its status asked: "booking RX6USK", "HH6MV4 sigue activa?". */
export function isJustACode(text: string, nlu: ParseResult): boolean {
  const code = nlu.entities.find((entity) => entity.type === 'reference');
  if (!code || nlu.entities.length > 1) return false;
  const folded = foldText(text);
  return BEFORE_A_CODE.test(folded.slice(0, code.start)) && AFTER_A_CODE.test(folded.slice(code.end));
}

// With an article ("la segunda", "the second one"): "un segundo, lo consulto" and "wait a second" are
// no choice.
// "2nd option", "number two" (QA 28, E4) name a place too.
const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [
    /\b(?:(?:el|la) primer[oa]?|the first|first one|the 1st|(?:1st|first) (?:option|choice)|(?:option|number) one)\b/,
    0,
  ],
  [
    /\b(?:(?:el|la) segund[oa]|the second|second one|the 2nd|(?:2nd|second) (?:option|choice)|(?:option|number) two)\b/,
    1,
  ],
  [
    /\b(?:(?:el|la) tercer[oa]?|the third|third one|the 3rd|(?:3rd|third) (?:option|choice)|(?:option|number) three)\b/,
    2,
  ],
  [
    /\b(?:(?:el|la) cuart[oa]|the fourth|fourth one|the 4th|(?:4th|fourth) (?:option|choice)|(?:option|number) four)\b/,
    3,
  ],
];
/** "The first one", "la segunda", "el último por favor": a short answer naming a place in the list. */
const SHORT_ANSWER = 40;

/**
 * The place in a list (rooms, or bookings) a short answer names; never from a question ("is that the
 * last one?"). `byPrice`: the list is of rooms, cheapest first, so "la más barata" names one too.
 */
export function ordinalChoice(text: string, count: number, byPrice = true): number | null {
  const folded = foldText(text);
  // A question never picks ("¿cuál es la más barata?"); "la que sea más barata" does.
  if (
    folded.length > SHORT_ANSWER ||
    /[?¿]|\b(?:which|what|cual)\b|(?<!\b(?:la|el|lo|mejor)\s)\bque\b/.test(folded)
  )
    return null;
  // "La mejor que tengas", "the best you have" (QA 28, S21: heard as a goodbye): the dearest listed.
  if (byPrice && /\b(?:(?:la|el|lo) mejor|the best)\b/.test(folded)) return count - 1;
  if (/\b(?:(?:el|la) ultim[oa]|the last|last one)\b/.test(folded)) return count - 1;
  if (!byPrice) return ORDINALS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
  // Cheapest first, so also the smallest first and the largest last ("la grande", "the biggest one").
  if (
    /\b(?:mas|most) (?:car[oa]|expensive)|more expensive|pricier\b|\b(?:(?:la|el) (?:mas )?grande|the (?:biggest|largest))\b/.test(
      folded,
    )
  )
    return count - 1;
  if (
    /\b(?:(?:mas )?barat[oa]|economic[oa]|cheapest|cheaper|least expensive|less expensive|(?:la|el) mas pequen[oa]|the smallest)\b/.test(
      folded,
    )
  )
    return 0;
  return ORDINALS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/** The way to the hotel: "we arrive at the airport at 9, how do we get there?" is about directions. */
const DIRECTIONS =
  /\b(?:aeropuerto|airport|estacion|station|tren|train|bus|autobus|taxi|uber|metro|como (?:llego|llegamos|vamos|voy)|get (?:to|there)|directions)\b/;

/** A check-in question and no check-out one, nor the way to the hotel. */
export function asksAboutArrival(nlu: ParseResult, text: string): boolean {
  const topics = nlu.entities.flatMap((entity) => (entity.type === 'info_topic' ? [entity.value.topic] : []));
  return topics.includes('check_in') && !topics.includes('check_out') && !DIRECTIONS.test(foldText(text));
}

/** Words of a request for a person: "hablar con alguien", "una persona", "a human", "the manager". */
const A_PERSON =
  /\b(?:habl\w*|atiend\w*|human\w*|agente|operador\w*|recepcionista|alguien|una persona|persona real|speak|talk|agent|someone|somebody|a person|real person|staff|manager|encargad\w*)\b/;

/**
 * "Queremos ir el puente, 2 personas" read as asking for a person: a party counted, and no word of
 * wanting to talk to anyone.
 */
export function countsPeopleNotAsksForOne(text: string, nlu: ParseResult): boolean {
  return nlu.entities.some((entity) => entity.type === 'guests') && !A_PERSON.test(foldText(text));
}

/** "No sé el código", "no lo tengo a mano", "I don't have it", "booked it on booking.com". */
const DOES_NOT_KNOW =
  /\b(?:booked (?:it )?(?:on|through|via)|reserv\w* (?:en|por|a traves de) (?:booking|expedia|airbnb)|no (?:lo |la |me )?(?:se|sabemos|tengo|tenemos|encuentro|recuerdo|acuerdo)|perdi\w*|don'?t (?:know|have|remember)|do not (?:know|have|remember)|lost|no idea|not sure)\b/;

export function doesNotKnowTheCode(text: string): boolean {
  return DOES_NOT_KNOW.test(foldText(text));
}

const CODE_WORDS =
  /\b(?:codigo|localizador|code|reference|booking number|reservation number|confirmation number|numero de (?:reserva|confirmacion))\b/;
/** "¿Me dices el código?", "what's my booking number?", "olvidé el localizador": the guest asks for it. */
const ASKS_FOR_THE_CODE = new RegExp(
  String.raw`\b(?:me (?:dices|dice|das|da|pasas|pasa|mandas|manda|envias|recuerdas|puedes (?:dar|decir|pasar|mandar))|dime|dame|pasame|mandame|recuerdame|(?:cual|que) es (?:el|mi)|what(?:'s| is| was) (?:my|the)|tell me|give me|send me|remind me|olvid\w*|forg[eo]t\w*)\b.{0,30}${CODE_WORDS.source}`,
);

/**
 * A guest without the booking code, asked for it or not: "no lo tengo", "¿me dices el código? está a
 * nombre de Ana Torres", "I lost my booking number".
 */
export function lacksTheCode(text: string): boolean {
  const folded = foldText(text);
  return ASKS_FOR_THE_CODE.test(folded) || (CODE_WORDS.test(folded) && DOES_NOT_KNOW.test(folded));
}

/** "Es una reserva nueva", "I want to make a new booking": no booking to look up. */
const NEW_BOOKING =
  /\b(?:(?:reserva|booking|reservation) nueva|nuevas? reservas?|new (?:booking|reservation)|quiero (?:hacer una )?reserva(?:r)?\b(?! (?:mi|la|de mi))|(?:want|like) to (?:make a |)book)\b/;

export function asksForANewBooking(text: string): boolean {
  return NEW_BOOKING.test(foldText(text));
}

/** Words of a booking already made: "mi reserva", "the status", "el código", "we have a reservation". */
const OWN_BOOKING =
  /\b(?:(?:mi|mis|nuestra|nuestras|tengo una|tenemos una|hice una|hicimos una|my|our|i have a|we have a|i made a|we made a)\s+(?:reservas?|bookings?|reservations?)|estado|status|codigo|code|localizador|confirmad\w*|confirmation)\b/;

/**
 * "Reserva para 2 personas del 24 al 27 de diciembre" (heard as asking about a booking): a stay asked
 * for, since nothing in it points at a booking already made.
 */
export function asksForStayNotABooking(text: string, nlu: ParseResult): boolean {
  return !nlu.entities.some((entity) => entity.type === 'reference') && !OWN_BOOKING.test(foldText(text));
}

/** What a room is asked to have: "¿la suite tiene bañera?", "does the double have a balcony?". */
const HAS_WORDS =
  /\b(?:tiene|tienen|trae|traen|incluye|incluyen|lleva|llevan|has|have|come with|comes with|include|includes)\b/;
/** ...and not whether it is free ("¿la suite tiene disponibilidad?"). */
const FREE_WORDS =
  /\b(?:libres?|disponib\w*|sitio|hueco|plazas?|available|availability|free|vacanc\w*|space|room for)\b/;

/** A question about what a named room has, which the hotel's data does not describe. */
export function asksWhatARoomHas(text: string, nlu: ParseResult): boolean {
  const folded = foldText(text);
  const namesRoom = nlu.entities.some((entity) => entity.type === 'room_type');
  const namesStay = nlu.entities.some((entity) => STAY_DETAILS.has(entity.type));
  if (!namesRoom || namesStay || !/[?¿]/.test(text) || !HAS_WORDS.test(folded)) return false;
  return !FREE_WORDS.test(folded) && !asksForTheRoom(folded, nlu);
}

/** "Do you have a…", "¿tenéis…": the hotel asked to have what follows. */
const DO_YOU_HAVE =
  /\b(?:(?:do|does) (?:you|u|ya|the hotel)(?: guys)? have|have you got|you got|got any|tienen|teneis|tenes|tienes|hay|disponen de|disponeis de)\s+(?:(?:a|an|any|one|some|un|una|unas|algun|alguna|algunas)\s+)?(?:(?:habitacion(?:es)?|hab|cuartos?|rooms?)\s+)?$/;
/** "…with a balcony?", "…con bañera?": what the room is asked to have. */
const WITH_FEATURE = /\b(?:with|con|que tenga\w*|that has)\b/;

/**
 * "Hi do you have a double room?", "¿tenéis habitación doble?": the room asked for (its dates come
 * next), not what it has; "do you have a double with a balcony?" asks what it has.
 */
function asksForTheRoom(folded: string, nlu: ParseResult): boolean {
  const room = nlu.entities.find((entity) => entity.type === 'room_type');
  if (!room) return false;
  return DO_YOU_HAVE.test(folded.slice(0, room.start)) && !WITH_FEATURE.test(folded.slice(room.end));
}

const STAY_DETAILS: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'nights',
  'guests',
  'rooms',
  'info_topic',
]);

/** Asking for a place to go: "recomiendas algún restaurante?", "things to do nearby". */
const RECOMMENDATION =
  /\b(?:recomiend\w*|recomendar\w*|recomendacion\w*|recommend\w*|suggest\w*|restaurantes?|restaurants?|donde comer|sitios? para (?:comer|cenar)|places? to (?:eat|go|visit|see)|things to (?:do|see)|(?:anything|something|what) to (?:see|visit)|sightseeing|que visitar|que hacer|que ver (?:en|por|cerca)|lugares (?:para visitar|turisticos))\b/;

/** "¿Tiene restaurante?", "is there a restaurant in the hotel?": whether the hotel has one, not advice. */
const HAS_A_RESTAURANT =
  /\b(?:tiene|tienen|teneis|hay|has|have|is there|do you have|does the hotel have)\b(?:\s+\w+){0,3}\s+restaurant\w*\b(?!\s+(?:cerca|nearby|near|around|por la zona|que (?:recomiend|me recomiend)))/;

export function asksForRecommendation(text: string): boolean {
  const folded = foldText(text);
  return RECOMMENDATION.test(folded) && !HAS_A_RESTAURANT.test(folded);
}

/** Words of the room or the stay: "¿cuánto cuesta la habitación?" asks the room's price, not an extra's. */
const ROOM_OR_STAY_WORDS =
  /\b(?:habitaci\w*|hab|cuartos?|piezas?|noches?|room\w*|night\w*|stay|estancia|tarifas?|rates?)\b/;

export function namesTheRoomOrStay(text: string): boolean {
  return ROOM_OR_STAY_WORDS.test(foldText(text));
}

/** "Espera, que lo consulto con mi pareja", "let me check with my wife": a pause before the yes, not an answer. */
const PAUSE =
  /\b(?:espera|esperame|un (?:momento|momentito|segundo|sec)|dame un (?:momento|minuto|segundo)|(?<!no )(?:lo|te lo) (?:consulto|hablo|pienso|miro)|dejame (?:pensarlo|consultarlo|mirarlo|que lo (?:piense|consulte|mire|hable))|te (?:confirmo|aviso) (?:luego|despues|mas tarde|en un rato)|hold on|(?<!can'?t |cannot |not )wait\b(?!\s+(?:for|to))|one (?:moment|sec|second|minute)|give me a (?:moment|minute|sec|second)|let me (?:check|think|ask|talk)|i'?ll (?:check|ask|talk)\b(?!\s*(?:-|\s)(?:in|out))|i'?ll (?:get back|let you know))\b/;
/** A yes at its start ("sí, te digo luego la hora", "yes, can't wait!"): an answer, whatever follows. */
const STARTS_WITH_YES = /^\W*(?:si|yes|yep|yeah|sure|confirm\w*|reserva\w*|book it)\b/;

/** "Let me talk to a human", "déjame hablar con una persona": no pause, a person asked for. */
const SOMEONE_OF_THE_HOTEL =
  /\b(?:human|real person|a person|una persona|humano|(?:your|the|vuestr[oa]|tu|el|la) (?:agent|agente|manager|encargad[oa]|operator|operador|staff))\b/;

/** "Espera, una pregunta: ¿el parking es cubierto?", "wait, is the parking covered?": a question (QA 28, S22). */
const A_QUESTION = /\b(?:una pregunta|una duda|a question|one question|quick question)\b|[?¿]/;

export function asksForAPause(text: string): boolean {
  const folded = foldText(text);
  return (
    PAUSE.test(folded) &&
    !STARTS_WITH_YES.test(folded) &&
    !SOMEONE_OF_THE_HOTEL.test(folded) &&
    !A_QUESTION.test(folded)
  );
}

/** Asking to see pictures: "¿me enseñas fotos de la suite?", "can I see photos of it?". */
const PHOTOS = /\b(?:fotos?|fotografias?|imagenes|imagen|photos?|pictures?|pics?|images?)\b/;

export function asksForPhotos(text: string): boolean {
  return PHOTOS.test(foldText(text));
}
