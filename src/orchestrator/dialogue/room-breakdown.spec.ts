import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { foldText } from '../../common/fold-text';
import type { IntentName, Language } from '../../nlp/nlp.types';
import { reportsRoomBreakdown } from './room-breakdown';

// Something of the guest's room not working ("no hot water in room 204", "no hay agua caliente en la
// 204"): a person, at once, however it classifies. Through the real router and handlers.

const reports = (text: string): boolean => reportsRoomBreakdown(foldText(text));

describe("a breakdown in the guest's room", () => {
  it('is told apart from a question about what the rooms have', () => {
    const breakdowns = [
      'no hot water in room 204',
      'no hay agua caliente en la 204',
      "hi, there's no hot water in our room",
      '¿no hay agua caliente en mi habitación?',
      'no sale agua caliente',
      'se nos ha ido la luz',
      "the AC in my room isn't working",
      "the heating won't turn on",
      'la calefacción no enciende',
      'el aire de mi habitación no enfría',
      'the toilet is clogged',
      'el váter está atascado',
      'no hay agua caliente, ¿pueden mandar a alguien?',
      "hi, booking K7QX2M, the AC in my room isn't working",
      "the AC isn't working, can someone come up?",
      'no hot water, can you help?',
      'the shower in our double room is leaking',
      'la ducha de la suite gotea',
    ];
    expect(breakdowns.filter((text) => !reports(text))).toEqual([]);
    const questions = [
      'is there hot water?',
      '¿hay agua caliente?',
      'do the rooms have AC?',
      '¿hay aire acondicionado?',
      'no water view?',
      'no AC needed',
      'una doble sin aire acondicionado',
      'no hay problema',
      'no, thanks',
      'thanks for everything!',
      '¿No tiene aire acondicionado la habitación?',
      'no hay calefacción en las habitaciones?',
      'No heating in the rooms in winter?',
      'Hola, sin aire acondicionado, ¿tenéis una doble del 12 al 14?',
      'Hi, no AC is fine, do you have a double Dec 12-14?',
      "the 12th won't work anymore, can we do the 15th-17th?",
      'estamos atascados en el tráfico, llegaremos tarde',
    ];
    expect(questions.filter(reports)).toEqual([]);
  });

  it.each([
    ['en', 'no hot water in room 204', 'deny', /^I'm so sorry\. I'm letting our team know right now/],
    ['es', 'no hay agua caliente en la 204', 'hotel_info', /^Lo siento mucho\. Aviso ahora mismo al equipo/],
    ['en', "the AC in my room doesn't work", 'deny', /^I'm so sorry\. I'm letting our team know right now/],
    ['en', "the AC in my room isn't working", 'None', /^I'm so sorry\. I'm letting our team know right now/],
    ['es', 'la calefacción de mi habitación no enciende', 'hotel_info', /^Lo siento mucho\./],
  ] as Array<[Language, string, IntentName, RegExp]>)(
    'hands (%s) "%s", heard as %s, to the staff',
    async (language, text, intent, apology) => {
      const dialogue = new RoutedDialogue(language);
      expect(await dialogue.say(text, { intent, language })).toMatch(apology);
      expect(dialogue.state.handoff).toBe(true);
      expect(dialogue.staffNotices[0]).toContain(`🔧 Avería / incidencia en la habitación: «${text}»`);
      expect(dialogue.staffNotices[0]).not.toContain('pide hablar con una persona');
    },
  );

  it('still answers "is there hot water?" as a question about the hotel', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(await dialogue.say('is there hot water?', { intent: 'hotel_info', language: 'en' })).not.toMatch(
      /letting our team know/,
    );
    expect(dialogue.state.handoff).toBe(false);
  });

  it.each([
    ['es', 'hola quiero reservar', 'make_reservation', 'no hay agua caliente en la 204', 'hotel_info'],
    ['en', 'I want to book a room', 'make_reservation', "the AC in my room isn't working", 'None'],
    ['es', 'hola quiero reservar', 'make_reservation', 'la tele de la habitacion no funciona', 'hotel_info'],
    [
      'es',
      'hola quiero reservar',
      'make_reservation',
      'no hay agua caliente en la 204, ¿pueden mandar a alguien?',
      'hotel_info',
    ],
    ['en', 'I want to book a room', 'make_reservation', 'the TV in the room is broken', 'room_photos'],
  ] as Array<[Language, string, IntentName, string, IntentName]>)(
    'hands (%s) a breakdown in their room to the staff while a booking is being made',
    async (language, ask, asked, text, heard) => {
      const dialogue = new RoutedDialogue(language);
      await dialogue.say(ask, { intent: asked, language });
      expect(dialogue.state.dialogue.flow).toBe('make_reservation');
      await dialogue.say(text, { intent: heard, language });
      expect(dialogue.state.handoff).toBe(true);
      expect(dialogue.staffNotices[0]).toContain(`🔧 Avería / incidencia en la habitación: «${text}»`);
      expect(dialogue.staffNotices[0]).not.toContain('pide hablar con una persona');
    },
  );

  it.each([
    '¿la tele de la habitación no funciona con netflix?',
    '¿mi habitación no va a estar lista a las 3?',
    'la habitación no va a ser la misma, ¿verdad?',
    'la habitación no tiene que ser grande',
    'is the wifi in the room not working sometimes?',
  ])('keeps %j, while booking, for the booking', async (text) => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('hola quiero reservar', { intent: 'make_reservation' });
    await dialogue.say(text, { intent: 'hotel_info' });
    expect(dialogue.state.handoff).toBe(false);
  });

  it('keeps a stay asked without air conditioning, while booking, for the booking', async () => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('hola quiero reservar', { intent: 'make_reservation' });
    await dialogue.say('una doble sin aire acondicionado', { intent: 'make_reservation' });
    expect(dialogue.state.handoff).toBe(false);
  });
});
