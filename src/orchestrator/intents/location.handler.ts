import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import { IntentHandler } from '../dialogue/intent-handler';
import { AIRPORT, asksAboutATaxi, taxiAnswer } from '../dialogue/taxi-question';
import type { Turn } from '../dialogue/turn';

/** A way or a distance asked: "how far is the Prado?", "¿cómo llego desde Atocha?", "¿a cuánto está del centro?". */
const THE_WAY_ASKED =
  /\b(?:how far|how long (?:does it take|to (?:walk|get))|how (?:do|can|could|would|should) (?:i|we) get|how to get|get there from|walking distance|distance|directions|a cuanto (?:esta|estan|queda|quedan)|que tan lejos|(?:esta|estan|queda|quedan) (?:lejos|cerca)|como (?:llego|llegamos|se llega|voy|vamos|puedo llegar|podemos llegar)|distancia|indicaciones)\b/;

/** Where the hotel is, as a location message (a map pin on WhatsApp, a maps link by e-mail). */
@Injectable()
export class LocationHandler extends IntentHandler {
  readonly intent = 'location';

  async handle(turn: Turn): Promise<void> {
    const { address, coordinates, amenities } = turn.tenant.info;
    // By e-mail the location renders with its address and a link: one message says it all.
    if (turn.message.channel !== 'gmail') turn.say('location', { address });
    turn.replies.push({
      type: 'location',
      latitude: coordinates.latitude,
      longitude: coordinates.longitude,
      name: turn.tenant.name,
      address,
    });
    // "¿Cómo llego en taxi?": the taxi asked about, not the shuttle.
    if (asksAboutATaxi(turn.message.text ?? '')) turn.sayText(taxiAnswer(turn));
    // "¿Cómo llego desde el aeropuerto?" at a hotel with a shuttle: the easiest way.
    else if (AIRPORT.test(foldText(turn.message.text ?? '')) && amenities.includes('airport-shuttle'))
      turn.say('location.shuttle', { phone: turn.tenant.info.phone });
    // "How far is the Prado?", "how do I get there from Atocha?" (QA 29, M12): no routes in the data.
    else if (THE_WAY_ASKED.test(foldText(turn.message.text ?? '')))
      turn.say('location.directions', { phone: turn.tenant.info.phone });
  }
}
