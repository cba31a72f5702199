import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import { asksWhetherHotelHas } from '../../nlp/amenity-question';
import { normaliseUtterance } from '../../nlp/utterance';
import { arrivalNote, arrivesInTime, arrivesLate, mentionsLuggage } from '../dialogue/arrival-time';
import { asksForRecommendation, asksWhatARoomHas } from '../dialogue/guest-wording';
import { asksOnlyAboutWeather } from '../dialogue/weather-question';
import { HotelFacts } from '../dialogue/hotel-facts';
import { recommendRoom } from '../dialogue/room-recommendation';
import { answerWhetherAllFit } from '../dialogue/room-fit';
import { noteBillingDetails } from '../dialogue/billing-details';
import { IntentHandler } from '../dialogue/intent-handler';
import { asksAboutATaxi, taxiAnswer } from '../dialogue/taxi-question';
import { rememberCodeSaid } from '../dialogue/known-bookings';
import { rememberTopics } from '../dialogue/topic-follow-up';
import { asksSomethingUnanswered } from '../dialogue/unanswered-question';
import type { Turn } from '../dialogue/turn';

/** "¿Podemos dejar las maletas en recepción después?", "after we check out": the bags wait after leaving. */
const AFTER_LEAVING =
  /\b(?:despues|luego|al salir|tras (?:el )?check.?out|after(?:wards)?|once we(?:'ve| have)? (?:left|checked out))\b/;

/** An age limit asked: "minimum age to check in", "¿hay edad mínima?", "how old do you have to be". */
const AGE_ASKED =
  /\b(?:minimum age|age limit|age requirement|how old (?:do|does|must|should)|edad minima|edad para (?:hacer el |el )?(?:check|alojar|registr|hosped|reservar)|(?:ser|hay que ser) mayor(?:es)? de edad)\b/;

/** "Tell me about the hotel", "información", "what do you offer": the hotel in general. */
const GENERAL_QUESTION =
  /\b(?:info|informacion|informes|datos del hotel|detalles|sobre el hotel|acerca del hotel|como es el hotel|que (?:ofrecen|ofreceis|tienen|teneis)$|cuentame|about the hotel|tell me about|information|details|overview|what do you (?:offer|have)$)\b/;

/** Check-in and out, wifi, parking, breakfast, pets, amenities, policies, contact: the hotel's own data. */
@Injectable()
export class HotelInfoHandler extends IntentHandler {
  readonly intent = 'hotel_info';

  constructor(private readonly facts: HotelFacts) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    rememberTopics(turn, 'hotel_info');
    rememberCodeSaid(turn.state, turn.nlu.entities);
    // "Can I leave my bags after checkout?": the bags wait after leaving, and check-in's hour says nothing.
    const topics = turn.entities('info_topic');
    const afterLeaving = AFTER_LEAVING.test(foldText(turn.message.text ?? ''));
    if (afterLeaving || topics.some((topic) => topic.value.topic === 'check_out'))
      turn.setAside(
        (entity) =>
          entity.type === 'info_topic' && entity.value.topic === 'check_in' && mentionsLuggage(entity.text),
      );
    if (answerWhetherAllFit(turn)) return;
    // "Is there a minimum age to check in?": no hour of check-in answers it (QA 30, en M10).
    if (AGE_ASKED.test(foldText(turn.message.text ?? '')))
      return turn.say('info.unknown', { phone: turn.tenant.info.phone });
    // Billing details noted, the hotel topics asked beside them are answered too (review 31, 3).
    const billing = noteBillingDetails(turn);
    if (billing && turn.entities('info_topic').every((topic) => topic.value.topic === 'invoice')) return;
    if (billing) turn.setAside((entity) => entity.type === 'info_topic' && entity.value.topic === 'invoice');
    const answers = this.facts.answers(turn);
    // "¿Cómo voy al aeropuerto en taxi?": what the hotel says of taxis, not its shuttle's terms.
    if (asksAboutATaxi(turn.message.text ?? '')) answers.push(taxiAnswer(turn));
    const text = normaliseUtterance(turn.message.text ?? '', turn.language);
    if (answers.length > 0) {
      // The hotel's data says when rooms are ready, not whether bags can wait at reception.
      if (mentionsLuggage(text)) answers.push(turn.text('info.luggage', { phone: turn.tenant.info.phone }));
      // "Llego a las 23h" / "we arrive late": with a 24-hour reception, any time is fine; else call.
      // "Llegamos a las 5 de la tarde": after check-in, no problem.
      // In the small hours, of a stay being booked, that its first night is not the one before.
      const { checkIn } = turn.state.dialogue.slots;
      const said = turn.message.text ?? '';
      const note =
        arrivesLate(said) || arrivesInTime(said, turn.tenant.info.checkIn)
          ? arrivalNote(turn, typeof checkIn === 'string' ? checkIn : undefined)
          : null;
      if (note) answers.push(note);
      // "…and is there a fridge in the room?": what the data does not name is said to be unknown.
      if (asksSomethingUnanswered(turn, (clause) => this.facts.namesAnAmenity(turn, clause)))
        answers.push(
          turn.text('info.not_listed', {
            amenities: this.facts.amenities(turn),
            phone: turn.tenant.info.phone,
          }),
        );
      turn.sayText(answers.join('\n'));
      return;
    }
    // No topic the hotel's data covers: an overview only for a question about the hotel in general;
    // "¿tienen sauna?" is told what the hotel has, and anything else ("¿puedo pagar en efectivo?")
    // where to ask, rather than an overview that does not answer it.
    const { phone } = turn.tenant.info;
    const named = this.facts.namedAmenities(turn);
    const room = turn.entity('room_type')?.value.roomTypeId;
    // "¿Podemos dejar las maletas en recepción después?": the bags, whatever else the words name.
    if (afterLeaving && mentionsLuggage(text)) turn.say('info.luggage', { phone });
    else if (room && asksWhatARoomHas(turn.message.text ?? '', turn.nlu))
      turn.say('info.room_detail_unknown', { room: turn.roomName(room), phone });
    else if (asksForRecommendation(text)) {
      // "¿Cuál me recomiendas?" at the rooms listed, "what room do you recommend?": a room, not a restaurant.
      if (!recommendRoom(turn)) turn.say('info.recommendation', { phone });
    } else if (asksOnlyAboutWeather(text, turn.nlu)) turn.say('info.weather');
    else if (GENERAL_QUESTION.test(text)) turn.sayText(this.facts.overview(turn));
    else if (named.length > 0) turn.sayText(this.facts.amenityAnswer(turn, named));
    else if (asksWhetherHotelHas(text, turn.language))
      turn.say('info.not_listed', { amenities: this.facts.amenities(turn), phone });
    else turn.say('info.unknown', { phone });
  }
}
