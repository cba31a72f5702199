import { foldText } from '../../common/fold-text';
import { reportsRoomBreakdown } from './room-breakdown';

// A guest in trouble: something broken or dirty, nobody answering, a complaint; or something asked
// for the room. No intent of ours answers it: a person must, at once.

const COMPLAINT = [
  /\b(?:no (?:me |nos |le )?funciona\w*|no (?:me |nos )?va(?!\s+(?:bien|mal|a|al|con|para|ser|hacer|nada|que)\b)|no anda|roto|rota|rotos|estropead\w*|averiad\w*|sucio|sucia|suciedad|verguenza|inutiles|queja\w*|reclamacion\w*|indignad\w*|asqueros\w*|cucarach\w*|chinches|nadie (?:me )?(?:contesta|responde|atiende|coge))\b/,
  /\b(?:not working|doesn'?t work|does not work|broken|dirty|filthy|complain\w*|disappointed|disgusting|cockroach\w*|bed ?bugs|nobody (?:answers|answered|picks up|came))\b/,
  // Charged wrongly: "me cobraron dos veces la habitación", "me habéis cobrado de más", "I was charged twice".
  /\b(?:(?:me|nos) (?:han |habeis |hab[eé]is |ha )?cobra\w* (?:\w+ ){0,3}(?:dos veces|de mas|doble|mal)|cobr\w* (?:de mas|dos veces|doble)|(?:cargo|cobro) (?:doble|duplicado)|devuelvan el dinero|(?:charged|billed) (?:me |us )?(?:twice|double|two times|too much|wrongly)|overcharged|double[- ]charged|(?:was|were) charged (?:twice|double))\b/,
  // Kept waiting: "llevo una hora esperando en recepción", "we've been waiting for 40 minutes".
  /\b(?:llev(?:o|amos) (?:mas de )?(?:una hora|media hora|horas|un rato|mucho rato|mucho tiempo|(?:\d+|dos|tres|cuatro|veinte|treinta|cuarenta) (?:minutos|min|horas)) esperando|(?:been )?waiting (?:for )?(?:over |more than )?(?:an hour|half an hour|hours|ages|forever|(?:\d+|twenty|thirty|forty) (?:minutes|mins|hours)))\b/,
];
const ROOM_REQUEST =
  /\b(?:(?:me|nos) (?:podeis|pueden|puedes|podrian) (?:subir|traer|mandar|cambiar)|(?:can|could) (?:you|someone) (?:bring|send)(?: up)?)\b.*\b(?:toallas?|almohadas?|mantas?|sabanas?|papel|agua|towels?|pillows?|blankets?|sheets?|toilet paper|water)\b/;

/** What a guest leaves behind: "el cargador", "mis gafas", "my charger", "a jacket". */
const BELONGING = String.raw`(?:cargador\w*|gafas|lentes|anteojos|chaqueta|campera|abrigo|sudadera|jersey|movil|celular|telefono|cartera|billetera|monedero|reloj|anillo|pulsera|collar|pendientes|aros|libro|ropa|pijama|zapatillas|zapatos|chanclas|bolso|bolsa|mochila|neceser|cepillo|pasaporte|dni|documentos?|portatil|laptop|tablet|ipad|auriculares|cascos|paraguas|juguete|peluche|chargers?|glasses|sunglasses|jacket|coat|hoodie|sweater|phone|wallet|purse|watch|ring|bracelet|necklace|earrings|book|clothes|pyjamas|pajamas|shoes|trainers|sneakers|flip.flops|bag|backpack|washbag|toiletry bag|passport|laptop|headphones|earphones|airpods|umbrella|toy|teddy)`;
/**
 * "Se me olvidó el cargador en la habitación", "me dejé las gafas", "I left my charger in the room",
 * "did you find a black jacket?": something left behind, for the staff. Not "me dejas reservar…?",
 * "nos quedaremos en el hotel", "¿cómo encontramos el hotel?".
 */
const LEFT_BEHIND = new RegExp(
  String.raw`\b(?:se (?:me|nos|le) (?:olvido|olvidaron|quedo|quedaron)|(?:me|nos) (?:deje|dejamos|olvide|olvidamos)|deje|dejamos|olvide|olvidamos|i (?:left|forgot)|we (?:left|forgot)|(?:han|habeis|habian) encontrado|encontraron|encontrasteis|did (?:you|anyone|someone) find|have you found|has anyone found)\b[^.?!]{0,30}?\b${BELONGING}\b|\bobjetos? perdidos?\b|\blost (?:and|&) found\b|\blost property\b`,
);

/**
 * Noise, rudeness, a connection that fails: "the people next door are so loud we can't sleep", "el
 * wifi va muy lento". Only said, not asked ("¿hay mucho ruido en la zona?", "is the hotel noisy?").
 */
const NUISANCE =
  /\b(?:(?:muy |tan |super )?ruidos[oa]s?|(?:mucho|demasiado|un) ruido|no (?:podemos|puedo|hemos podido|he podido) dormir|maleducad[oa]s?|grosero?s?|groseras?|(?:es|son|fue|fueron|sois|eres|muy) (?:muy )?bordes?|(?:so |very |really |too |super )?(?:loud|noisy)|making (?:a )?(?:racket|noise)|(?:cant|can't|cannot|couldn'?t) sleep|rude|unfriendly|(?:wifi|wi-fi|internet)\s+(?:is\s+|keeps\s+)?(?:(?:so|very|really|super|too)\s+)?(?:slow|dropping|cutting out|down)|(?:wifi|wi-fi|internet)\s+(?:va\s+)?(?:(?:muy|super|tan)\s+)?lent[oa]|(?:wifi|wi-fi|internet)\s+se\s+(?:corta|cae))\b/;

/**
 * A smell, a cold shower, a service down, strong feelings: "the room smells of smoke", "la ducha sale
 * fría", "the wifi has been down all evening", "nobody at reception answers", "the breakfast was
 * awful", "no estoy nada contenta". Said, not asked ("does the room smell of smoke?").
 */
const DISCONTENT =
  /\b(?:smells?(?: of| like)? (?:smoke|damp|bad|awful|terrible)|(?:stinks|smelly|mou?ldy?)|(?:shower|water) (?:is|was|runs|ran|keeps going) (?:\w+ )?(?:cold|freezing|lukewarm)|(?:wifi|wi-fi|internet|tv|tele|lift|elevator) (?:has been|was|is|went|has gone) (?:\w+ )?down|nobody (?:\w+ ){1,4}(?:answers|answered|picks up|came)|awful|terrible|horrible|horrendous|unacceptable|ridiculous|disgrace\w*|not (?:at all )?(?:happy|satisfied|pleased)|unhappy|huele (?:a (?:tabaco|humo|humedad|moho|cerrado)|(?:muy )?mal|fatal)|(?:mal |un )olor|apesta|moho|(?:ducha|agua) (?:sale |esta |estaba |salia )?(?:fria|helada|congelada)|(?:wifi|internet|tele|television|ascensor) (?:no va|lleva .{0,20} sin funcionar|esta caido|se ha caido)|nadie (?:\w+ ){1,4}(?:contesta|responde|coge|atiende)|horrible|fatal|pesim[oa]s?|malisim[oa]s?|un desastre|inaceptable|vergonzoso|no (?:estoy|estamos) (?:nada )?(?:content[oa]s?|satisfech[oa]s?))\b/;

/** "Terrible weather today", "un vuelo horrible": feelings about what is not the hotel's. */
const NOT_THE_HOTELS =
  /\b(?:weather|tiempo|clima|rain|lluvia|traffic|trafico|flight|vuelo|trip|journey|viaje|drive|atasco)\b/;

const NOT_OR_QUIET = /\b(?:no|not|sin|without|quiet|tranquil\w*|silencios\w*|que no haya|avoid|evitar)\b/;

export type Trouble = 'complaint' | 'room_request';

/** "Ladrones", "muy caro", "ripoff, 219 for a suite??": the prices found too high. */
const PRICE_COMPLAINT =
  /\b(?:ladron\w*|estafa\w*|timo|abusiv\w*|carisim[oa]s?|(?:muy|demasiado|que|tan) car[oa]s?|overpriced|rip.?off|too (?:expensive|much|pricey)|so (?:expensive|pricey)|pricey|robbery)\b/;

/** Prices found too high: the cheapest room is the answer, not a person. */
export function complainsOfPrice(text: string): boolean {
  return PRICE_COMPLAINT.test(foldText(text));
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
  const discontent = DISCONTENT.test(folded) && !NOT_THE_HOTELS.test(folded);
  const suffered = ((nuisance && !wished) || discontent) && !/[?¿]/.test(text);
  if (COMPLAINT.some((pattern) => pattern.test(folded)) || suffered || reportsRoomBreakdown(folded))
    return 'complaint';
  return ROOM_REQUEST.test(folded) || LEFT_BEHIND.test(folded) ? 'room_request' : null;
}
