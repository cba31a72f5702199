import { demoTenant, entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { ConversationState } from './conversation-state';
import { HotelFacts } from './hotel-facts';

describe('HotelFacts, pets', () => {
  const facts = new HotelFacts();
  /** The pets answer to each message in turn, in one conversation. */
  const conversation = (...messages: string[]): string[] => {
    const state: ConversationState = freshState();
    return messages.map((text) =>
      facts.answer(
        makeTurn({ nlu: parse('hotel_info', [entity.topic('pets')]), message: { text }, state }),
        'pets',
      ),
    );
  };

  it('welcomes small dogs after a heavy one was turned away, and says to confirm how many', () => {
    const [cat, heavy, small] = conversation(
      '¿admitís gatos?',
      '¿y un perro de 12 kilos?',
      '¿y dos perros pequeños?',
    );
    expect(cat).toMatch(/^Lo siento, no admitimos gatos/);
    expect(heavy).toMatch(/^Lo siento, solo admitimos mascotas de hasta 10 kg/);
    expect(small).toMatch(/^Admitimos mascotas \(suplemento de 20\s€ por noche\)/);
    expect(small).toMatch(/para 2 mascotas, llámanos al \+34 910 000 000/);
  });

  it('says a large breed is usually over the weight limit, unless its weight is said', () => {
    const [labrador, shepherd, weighed, small] = conversation(
      '¿puedo llevar a mi perro? es un labrador',
      'y un pastor alemán?',
      'mi labrador pesa 9 kilos',
      '¿y un caniche?',
    );
    expect(labrador).toMatch(
      / Un labrador suele pasar de los 10 kg: si el tuyo pesa más, no podría alojarse/,
    );
    expect(shepherd).toMatch(/ Un pastor alemán suele pasar de los 10 kg/);
    expect(weighed).not.toMatch(/suele pasar/);
    expect(small).not.toMatch(/suele pasar/);
  });

  it('answers the price asked after a heavy dog was turned away, and still turns that dog away', () => {
    const [, price, again] = conversation(
      '¿y un perro de 12 kilos?',
      '¿cuánto cuesta el perro, por noche o por estancia?',
      'lo traigo igual',
    );
    expect(price).toBe(
      'Admitimos mascotas (suplemento de 20\u00a0€ por noche), con estas condiciones: perros pequeños, de hasta 10 kg.',
    );
    expect(again).toMatch(/^Lo siento, solo admitimos mascotas de hasta 10 kg/);
  });

  it('says nothing of how many for one pet, and asks to confirm two in English too', () => {
    expect(conversation('¿admitís un perro pequeño?')[0]).not.toMatch(/\+34/);
    const state = freshState({ language: 'en' });
    const turn = makeTurn({
      nlu: { ...parse('hotel_info', [entity.topic('pets')]), language: 'en' },
      message: { text: 'can we bring two small dogs?' },
      state,
    });
    expect(facts.answer(turn, 'pets')).toMatch(/^Pets are welcome.*for 2 pets, call us on \+34 910 000 000/);
  });
});

describe('HotelFacts, check-out', () => {
  const facts = new HotelFacts();
  const answer = (text: string, language: 'es' | 'en' = 'es'): string =>
    facts.answer(
      makeTurn({
        nlu: parse('hotel_info', [entity.topic('check_out')]),
        message: { text },
        state: freshState({ language }),
      }),
      'check_out',
    );

  it('adds the late check-out to the latest check-out asked for, and only then', () => {
    expect(answer("What's the latest check out?", 'en')).toMatch(
      /^Check-out is until 12:00\. If you need longer, late check-out is available until 14:00 for €25\.$/,
    );
    expect(answer('¿hasta qué hora se puede salir como muy tarde?')).toMatch(/salida tardía hasta las 14:00/);
    expect(answer('¿a qué hora es el check-out?')).toBe('El check-out es hasta las 12:00.');
  });
});

describe('HotelFacts, breakfast', () => {
  const facts = new HotelFacts();
  const answer = (text: string, language: 'es' | 'en' = 'es'): string =>
    facts.answer(
      makeTurn({
        nlu: parse('hotel_info', [entity.topic('breakfast')]),
        message: { text },
        state: freshState({ language }),
      }),
      'breakfast',
    );

  it('says what the breakfast is like is not in the data, with the phone, and only when asked', () => {
    expect(answer('¿el desayuno es buffet?')).toMatch(
      /\. No tengo el detalle de lo que incluye .*\+34 910 000 000/,
    );
    expect(answer('Do you do vegan or gluten free breakfast?', 'en')).toMatch(
      /^Breakfast isn't included: it's €14 per person .* I don't have the details of what it includes/,
    );
    expect(answer('¿a qué hora es el desayuno?')).not.toMatch(/No tengo el detalle/);
  });
});

describe('HotelFacts, amenities', () => {
  const facts = new HotelFacts();
  const answer = (text: string, language: 'es' | 'en' = 'es', topics = [entity.topic('amenities')]): string =>
    facts.answer(
      makeTurn({ nlu: parse('hotel_info', topics), message: { text }, state: freshState({ language }) }),
      'amenities',
    );

  it.each([
    '¿cuánto cuesta el shuttle al aeropuerto?',
    'hola, ¿cuánto cuesta el traslado al aeropuerto?',
    '¿el shuttle al aeropuerto es gratis?',
  ])('says the price of an amenity the data does not price cannot be confirmed here: %j', (text) => {
    expect(answer(text)).toBe(
      'Tenemos traslado al aeropuerto, pero su precio no te lo puedo confirmar desde aquí: llámanos al +34 910 000 000 y te lo decimos.',
    );
  });

  it.each(['how much is the airport shuttle?', 'is the airport shuttle free?'])(
    'says so in English too: %j',
    (text) => {
      expect(answer(text, 'en')).toBe(
        "We have an airport shuttle, but I can't confirm the price from here: call us on +34 910 000 000 and we'll tell you.",
      );
    },
  );

  it('names no price when none is asked, or when it is asked of another topic', () => {
    expect(answer('¿tenéis traslado al aeropuerto?')).toBe('Sí, tenemos traslado al aeropuerto.');
    expect(answer('vale, ¿y tenéis gimnasio?')).toBe('Sí, tenemos gimnasio.');
    const alsoBreakfast = [entity.topic('breakfast'), entity.topic('amenities')];
    expect(answer('¿cuánto cuesta el desayuno? ¿y hay gimnasio?', 'es', alsoBreakfast)).toBe(
      'Sí, tenemos gimnasio.',
    );
  });
});

describe('HotelFacts, extra beds', () => {
  const facts = new HotelFacts();
  const answer = (tenant?: ReturnType<typeof demoTenant>): string =>
    facts.answer(
      makeTurn({
        nlu: parse('hotel_info', [entity.topic('extra_bed')]),
        message: { text: '¿podéis poner una cama supletoria?' },
        ...(tenant ? { tenant } : {}),
      }),
      'extra_bed',
    );

  it('sends the guest to the hotel, never promising a bed the data does not offer', () => {
    expect(answer()).toBe(
      'Si se puede poner una cama supletoria depende de la habitación, y no te lo puedo confirmar desde aquí: ' +
        'llámanos al +34 910 000 000 o escríbenos a reservas@hoteldemo.example y te dicen si es posible y su precio.',
    );
  });

  it("quotes the hotel's own terms when its policies have them", () => {
    const tenant = demoTenant();
    const policies = {
      ...tenant.info.policies,
      extra_bed: { es: 'Cama supletoria en la Superior, 30 € la noche.' },
    };
    expect(answer({ ...tenant, info: { ...tenant.info, policies } })).toBe(
      'Cama supletoria en la Superior, 30 € la noche.',
    );
  });
});
