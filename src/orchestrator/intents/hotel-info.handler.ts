import { Injectable } from '@nestjs/common';
import { HotelFacts } from '../dialogue/hotel-facts';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

/** Check-in and out, wifi, parking, breakfast, pets, amenities, policies, contact: the hotel's own data. */
@Injectable()
export class HotelInfoHandler extends IntentHandler {
  readonly intent = 'hotel_info';

  constructor(private readonly facts: HotelFacts) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const topics = this.facts.topics(turn);
    if (topics.length === 0) {
      turn.sayText(this.facts.overview(turn));
      return;
    }
    turn.sayText(topics.map((topic) => this.facts.answer(turn, topic)).join('\n'));
  }
}
