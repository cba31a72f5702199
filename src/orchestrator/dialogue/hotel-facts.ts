import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import type { InfoTopic } from '../../nlp/nlp.types';
import type { PhraseKey } from '../replies/phrasebook';
import { AMENITY_WORDS } from './amenity-words';
import { arrivesEarly, mentionsLuggage } from './arrival-time';
import { asksPetPrice, largeBreedOverLimit, petRefusal, statedPetCount } from './pet-limits';
import { clausesNaming } from './topic-clauses';
import { asksAPrice } from './topic-follow-up';
import type { Turn } from './turn';
import { wifiAnswer } from './wifi-answer';

const POLICY_TOPICS: Partial<Record<InfoTopic, string>> = {
  cancellation_policy: 'cancellation',
  children: 'children',
  smoking: 'smoking',
  discounts: 'discounts',
  payment: 'payment',
  taxes: 'taxes',
  extra_bed: 'extra_bed',
};

/** The topics that come with a price of their own: asked with "how much", they are price questions ("¿los niños pagan?"). */
export const PRICED_TOPICS: ReadonlySet<InfoTopic> = new Set(['breakfast', 'parking', 'pets', 'children']);

/** Asking when something opens: "¿a qué hora abre?", "horario", "opening hours", "until when is it open?". */
/** What a breakfast is like: its kind, its food, diets. */
const ASKS_WHAT_BREAKFAST_IS =
  /\b(?:buffet|bufet|bufe|continental|english|ingles|vegan[oa]?s?|vegetarian[oa]?s?|gluten|celiac[oa]?s?|celiaquia|alergi\w*|allerg\w*|lactosa|lactose|halal|kosher|que (?:incluye|trae|lleva|hay)(?! (?:el precio|los precios|la tarifa|la habitacion))|what(?:'s| is) (?:in|included)(?! in the (?:price|rate|room))|what do you (?:serve|have))\b/;

/** "The latest check-out", "lo más tarde que se puede salir": the late check-out is part of the answer. */
const ASKS_LATEST =
  /\b(?:latest|as late as|mas tarde|lo mas tarde|como muy tarde|hasta cuando como maximo)\b/;

/** Hours, season or how an amenity is ("¿la piscina está climatizada?", "is it open in December?"): not in the data. */
const ASKS_DETAIL =
  /\b(?:a que hora|hasta que hora|desde que hora|horarios?|abre|abren|cierra|cierran|abiert[ao]s?|climatizad[ao]s?|cubiert[ao]s?|temporada|what time|opening hours|hours|open|opens|closes|heated|covered|indoors?|season)\b/;

/**
 * The hotel's own facts (check-in and out, wifi, parking, breakfast, pets, amenities, policies,
 * contact) in the guest's language, for whichever handler the question reached.
 */
@Injectable()
export class HotelFacts {
  /** The topics the guest's message names, each once, in the order named ("política de niños": children's). */
  topics(turn: Turn): InfoTopic[] {
    const topics = [...new Set(turn.entities('info_topic').map((entity) => entity.value.topic))];
    const isSpecific = topics.some((topic) => topic in POLICY_TOPICS);
    return isSpecific ? topics.filter((topic) => topic !== 'policies') : topics;
  }

  /** The answers to the topics the message names, of those in `among` (all by default). */
  answers(turn: Turn, among?: ReadonlySet<InfoTopic>): string[] {
    return this.topics(turn)
      .filter((topic) => !among || among.has(topic))
      .map((topic) => this.answer(turn, topic));
  }

  /** The topics whose price the hotel's data tells: PRICED_TOPICS, and an included wifi when a price is asked ("do you charge for wifi?"). */
  pricedTopics(turn: Turn): ReadonlySet<InfoTopic> {
    const freeWifi = turn.tenant.info.wifi?.included && asksAPrice(turn.message.text ?? '');
    return freeWifi ? new Set([...PRICED_TOPICS, 'wifi']) : PRICED_TOPICS;
  }

  overview(turn: Turn): string {
    const { info } = turn.tenant;
    return turn.text('info.overview', {
      hotel: turn.tenant.name,
      address: info.address,
      checkIn: info.checkIn,
      checkOut: info.checkOut,
      amenities: this.amenities(turn),
    });
  }

  answer(turn: Turn, topic: InfoTopic): string {
    const info = turn.tenant.info;
    const contact = { phone: info.phone, email: info.email };
    switch (topic) {
      case 'check_in':
        // "Llegamos a las 9, ¿podemos entrar antes?": the hour, and whom to ask for an earlier room.
        if (arrivesEarly(turn.message.text ?? '', info.checkIn) && !mentionsLuggage(turn.message.text ?? ''))
          return turn.text('info.early_arrival', { checkIn: info.checkIn, phone: info.phone });
        return turn.text('info.check_in', { checkIn: info.checkIn });
      case 'check_out': {
        const checkOut = turn.text('info.check_out', { checkOut: info.checkOut });
        // "What's the latest check-out?": the hour, and how much later the hotel sells.
        if (!info.lateCheckout || !ASKS_LATEST.test(foldText(turn.message.text ?? ''))) return checkOut;
        return `${checkOut} ${turn.text('info.late_checkout_too', { until: info.lateCheckout.until, price: turn.money(info.lateCheckout.price) })}`;
      }
      case 'wifi':
        return wifiAnswer(turn);
      case 'parking':
        if (!info.parking) return turn.text('info.unknown', contact);
        return turn.text('info.parking', {
          available: info.parking.available,
          price: info.parking.pricePerNight !== undefined ? turn.money(info.parking.pricePerNight) : 'none',
        });
      case 'breakfast': {
        if (!info.breakfast) return turn.text('info.unknown', contact);
        const breakfast = turn.text('info.breakfast', {
          included: info.breakfast.included,
          price: info.breakfast.price !== undefined ? turn.money(info.breakfast.price) : 'none',
          hours: info.breakfast.hours ?? 'none',
        });
        // "¿Es buffet?", "do you do vegan or gluten free?": what it is made of is not in the data.
        if (!ASKS_WHAT_BREAKFAST_IS.test(foldText(turn.message.text ?? ''))) return breakfast;
        return `${breakfast} ${turn.text('info.breakfast_detail_unknown', { phone: info.phone })}`;
      }
      case 'pets':
        return this.pets(turn);
      case 'amenities': {
        // "¿tienen piscina?": yes, and which; "¿qué servicios tienen?": all of them. An amenity with a
        // topic of its own asked in the same message ("is breakfast included? and a gym?") has its answer.
        const topics = this.topics(turn);
        const answered = new Set<string>(topics);
        const named = this.namedAmenities(turn, (code) => !answered.has(code));
        // "¿El desayuno cuánto cuesta? ¿y hay gimnasio?": the price is the breakfast's.
        const priced = this.pricedTopics(turn);
        const pricedApart = topics.some((topic) => priced.has(topic));
        if (named.length > 0) return this.amenityAnswer(turn, named, !pricedApart);
        return turn.text('info.amenities', { amenities: this.amenities(turn) });
      }
      case 'policies':
        return turn.text('info.policies', {
          policies: Object.values(info.policies)
            .map((policy) => turn.localized(policy))
            .join(' '),
        });
      case 'contact':
        return turn.text('info.contact', contact);
      case 'invoice':
        return turn.text('info.invoice', contact);
      case 'discounts':
        // The hotel's own terms where it has them; else no discount is promised, and whom to ask.
        return this.policy(turn, topic) ?? turn.text('info.discounts_none', contact);
      case 'payment':
        // Bookings made here charge nothing: the stay is paid at the hotel.
        return this.policy(turn, topic) ?? turn.text('info.payment_at_hotel', contact);
      case 'taxes':
        return this.policy(turn, topic) ?? turn.text('info.taxes_unknown', contact);
      case 'extra_bed':
        // Whether a room takes one, and at what price, is the hotel's to say unless its data does.
        return this.policy(turn, topic) ?? turn.text('info.extra_bed_unknown', contact);
      default:
        return this.policy(turn, topic) ?? turn.text('info.unknown', contact);
    }
  }

  /**
   * "¿Hay piscina?": yes, and which. Its hours or kind ("¿a qué hora abre el gimnasio?", "is the pool
   * heated?") or its price ("¿cuánto cuesta el traslado?", `priceAsked` unless another topic's) are not
   * in the hotel's data: the phone to ask, never a made-up answer.
   */
  amenityAnswer(turn: Turn, named: string[], priceAsked = true): string {
    // Of its own question: "¿tienen gimnasio? ¿a qué hora es el desayuno?" asks no gym hours.
    const codes = turn.tenant.info.amenities.filter((code) => named.includes(this.amenityName(turn, code)));
    const text = clausesNaming(turn.message.text ?? '', turn.entities('info_topic'), (clause) =>
      codes.some((code) => this.namesAmenity(turn, code, foldText(clause))),
    );
    const values = { amenities: turn.list(named), phone: turn.tenant.info.phone };
    if (ASKS_DETAIL.test(foldText(text))) {
      // "¿A qué hora cierra la recepción?": a reception open round the clock has its hours in its name.
      if (codes.length === 1 && codes[0] === '24h-reception') return turn.text('info.reception_24h', values);
      return turn.text('info.amenity_hours', values);
    }
    if (priceAsked && asksAPrice(text)) return turn.text('info.amenity_price', values);
    return turn.text('info.has_amenities', values);
  }

  private pets(turn: Turn): string {
    const { pets, phone, email } = turn.tenant.info;
    if (!pets) return turn.text('info.unknown', { phone, email });
    const text = turn.message.text ?? '';
    const refusal = pets.allowed ? petRefusal(turn) : null;
    // "¿Cuánto cuesta el perro?" after a heavier one was turned away asks the price, not that dog again.
    const priceOnly = refusal?.reason === 'weight' && refusal.toldBefore && asksPetPrice(text);
    if (refusal?.reason === 'weight' && !priceOnly)
      return turn.text('info.pet_too_heavy', { max: refusal.maxKg });
    if (refusal?.reason === 'kind')
      return turn.text('info.pet_kind_not_taken', {
        kind: turn.text(`pet.${refusal.kind}`),
        taken: turn.list(refusal.taken.map((kind) => turn.text(`pet.${kind}`))),
        notes: pets.notes !== undefined ? turn.localized(pets.notes) : 'none',
      });
    const answer = turn.text('info.pets', {
      allowed: pets.allowed,
      price: pets.price !== undefined ? turn.money(pets.price) : 'none',
      notes: pets.notes !== undefined ? midSentence(turn.localized(pets.notes)) : 'none',
    });
    // The hotel's data does not say how many pets may come at once.
    const count = pets.allowed ? statedPetCount(text) : null;
    const many = count !== null && count > 1 ? turn.text('info.pets_how_many', { count, phone }) : null;
    // "He's a labrador", at a hotel that takes dogs up to 10 kg: most are heavier.
    const breed = pets.allowed ? largeBreedOverLimit(text, pets.maxWeightKg) : null;
    const large = breed
      ? turn.text('info.pet_large_breed', { breed, max: pets.maxWeightKg ?? 0, phone })
      : null;
    return [answer, many, large].filter(Boolean).join(' ');
  }

  private policy(turn: Turn, topic: InfoTopic): string | null {
    const name = POLICY_TOPICS[topic];
    const policy = name ? turn.tenant.info.policies[name] : undefined;
    if (policy === undefined) return null;
    return turn.text(`info.${topic}` as PhraseKey, { policy: turn.localized(policy) });
  }

  /** Amenity codes ("rooftop-pool") in the guest's words where the templates know them. */
  amenities(turn: Turn): string {
    return turn.list(turn.tenant.info.amenities.map((code) => this.amenityName(turn, code)));
  }

  /** The hotel's amenities the guest's message names ("¿hay piscina?": the rooftop pool), in their words. */
  namedAmenities(turn: Turn, among: (code: string) => boolean = () => true): string[] {
    // With the words of the topics carried from the last question ("¿y cuánto cuesta?" after "¿hay transfer?").
    const topicWords = turn.entities('info_topic').map((entity) => entity.text);
    const text = foldText([turn.message.text ?? '', ...topicWords].join(' '));
    return turn.tenant.info.amenities
      .filter(among)
      .filter((code) => this.namesAmenity(turn, code, text))
      .map((code) => this.amenityName(turn, code));
  }

  /** Whether the text names one of the hotel's amenities ("¿hay piscina?"). */
  namesAnAmenity(turn: Turn, text: string): boolean {
    return turn.tenant.info.amenities.some((code) => this.namesAmenity(turn, code, foldText(text)));
  }

  /** Whether the (folded) text names the amenity, by its name or a word of its code ("la piscina": rooftop-pool). */
  private namesAmenity(turn: Turn, code: string, text: string): boolean {
    const name = foldText(this.amenityName(turn, code)).replace(/^(?:an?|the) /, '');
    const named = new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text);
    return named || code.split('-').some((part) => AMENITY_WORDS[part]?.test(text));
  }

  private amenityName(turn: Turn, code: string): string {
    const key = `amenity.${code}` as PhraseKey;
    return turn.hasText(key) ? turn.text(key) : code.replace(/-/g, ' ');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Perros pequeños…" after "con estas condiciones:": lower case, unless it starts with an acronym ("WiFi", "UK"). */
function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
