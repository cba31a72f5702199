import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A long message (an e-mail, QA M8) with several questions about the hotel: each answered, in the
// order asked, and an amenity's answer reads its own question only. Through the real router and handlers.

describe('several hotel questions in one message', () => {
  it('answers check-in, parking and pets in order, in Spanish and in English', async () => {
    const spanish = await new RoutedDialogue().say(
      'Hola, quería saber a qué hora es el check-in, si tienen parking y si aceptan perros. Gracias',
      {
        intent: 'hotel_info',
        entities: [
          ['check-in', entity.topic('check_in')],
          ['parking', entity.topic('parking')],
          ['perros', entity.topic('pets')],
        ],
      },
    );
    expect(spanish.split('\n')).toEqual([
      'El check-in es a partir de las 15:00.',
      'Sí, tenemos parking, a 18\u00a0€ la noche.',
      expect.stringMatching(/^Admitimos mascotas/),
    ]);
    const english = await new RoutedDialogue('en').say(
      'Hi, what time is check-in? Do you have parking? Are pets allowed? Thanks',
      {
        intent: 'hotel_info',
        language: 'en',
        entities: [
          ['check-in', entity.topic('check_in')],
          ['parking', entity.topic('parking')],
          ['pets', entity.topic('pets')],
        ],
      },
    );
    expect(english.split('\n')).toEqual([
      'Check-in is from 15:00.',
      'Yes, we have parking, €18 per night.',
      expect.stringMatching(/^Pets are welcome/),
    ]);
  });

  it("does not give an amenity another question's hours: the gym is a yes beside breakfast's time", async () => {
    const english = await new RoutedDialogue('en').say(
      'Hi, do you have a gym? What time is breakfast? Is parking free?',
      {
        intent: 'hotel_info',
        language: 'en',
        entities: [
          ['gym', entity.topic('amenities')],
          ['breakfast', entity.topic('breakfast')],
          ['parking', entity.topic('parking')],
        ],
      },
    );
    expect(english.split('\n')).toEqual([
      'Yes, we have a gym.',
      expect.stringMatching(/^Breakfast isn't included/),
      'Yes, we have parking, €18 per night.',
    ]);
    const spanish = await new RoutedDialogue().say(
      'Hola, quería saber si tienen parking, si hay transfer al aeropuerto y a qué hora es el check-out',
      {
        intent: 'hotel_info',
        entities: [
          ['parking', entity.topic('parking')],
          ['transfer', entity.topic('amenities')],
          ['check-out', entity.topic('check_out')],
        ],
      },
    );
    expect(spanish.split('\n')[1]).toBe('Sí, tenemos traslado al aeropuerto.');
  });

  it("still tells an amenity's hours are not in the data when its own question asks them", async () => {
    const reply = await new RoutedDialogue().say('¿La piscina, a qué hora abre? ¿Hay parking?', {
      intent: 'hotel_info',
      entities: [
        ['piscina', entity.topic('amenities')],
        ['parking', entity.topic('parking')],
      ],
    });
    expect(reply.split('\n')[0]).toMatch(/^Tenemos piscina en la azotea, pero no tengo a mano ese detalle/);
  });

  it('gives a topic joined on alone ("… y la piscina?") the question before it', async () => {
    const text = '¿A qué hora el desayuno y la piscina?';
    const reply = await new RoutedDialogue().say(text, {
      intent: 'hotel_info',
      entities: [
        ['desayuno', entity.topic('breakfast')],
        ['piscina', entity.topic('amenities')],
      ],
    });
    expect(reply).toMatch(/\nTenemos piscina en la azotea, pero no tengo a mano ese detalle/);
  });

  it('answers a price question and another in the order asked', async () => {
    const reply = await new RoutedDialogue().say('¿tienen gimnasio? ¿cuánto cuesta el desayuno?', {
      intent: 'room_prices',
      entities: [
        ['gimnasio', entity.topic('amenities')],
        ['desayuno', entity.topic('breakfast')],
      ],
    });
    expect(reply.split('\n')).toEqual([
      'Sí, tenemos gimnasio.',
      expect.stringMatching(/^El desayuno no está incluido: cuesta 14/),
    ]);
  });
});
