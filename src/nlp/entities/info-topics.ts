import type { Entity, InfoTopic } from '../nlp.types';
import { foldText } from '../../common/fold-text';

/** Words (folded: lower case, no accents) that ask about each topic, in Spanish and English. */
const KEYWORDS: Record<InfoTopic, readonly string[]> = {
  wifi: ['wifi', 'wi-fi', 'wi fi', 'internet', 'contrasena', 'password', 'clave del wifi'],
  parking: [
    'parking',
    'parkin',
    'parqueo',
    'aparcamiento',
    'aparcar',
    'estacionamiento',
    'estacionar',
    'cochera',
    'coche',
    'garaje',
    'garage',
    'car park',
    'park the car',
    'park my car',
    'park our car',
  ],
  breakfast: ['desayuno', 'desayunos', 'desayunar', 'breakfast'],
  pets: [
    'mascota',
    'mascotas',
    'perro',
    'perros',
    'perrito',
    'gato',
    'gatos',
    'pet',
    'pets',
    'dog',
    'dogs',
    'cat',
    'cats',
    'perra',
    'perras',
    'perrita',
    'perritos',
    'cachorro',
    'gata',
    'gatas',
    'gatito',
    'conejo',
    'conejos',
    'hamster',
    'hamsters',
    'loro',
    'loros',
    'pajaro',
    'pajaros',
    'tortuga',
    'tortugas',
    'huron',
    'hurones',
    'puppy',
    'kitten',
    'rabbit',
    'rabbits',
    'bird',
    'birds',
    'parrot',
    'ferret',
    'turtle',
    // Dogs named by their breed: "un labrador de 30 kg", "our golden retriever".
    'labrador',
    'pastor aleman',
    'golden',
    'bulldog',
    'beagle',
    'caniche',
    'poodle',
    'chihuahua',
    'yorkshire',
    'husky',
    'teckel',
    'salchicha',
    'dachshund',
    'pug',
    'carlino',
    'boxer',
    'rottweiler',
    'border collie',
    'schnauzer',
    'bichon',
    'maltes',
    'pomerania',
    'spaniel',
    'terrier',
  ],
  check_in: [
    'check in',
    'check-in',
    'checkin',
    'entrada',
    'hora de llegada',
    'a que hora puedo llegar',
    'a que hora podemos llegar',
    'what time can i arrive',
    'what time can we arrive',
    'arrival time',
    // An early arrival, or bags to leave before the room is ready: the check-in time answers it.
    'llego a las',
    'llegamos a las',
    'llegare a las',
    'llegaremos a las',
    // "A la 1", a flight landing late, an arrival said in the conditional.
    'llegaremos a la',
    'llegaria a la',
    'llegaria a las',
    'llegariamos a la',
    'llegariamos a las',
    'llegariamos al hotel',
    'llegaremos al hotel a',
    'aterriza a las',
    'aterriza a la',
    'aterrizamos a las',
    'aterrizamos a la',
    'we land at',
    'lands at',
    'get in at',
    'get there at',
    'llegar antes',
    'llegar temprano',
    'llegar mas temprano',
    'dejar las maletas',
    'dejar la maleta',
    'dejar el equipaje',
    'dejar las valijas',
    'guardar las maletas',
    'guardar el equipaje',
    'consigna',
    'arrive at',
    'arriving at',
    'arrive around',
    'arriving around',
    'arrive by',
    'get in around',
    'get there around',
    'llego sobre',
    'llegamos sobre',
    'llegare sobre',
    'llegaremos sobre',
    'llegamos hacia',
    'llegaremos hacia',
    'llegaremos a medianoche',
    'llegamos a medianoche',
    'arrive early',
    'arrive earlier',
    'leave my bags',
    'leave our bags',
    'leave my luggage',
    'leave our luggage',
    'drop off our bags',
    'drop off my bags',
    'drop our bags',
    'drop my bags',
    'leave the bags',
    'llegare tarde',
    'llegaremos tarde',
    'llego tarde',
    'llegamos tarde',
    'arrive late',
    'arriving late',
    'store our luggage',
    'store my luggage',
    'luggage storage',
  ],
  check_out: [
    'check out',
    'check-out',
    'checkout',
    'salida',
    'hora de salida',
    'dejar la habitacion',
    'what time do i have to leave',
    'what time do we have to leave',
    'departure time',
    'leave the room',
  ],
  amenities: [
    'piscina',
    'alberca',
    'pileta',
    'gimnasio',
    'servicios',
    'instalaciones',
    'spa',
    'amenities',
    'facilities',
    'pool',
    'gym',
    'rooftop',
    'terraza',
    'traslado',
    'traslados',
    'transfer',
    'shuttle',
    'recepcion 24',
    'recepcion abierta',
    'reception open',
    'reception 24',
    '24h reception',
    '24 hour reception',
  ],
  cancellation_policy: [
    'cancelacion',
    'politica de cancelacion',
    'cancellation',
    'cancellation policy',
    'si cancelo',
    'si cancelamos',
    'cancelar gratis',
    'cancelar sin',
    'anular gratis',
    'anular sin',
    'if i cancel',
    'if we cancel',
    'cancel for free',
    'cancel free',
    'cancel without',
  ],
  policies: ['politica', 'politicas', 'normas', 'normativa', 'policy', 'policies', 'rules', 'house rules'],
  children: [
    'nino',
    'ninos',
    'nina',
    'ninas',
    'bebe',
    'bebes',
    'cuna',
    'menores',
    'children',
    'child',
    'kids',
    'kid',
    'baby',
    'cot',
    'crib',
  ],
  invoice: [
    'factura',
    'facturas',
    'facturar',
    'facturacion',
    'datos fiscales',
    'invoice',
    'invoices',
    'receipt',
    'receipts',
  ],
  discounts: [
    'descuento',
    'descuentos',
    'oferta',
    'ofertas',
    'promocion',
    'promociones',
    'promo',
    'codigo promocional',
    'cupon',
    'rebaja',
    'precio especial',
    'discount',
    'discounts',
    'special offer',
    'special offers',
    'deals',
    'promo code',
    'promotion',
    'promotions',
    'coupon',
  ],
  smoking: ['fumar', 'fumador', 'fumadores', 'fumo', 'tabaco', 'smoking', 'smoke', 'smoker'],
  contact: [
    'telefono',
    'email',
    'e-mail',
    'correo',
    'contacto',
    'contactar',
    'contactaros',
    'contactarles',
    'contactarte',
    'contactarlos',
    'llamaros',
    'phone',
    'telephone',
    'contact',
    'call you',
  ],
};

interface Keyword {
  topic: InfoTopic;
  /** The keyword's longest word, which any match holds verbatim: a cheap test before the regex. */
  lead: string;
  pattern: RegExp;
}

// "Pay by bank transfer": a way to pay, not the airport transfer.
const NOT_A_PAYMENT = '(?<!\\b(?:bank|wire|by|via)\\s+)';

// "mi teléfono es…", "my email is…": the guest is giving theirs, not asking for ours.
const POSSESSIVE = '(?<!\\b(?:mi|my|nuestro|our)\\s+)';

const KEYWORD_PATTERNS: readonly Keyword[] = Object.entries(KEYWORDS).flatMap(([topic, words]) =>
  words.map((word) => ({
    topic: topic as InfoTopic,
    lead: word.split(/[-\s]/).reduce((longest, part) => (part.length > longest.length ? part : longest)),
    pattern: new RegExp(
      `${topic === 'contact' ? POSSESSIVE : ''}${word === 'transfer' ? NOT_A_PAYMENT : ''}\\b${word.replace(/[-\s]/g, '[-\\s]?')}\\b`,
      'g',
    ),
  })),
);

interface Hit {
  topic: InfoTopic;
  start: number;
  end: number;
}

/** "🐶?", "🅿️?": a topic asked with an emoji alone. */
const EMOJI_TOPICS: ReadonlyArray<[InfoTopic, RegExp]> = [
  ['pets', /🐶|🐕|🐩|🐱|🐈|🐾/gu],
  ['parking', /🅿|🚗|🚙/gu],
  ['breakfast', /🍳|🥐|☕/gu],
  ['wifi', /📶|🛜/gu],
];
const ANY_EMOJI = new RegExp(EMOJI_TOPICS.map(([, pattern]) => pattern.source).join('|'), 'u');

/** What a `hotel_info` question is about; one entity per topic, at its longest mention. */
export function extractInfoTopics(text: string): Entity[] {
  const folded = foldText(text);
  const hits: Hit[] = KEYWORD_PATTERNS.flatMap(({ topic, lead, pattern }) =>
    !folded.includes(lead)
      ? []
      : [...folded.matchAll(pattern)].map((match) => ({
          topic,
          start: match.index,
          end: match.index + match[0].length,
        })),
  );
  if (ANY_EMOJI.test(text)) {
    for (const [topic, pattern] of EMOJI_TOPICS) {
      for (const match of text.matchAll(pattern)) {
        hits.push({ topic, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  // Longest first, so "política de cancelación" is one cancellation_policy and no policies.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const isCovered = kept.some((other) => other.start < hit.end && hit.start < other.end);
    if (!isCovered && !kept.some((other) => other.topic === hit.topic)) kept.push(hit);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((hit) => ({
      type: 'info_topic',
      value: { topic: hit.topic },
      text: text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
    }));
}
