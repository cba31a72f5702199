import type { Language } from '../../src/nlp/nlp.types';
import type { RoutedDialogue } from './routed-dialogue';
import { entity } from './turn-fixtures';

// A booking made, then its dates changed right after ("quiero cambiar la fecha, mejor del 15 al 17"):
// the new stay booked, and the guest asked whether to cancel the old one.

const WORDS = {
  es: {
    ask: 'quiero una doble para 2 del 12 al 14 de diciembre',
    dates: 'del 12 al 14 de diciembre',
    room: 'doble',
    guests: 'para 2',
    yes: 'sí',
    change: 'quiero cambiar la fecha, mejor del 15 al 17 de diciembre',
    newDates: 'del 15 al 17 de diciembre',
  },
  en: {
    ask: 'a double room for 2 from Dec 12 to Dec 14',
    dates: 'from Dec 12 to Dec 14',
    room: 'double',
    guests: 'for 2',
    yes: 'yes',
    change: 'I want to change the date, better December 15 to 17',
    newDates: 'December 15 to 17',
  },
};

/** A double for 2, 12–14 Dec, under Nuria Castro, booked (BOOK1X): the reply to the yes. */
export async function bookTheDecemberDouble(dialogue: RoutedDialogue, language: Language): Promise<string> {
  const words = WORDS[language];
  await dialogue.say(words.ask, {
    intent: 'make_reservation',
    language,
    entities: [
      [words.room, entity.room('double', ['superior'])],
      [words.guests, entity.guests(2)],
      [words.dates, entity.range('2026-12-12', '2026-12-14')],
    ],
  });
  await dialogue.say('Nuria Castro', { intent: 'None', language });
  return dialogue.say(words.yes, { intent: 'confirm', language });
}

/** BOOK1X for 12–14 Dec, then BOOK2X for 15–17 Dec in its place: at "cancel BOOK1X?". */
export async function changeTheDates(dialogue: RoutedDialogue, language: Language): Promise<void> {
  const words = WORDS[language];
  expect(await bookTheDecemberDouble(dialogue, language)).toMatch(/^✅ .*BOOK1X/);
  await dialogue.say(words.change, {
    intent: language === 'es' ? 'check_availability' : 'deny',
    language,
    entities: [[words.newDates, entity.range('2026-12-15', '2026-12-17')]],
  });
  expect(await dialogue.say(words.yes, { intent: 'confirm', language })).toMatch(/BOOK2X[\s\S]*BOOK1X\b/);
}
