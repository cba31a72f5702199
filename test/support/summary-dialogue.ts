import type { Language } from '../../src/nlp/nlp.types';
import { RoutedDialogue } from './routed-dialogue';
import { entity } from './turn-fixtures';

// A Doble Estándar for 2, 10–12 Dec, under Ann Lee (English) or Ana Ruiz (Spanish), asked in one
// message: at its summary, where many of the dialogue's specs start.

export async function atTheDecemberSummary(language: Language): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue(language);
  const text =
    language === 'en'
      ? 'book a double 10-12 dec for 2, name Ann Lee'
      : 'reserva una doble del 10 al 12 de diciembre para 2, a nombre de Ana Ruiz';
  const [room, days, party, name] =
    language === 'en'
      ? ['double', '10-12 dec', 'for 2', 'Ann Lee']
      : ['doble', 'del 10 al 12 de diciembre', 'para 2', 'Ana Ruiz'];
  await dialogue.say(text, {
    intent: 'make_reservation',
    language,
    entities: [
      [room, entity.room('double')],
      [days, entity.range('2026-12-10', '2026-12-12')],
      [party, entity.guests(2)],
      [name, entity.name(name)],
    ],
  });
  return dialogue;
}
