import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { asksForStay } from './booking-readings';
import { reportsRoomBreakdown } from './room-breakdown';

// A guest in trouble: something broken or dirty, nobody answering, a complaint; or something asked
// for the room. No intent of ours answers it: a person must, at once.

const COMPLAINT = [
  /\b(?:no (?:me |nos |le )?funciona\w*|no (?:me |nos )?va(?!\s+(?:bien|mal|a|al|con|para|ser|hacer|nada|que)\b)|no anda|roto|rota|rotos|estropead\w*|averiad\w*|sucio|sucia|suciedad|verguenza|inutiles|queja\w*|reclamacion\w*|indignad\w*|asqueros\w*|cucarach\w*|chinches|nadie (?:me )?(?:contesta|responde|atiende|coge))\b/,
  /\b(?:not working|doesn'?t work|does not work|broken|dirty|filthy|complain\w*|disappointed|disgusting|cockroach\w*|bed ?bugs|nobody (?:answers|answered|picks up|came))\b/,
  // Kept waiting: "llevo una hora esperando en recepción", "we've been waiting for 40 minutes".
  /\b(?:llev(?:o|amos) (?:mas de )?(?:una hora|media hora|horas|un rato|mucho rato|mucho tiempo|(?:\d+|dos|tres|cuatro|veinte|treinta|cuarenta) (?:minutos|min|horas)) esperando|(?:been )?waiting (?:for )?(?:over |more than )?(?:an hour|half an hour|hours|ages|forever|(?:\d+|twenty|thirty|forty) (?:minutes|mins|min|hours)))\b/,
  // Nobody to see to them, here and now: "nobody is here" (QA 30, en H8: "didn't get that"); not "what
  // if nobody is at reception when we arrive?".
  /\b(?:(?:nobody|no one|noone) (?:is )?(?:here|around)|(?:there'?s|there is) (?:nobody|no one) (?:here|around)|no hay nadie aqui|aqui no hay nadie)\b/,
];
const ROOM_REQUEST =
  /\b(?:(?:me|nos) (?:podeis|pueden|puedes|podrian) (?:subir|traer|mandar|cambiar)|(?:can|could) (?:you|someone) (?:bring|send)(?: up)?|(?:can|could|may) (?:i|we) (?:get|have) (?:some )?(?:more|extra|clean|fresh|new|another))\b.*\b(?:toallas?|almohadas?|mantas?|sabanas?|papel|agua|towels?|pillows?|blankets?|sheets?|toilet paper|water)\b|\b(?:necesit\w*|quiero|queremos|faltan?|hacen falta|need|needs)\b[^.?!]{0,20}\b(?:toallas?|almohadas?|mantas?|sabanas?|papel higienico|towels?|pillows?|blankets?|sheets?|toilet paper)\b(?=[^.?!]*\b(?:extra|mas|limpi[ao]s|nuev[ao]s|more|clean|fresh|habitacion|room|hab)\b)/;

/** What a guest leaves behind: "el cargador", "mis gafas", "my charger", "a jacket". */
const BELONGING = String.raw`(?:cargador\w*|gafas|lentes|anteojos|chaqueta|campera|abrigo|sudadera|jersey|movil|celular|telefono|cartera|billetera|monedero|reloj|anillo|pulsera|collar|pendientes|aros|libro|ropa|pijama|zapatillas|zapatos|chanclas|bolso|bolsa|mochila|neceser|cepillo|pasaporte|dni|documentos?|portatil|laptop|tablet|ipad|auriculares|cascos|paraguas|juguete|peluche|chargers?|glasses|sunglasses|jacket|coat|hoodie|sweater|phone|wallet|purse|watch|ring|bracelet|necklace|earrings|book|clothes|pyjamas|pajamas|shoes|trainers|sneakers|flip.flops|bag|backpack|washbag|toiletry bag|passport|laptop|headphones|earphones|airpods|umbrella|toy|teddy)`;
/**
 * "Se me olvidó el cargador en la habitación", "me dejé las gafas", "I left my charger in the room",
 * "did you find a black jacket?": something left behind, for the staff. Not "me dejas reservar…?",
 * "nos quedaremos en el hotel", "¿cómo encontramos el hotel?".
 */
const LEFT_BEHIND = new RegExp(
  String.raw`\b(?:se (?:me|nos|le) (?:olvido|olvidaron|quedo|quedaron)|(?:me|nos) (?:deje|dejamos|olvide|olvidamos)|(?:me|nos) (?:he|hemos) (?:dejado|olvidado)|deje|dejamos|olvide|olvidamos|i (?:left|forgot)|we (?:left|forgot)|(?:he|hemos) perdido|perdi|perdimos|i(?:'ve| have)? lost|we(?:'ve| have)? lost|(?:han|habeis|habian) encontrado|encontraron|encontrasteis|did (?:you|anyone|someone) find|have you found|has anyone found)\b[^.?!]{0,30}?\b${BELONGING}\b|\bobjetos? perdidos?\b|\blost (?:and|&) found\b|\blost property\b`,
);

/**
 * Noise, rudeness, a connection that fails: "the people next door are so loud we can't sleep", "el
 * wifi va muy lento". Only said, not asked ("¿hay mucho ruido en la zona?", "is the hotel noisy?").
 */
const NUISANCE =
  /\b(?:(?:muy |tan |super )?ruidos[oa]s?|(?:mucho|demasiado|un) ruido|no (?:podemos|puedo|hemos podido|he podido) dormir|maleducad[oa]s?|grosero?s?|groseras?|(?:es|son|fue|fueron|sois|eres|muy) (?:muy )?bordes?|(?:so |very |really |too |super )?(?:loud|noisy)|making (?:a )?(?:racket|noise)|(?:cant|can't|cannot|couldn'?t) sleep|rude|unfriendly|(?:wifi|wi-fi|internet)\s+(?:is\s+|keeps\s+)?(?:(?:so|very|really|super|too)\s+)?(?:slow|dropping|cutting out|down)|(?:wifi|wi-fi|internet)\s+(?:va\s+)?(?:(?:muy|super|tan)\s+)?lent[oa]|(?:wifi|wi-fi|internet)\s+se\s+(?:corta|cae))\b/;

/** What of the hotel a feeling is about: "the room", "el desayuno", "the staff". */
const HOTEL_THING =
  '(?:room|bathroom|breakfast|service|staff|stay|bed|beds|food|cleaning|shower|wifi|reception|habitacion|bano|desayuno|servicio|personal|estancia|cama|camas|comida|limpieza|ducha|recepcion|trato|atencion)';
const FEELING =
  '(?:awful|terrible|horrible|horrendous|unacceptable|disgraceful|a disgrace|disgusting|fatal|pesim[oa]|malisim[oa]|un desastre|inaceptable|vergonzos[oa]|asqueros[oa])';

/**
 * A smell, a cold shower, a service down, strong feelings about the hotel: "the room smells of
 * smoke", "la ducha sale fría", "the wifi has been down all evening", "nobody at reception
 * answers", "the breakfast this morning was awful", "no estoy nada contenta con el desayuno". Said,
 * not asked ("does the room smell of smoke?"); not a feeling about anything else ("sorry for my
 * terrible English", "soy alérgica al moho", "a room that doesn't smell of smoke").
 */
const DISCONTENT = new RegExp(
  [
    `\\b(?:the|our|my|el|la|mi|nuestra|nuestro)\\s+${HOTEL_THING}\\s+(?:\\w+\\s+){0,2}(?:smells?|stinks|reeks|huele|apesta)\\b`,
    '\\b(?:shower|water|ducha|agua)\\s+(?:is|was|runs|ran|keeps going|sale|esta|estaba|salia)\\s+(?:\\w+\\s+)?(?:cold|freezing|lukewarm|fria|helada|congelada)\\b',
    '\\b(?:wifi|wi-fi|internet|tv|tele|television|lift|elevator|ascensor)\\s+(?:has been|was|is|went|has gone)\\s+(?:\\w+\\s+)?down\\b',
    '\\b(?:wifi|internet|tele|television|ascensor)\\s+(?:no va|lleva .{0,20} sin funcionar|esta caido|se ha caido)\\b',
    '\\b(?:nobody|no one)\\s+(?:\\w+\\s+){1,4}(?:answers|answered|picks up|came)\\b|\\bnadie\\s+(?:\\w+\\s+){1,4}(?:contesta|responde|coge|atiende)\\b',
    `\\b${HOTEL_THING}\\s+(?:\\w+\\s+){0,3}(?:was|is|were|are|has been|fue|es|esta|estaba|estuvo|ha sido)\\s+(?:\\w+\\s+)?${FEELING}\\b`,
    `\\b(?:not (?:at all )?(?:happy|satisfied|pleased)|unhappy|no (?:estoy|estamos) (?:nada )?(?:content[oa]s?|satisfech[oa]s?))\\s+(?:\\w+\\s+)?(?:with|con)\\s+(?:the|our|my|el|la|mi|nuestra|nuestro)\\s+${HOTEL_THING}\\b`,
  ].join('|'),
);

/** Charged wrongly, in the past: "me cobraron dos veces la habitación", "me habéis cobrado de más", "I was charged twice". */
const CHARGED_WRONGLY =
  /\b(?:(?:me|nos) (?:cobraron|cobrasteis|cobro|han cobrado|habeis cobrado|ha cobrado)\b(?:\s+\w+){0,3}\s+(?:dos veces|de mas|doble|mal)\b|devuelvan el dinero|(?:was|were|have been|got) (?:charged (?:twice|double|two times|too much|wrongly)|overcharged)\b|overcharged|double[- ]charged|charged (?:me|us) twice)/;

/** "Terrible weather today", "un vuelo horrible": feelings about what is not the hotel's. */
const NOT_THE_HOTELS =
  /\b(?:weather|tiempo|clima|rain|lluvia|traffic|trafico|flight|vuelo|trip|journey|viaje|drive|atasco)\b/;

const NOT_OR_QUIET = /\b(?:no|not|sin|without|quiet|tranquil\w*|silencios\w*|que no haya|avoid|evitar)\b/;

export type Trouble = 'complaint' | 'room_request';

/** "Ladrones", "muy caro", "ripoff, 219 for a suite??": the prices found too high. */
const PRICE_COMPLAINT =
  /\b(?:ladron\w*|estafa\w*|timo|abusiv\w*|carisim[oa]s?|(?:muy|demasiado|que|tan) car[oa]s?|overpriced|rip.?off|too (?:expensive|much|pricey)|so (?:expensive|pricey)|pricey|robbery)\b/;

/** "A bit pricey but fine, put it under…", "es caro, pero bueno": the room taken anyway. */
const TAKEN_ANYWAY =
  /\b(?:but (?:fine|ok|okay|that'?s fine|whatever|go ahead)|pero (?:bueno|vale|esta bien|da igual|adelante)|(?:put|book) it|a nombre de|under)\b/;

/** Prices found too high, the room not taken anyway: the cheapest room is the answer, not a person. */
export function complainsOfPrice(text: string): boolean {
  const folded = foldText(text);
  return PRICE_COMPLAINT.test(folded) && !TAKEN_ANYWAY.test(folded);
}

/**
 * "El aire no funciona", "the room was dirty", "no hot water in room 204" (a complaint), "¿me podéis
 * subir toallas?", "se me olvidó el cargador en la habitación" (a request).
 */
export function guestTrouble(text: string): Trouble | null {
  const folded = foldText(text);
  const nuisance = NUISANCE.exec(folded);
  // "Una habitación tranquila, que no haya mucho ruido", "a quiet room, not a noisy one": a wish.
  const wished =
    nuisance && NOT_OR_QUIET.test(folded.slice(Math.max(0, nuisance.index - 25), nuisance.index));
  const discontent =
    (DISCONTENT.test(folded) || CHARGED_WRONGLY.test(folded)) && !NOT_THE_HOTELS.test(folded);
  // Said, not asked: "is the hotel noisy?" asks; so does a worry before a question ("the street looks
  // noisy, are the rooms quiet?"). Said, then help asked, or by a guest in the hotel now, it is suffered:
  // "the neighbours are very noisy, can someone help?", "estamos en la 204 y hay mucho ruido, ¿algo?".
  const asked = /[?¿]/.test(text) && !ASKS_FOR_HELP.test(folded) && !IN_THE_HOTEL_NOW.test(folded);
  const discontentAt = discontent
    ? (DISCONTENT.exec(folded) ?? CHARGED_WRONGLY.exec(folded))?.index
    : undefined;
  const suffered =
    (nuisance && !wished && !asked && !inAQuestion(folded, nuisance.index)) ||
    (discontent && !asked && !inAQuestion(folded, discontentAt ?? 0));
  if (COMPLAINT.some((pattern) => pattern.test(folded)) || suffered || reportsRoomBreakdown(folded))
    return 'complaint';
  return ROOM_REQUEST.test(folded) || LEFT_BEHIND.test(folded) ? 'room_request' : null;
}

/** A stay gone by: "la última vez", "last time we stayed", "el año pasado". */
const A_PAST_STAY =
  /\b(?:la (?:ultima|otra) vez|la vez (?:pasada|anterior)|(?:el ano|el verano|el mes) pasado|en (?:nuestra|mi) (?:ultima|anterior) (?:estancia|visita)|(?:the )?last time|last (?:year|summer|stay|visit)|(?:on )?(?:our|my) (?:last|previous) (?:stay|visit))\b/;

/**
 * Trouble a person must see to now: not trouble told of a stay gone by, beside a new stay asked for
 * ("la última vez la habitación estaba sucia, pero queremos repetir del 3 al 5"; QA 28, S5: the
 * request was lost to a handoff).
 */
export function troubleNow(text: string, nlu: ParseResult): Trouble | null {
  const folded = foldText(text);
  const pastOnly = A_PAST_STAY.test(folded) && !TROUBLE_OF_NOW.test(folded) && !IN_THE_HOTEL_NOW.test(folded);
  return asksForStay(nlu) && pastOnly && !ASKS_FOR_HELP.test(folded) ? null : guestTrouble(text);
}

/** Trouble said to be there now too: "it's the same again now", "sigue igual", "todavía". */
const TROUBLE_OF_NOW = /\b(?:now|again|still|ahora|otra vez|de nuevo|sigue|siguen|todavia|aun)\b/;

/** Help or something done asked for: "can someone help?", "¿podéis hacer algo?", "send someone up". */
const ASKS_FOR_HELP =
  /\b(?:(?:can|could) (?:someone|somebody|anyone|you) (?:help|do|come|sort|fix|send|tell them|ask them)|please help|help us|help me|send someone|do something|hace(?:r|d) algo|pode(?:is|mos) hacer|puede(?:n)? hacer|puede alguien|alguien puede|ayuda|ayudar\w*|que venga alguien|manda(?:d|r|n)? a alguien|refund\w*|reembols\w*|(?:devolve|devolv|devuelv)\w* (?:el|mi|nuestro) dinero)\b/;
/** A guest in the hotel now: "room 204", "right now", "estamos en la 204", "I'm in room…". */
const IN_THE_HOTEL_NOW =
  /\b(?:room|habitacion|hab)\s*\d{2,4}\b|\b(?:right now|ahora mismo|we are staying|we're staying|estamos alojad\w*|estoy alojad\w*|estamos en la \d+|estoy en la \d+|i'?m in room)\b/;

/** Whether the words at `at` are in a clause asked ("¿hay mucho ruido?", "is it noisy?"), not one said. */
function inAQuestion(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clauseStart = Math.max(...[',', '.', ';', '!', '?'].map((mark) => before.lastIndexOf(mark)));
  if (before.slice(clauseStart + 1).includes('¿')) return true;
  const end = /[,.;!?]/.exec(text.slice(at));
  return end?.[0] === '?';
}
