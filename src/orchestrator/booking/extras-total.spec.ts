import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { LockService } from '../../lock/lock.service';
import type { Entity } from '../../nlp/nlp.types';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import type { Availability, Reservation, ReservationRequest, RoomOffer } from '../../pms/pms.types';
import type { ConversationState } from '../dialogue/conversation-state';
import { HotelFacts } from '../dialogue/hotel-facts';
import type { Turn } from '../dialogue/turn';
import { BookingFlow } from './booking-flow';

const offer = (roomTypeId: string, nightlyRate: number): RoomOffer => ({
  roomTypeId,
  name: { es: roomTypeId, en: roomTypeId },
  maxGuests: 3,
  roomsLeft: 3,
  nightlyRate,
  total: nightlyRate * 3,
  currency: 'EUR',
});

/** Every stay here is 3 nights: a Doble Estándar at 109 € (327 €), a Superior at 139 € (417 €). */
class ThreeNightsPms extends PmsAdapter {
  async checkAvailability(): Promise<Availability> {
    return { offers: [offer('double', 109), offer('superior', 139)], checkedAt: '', stale: false };
  }
  async getRoomTypes(): Promise<never> {
    throw new Error('not used');
  }
  async createReservation(request: ReservationRequest): Promise<Reservation> {
    const total = request.roomTypeId === 'superior' ? 417 : 327;
    return { ...request, reference: 'K7QX2M', status: 'confirmed', total, currency: 'EUR' };
  }
  async getReservation(): Promise<never> {
    throw new Error('not used');
  }
  async cancelReservation(): Promise<never> {
    throw new Error('not used');
  }
}

const locks = {
  withLock: <T>(_keys: string[], fn: (signal: AbortSignal) => Promise<T>) => fn(new AbortController().signal),
} as unknown as LockService;

/** The replies, with the money's non-breaking spaces as plain ones. */
const texts = (turn: Turn): string =>
  turn.replies
    .map((reply) => ('text' in reply ? reply.text : reply.type))
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');

describe('the total with extras', () => {
  const flow = new BookingFlow(new ThreeNightsPms(), locks, new HotelFacts());

  const say = async (
    state: ConversationState,
    entities: Entity[],
    text: string,
    intent: 'make_reservation' | 'room_prices' = 'make_reservation',
  ): Promise<Turn> => {
    const turn = makeTurn({ nlu: parse(intent, entities), state, message: { id: 'wamid.TOTAL', text } });
    await flow.continue(turn, intent === 'make_reservation' ? 'book' : undefined);
    return turn;
  };

  const superiorWithEverything = (language: 'es' | 'en' = 'es') =>
    say(
      freshState({ guestName: 'Marina Soto', language }),
      [
        entity.room('superior'),
        entity.guests(2),
        entity.range('2026-12-12', '2026-12-15'),
        entity.topic('breakfast'),
        entity.topic('parking'),
        entity.topic('pets'),
      ],
      'quiero la doble superior para 2 del 12 al 15 de diciembre con desayuno, parking y mi perro de 6 kilos',
    );

  it('adds a grand total line under the extras of a summary: the room, the extras and their sum', async () => {
    const summary = await superiorWithEverything();
    expect(texts(summary)).toContain(
      [
        '• Total: 417 € (pago en el hotel)',
        '• Con mascota: suplemento de 20 € por noche (60 €), a pagar en el hotel',
        '• Con parking: 18 € por noche (54 €), a pagar en el hotel',
        '• Con desayuno: 14 € por persona y noche (84 €), a pagar en el hotel',
        '• Total con extras: 615 € (habitación 417 € + extras 198 €), a pagar en el hotel',
        '¿La confirmo?',
      ].join('\n'),
    );
    const english = await superiorWithEverything('en');
    expect(texts(english)).toContain(
      '• Total with extras: €615 (room €417 + extras €198), paid at the hotel\nShall I confirm it?',
    );
  });

  it('keeps the room-only total alone when the summary has no extras', async () => {
    const summary = await say(
      freshState({ guestName: 'Marina Soto' }),
      [entity.room('superior'), entity.guests(2), entity.range('2026-12-12', '2026-12-15')],
      'la doble superior para 2 del 12 al 15 de diciembre',
    );
    expect(texts(summary)).toContain('• Total: 417 € (pago en el hotel)\n¿La confirmo?');
    expect(texts(summary)).not.toMatch(/Total con extras/);
  });

  it('says the grand total again with the booking made', async () => {
    const summary = await superiorWithEverything();
    const yes = makeTurn({ nlu: parse('confirm'), state: summary.state, message: { text: 'sí' } });
    await flow.confirm(yes);
    expect(texts(yes)).toMatch(
      /^✅ .*K7QX2M.*Total 615 € \(habitación 417 € \+ extras 198 €\), pago en el hotel\..*\n• Con mascota.*\n• Con parking.*\n• Con desayuno[^\n]*$/s,
    );
  });

  it('prices a stay asked with breakfast and parking with them, and takes them into the booking', async () => {
    const asked = await say(
      freshState(),
      [
        entity.room('double'),
        entity.guests(2),
        entity.range('2026-12-10', '2026-12-13'),
        entity.topic('breakfast'),
        entity.topic('parking'),
      ],
      '¿cuánto me sale una doble para 2 del 10 al 13 de diciembre con desayuno y parking?',
      'room_prices',
    );
    expect(texts(asked)).toMatch(
      /• Doble Estándar: 109 €\/noche, total 327 €\nTotal con parking y desayuno: 465 € \(habitación 327 € \+ extras 138 €\), a pagar en el hotel\.\n¿Quieres que te la reserve\?/,
    );
    expect(asked.state.dialogue.slots).toMatchObject({ step: 'offer', breakfast: true, parking: true });
  });

  it('says what the extras add to any room listed for a stay asked with them', async () => {
    const listed = await say(
      freshState(),
      [entity.guests(2), entity.range('2026-12-10', '2026-12-13'), entity.topic('breakfast')],
      '¿cuánto me sale una habitación para 2 del 10 al 13 de diciembre con desayuno?',
      'room_prices',
    );
    expect(texts(listed)).toMatch(
      /• Doble Superior: 139 €\/noche, total 417 €\nCon desayuno, súmale 84 € al total de cualquiera de ellas \(a pagar en el hotel\)\.\n/,
    );
  });
});

describe('breakfast and parking asked with "w" for "with" (QA 32, H4)', () => {
  it.each([
    ['standard double dec 10 to 12 for 2 w breakfast, Ana Ruiz', 'breakfast', /With breakfast/],
    ['standard double dec 10 to 12 for 2 w/ parking, Ana Ruiz', 'parking', /With parking/],
  ] as const)('puts it on the summary: %j', async (text, word, line) => {
    const dialogue = new RoutedDialogue('en');
    const summary = await dialogue.say(text, {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['standard double', entity.room('double')],
        ['dec 10 to 12', entity.range('2026-12-10', '2026-12-12')],
        ['for 2', entity.guests(2)],
        [word, entity.topic(word)],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    });
    expect(summary).toMatch(line);
  });
});
