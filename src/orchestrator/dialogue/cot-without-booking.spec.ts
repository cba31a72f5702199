import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';

// "Necesitamos una cuna para el bebé" with no booking in the conversation: the children's terms, and
// how to have it noted for a booking already made; no booking started that keeps asking for dates.

const withBaby = (adults: number, infants: number): Entity => ({
  type: 'guests',
  value: { adults, children: 0, infants, total: adults },
  text: '',
  start: 0,
  end: 0,
});

describe('a cot asked for with no booking in the conversation', () => {
  it.each([
    ['es', 'necesitamos una cuna para el bebe', 'make_reservation', 'cuna'],
    ['es', 'necesitamos una cuna para el bebé', 'hotel_info', 'cuna'],
    ['en', 'we need a cot for the baby', 'hotel_info', 'baby'],
    ['en', 'do you have a crib for our baby?', 'hotel_info', 'crib'],
    ['en', 'we need a cot for the baby', 'make_reservation', 'cot'],
  ] as const)('%s %j (read as %s): the terms, no dates asked', async (language, text, intent, words) => {
    const dialogue = new RoutedDialogue(language);
    const answer = await dialogue.say(text, { intent, entities: [[words, entity.topic('children')]] });
    expect(answer).toMatch(
      language === 'es'
        ? /Los menores de 3 años se alojan gratis en cuna\./
        : /Children under 3 stay free in a cot\./,
    );
    expect(answer).not.toMatch(/fechas|dates/i);
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect(dialogue.state.dialogue.awaiting).toBeNull();
    const next = await dialogue.say(language === 'es' ? '¿hay parking?' : 'is there parking?', {
      intent: 'hotel_info',
      entities: [[language === 'es' ? 'parking' : 'parking', entity.topic('parking')]],
    });
    expect(next).not.toMatch(/fechas|dates/i);
    const thanks = await dialogue.say(language === 'es' ? 'gracias' : 'thanks', { intent: 'thanks' });
    expect(thanks).not.toMatch(/fechas|dates/i);
  });

  it('tells the terms when the classifier finds no topic in it', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say('can we have a cot please?', { intent: 'make_reservation' });
    expect(answer).toMatch(/Children under 3 stay free in a cot\./);
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it.each([
    ['quiero hacer una reserva, vamos con un bebé de 6 meses', 'es'],
    ['quiero reservar, necesitamos cuna', 'es'],
    ['quería reservar para diciembre, venimos con un bebé', 'es'],
    ['we would like to book, we are bringing our baby', 'en'],
  ] as const)('is a booking to make at %j, never only the terms', async (text, language) => {
    const dialogue = new RoutedDialogue(language);
    const answer = await dialogue.say(text, { intent: 'make_reservation', language });
    expect(answer).not.toMatch(/^(?:Los menores de 3 años|Children under 3)/);
    expect(dialogue.state.dialogue.flow).toBe('make_reservation');
  });

  it('is a booking, the baby in it, when the stay comes in the same message', async () => {
    const dialogue = new RoutedDialogue('es');
    const text = 'necesitamos una cuna, del 12 al 14 para 2 y el bebé';
    const answer = await dialogue.say(text, {
      intent: 'make_reservation',
      entities: [
        ['cuna', entity.topic('children')],
        ['del 12 al 14', entity.range('2026-12-12', '2026-12-14')],
        ['para 2 y el bebé', withBaby(2, 1)],
      ],
    });
    expect(answer).toMatch(/tenemos/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, infants: 1 });
  });

  it('books as usual when the dates come next', async () => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('necesitamos una cuna para el bebe', {
      intent: 'make_reservation',
      entities: [['cuna', entity.topic('children')]],
    });
    const text = 'del 12 al 14 para 2 y el bebé';
    const answer = await dialogue.say(text, {
      intent: 'check_availability',
      entities: [
        ['del 12 al 14', entity.range('2026-12-12', '2026-12-14')],
        ['para 2 y el bebé', withBaby(2, 1)],
      ],
    });
    expect(answer).toMatch(/tenemos/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, infants: 1, checkIn: '2026-12-12' });
  });

  it('books as usual in English when the dates come next', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('we need a cot for the baby', {
      intent: 'hotel_info',
      entities: [['baby', entity.topic('children')]],
    });
    const answer = await dialogue.say('from the 12th to the 14th for 2 and the baby', {
      intent: 'check_availability',
      entities: [
        ['from the 12th to the 14th', entity.range('2026-12-12', '2026-12-14')],
        ['for 2', entity.guests(2)],
        ['baby', entity.topic('children')],
      ],
    });
    expect(answer).toMatch(/we have/i);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, checkIn: '2026-12-12' });
  });
});

describe('a cot asked for once a booking is made in the conversation', () => {
  it('is still noted for that booking, the staff told', async () => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('doble del 10 al 12 de dic para 2', {
      intent: 'check_availability',
      entities: [
        ['doble', entity.room('double')],
        ['del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
        ['para 2', entity.guests(2)],
      ],
    });
    await dialogue.say('1', { intent: 'None' });
    await dialogue.say('Laura Gil', { intent: 'None' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    const answer = await dialogue.say('necesitamos una cuna para el bebe', {
      intent: 'make_reservation',
      entities: [['cuna', entity.topic('children')]],
    });
    expect(answer).toBe(
      'Anotado: una cuna para tu reserva BOOK1X. Se lo paso al equipo para que esté lista en la habitación.',
    );
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^👶 La reserva BOOK1X .*una cuna/)]);
    expect(dialogue.state.dialogue.flow).toBeNull();
  });
});
