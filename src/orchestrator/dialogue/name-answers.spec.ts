import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity, parse } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';
import { nameAnswer } from './name-answers';

const named = (text: string, ...entities: Entity[]) =>
  nameAnswer('guest_name', text, parse('None', entities, 0.3), false)?.entities.find(
    (found) => found.type === 'guest_name',
  )?.value;

describe('a name typed at "whose name?"', () => {
  it.each([
    ['Maria de los Angeles Perez', 'Maria de los Angeles Perez'],
    ['ana garcía', 'Ana García'],
    ['Ángel Domingo', 'Ángel Domingo'],
    // A surname that is also a request word, capitalised; a weekday in a lower-case name (review 26, R8/R9).
    ['Jordi Mas', 'Jordi Mas'],
    // A sentence of its own, a question after it (QA 28, E6: the name was asked again).
    ["Ann Lee. Also, we'll arrive around midnight, is that a problem?", 'Ann Lee'],
    // A couple's names joined by "&" (QA 29, M2: only the e-mail beside them was kept).
    ['Ben & Claire Hall', 'Ben & Claire Hall'],
  ])('takes %j as the name', (text, name) => {
    expect(named(text)).toEqual({ name });
  });

  it('takes a couple\'s names joined by "&" with the e-mail beside them', () => {
    const text = 'Ben & Claire Hall, ben.hall@gmail.com';
    const email = { ...entity.email('ben.hall@gmail.com'), start: 19, end: text.length };
    const answer = nameAnswer('guest_name', text, parse('None', [email], 0.3), false);
    expect(answer?.entities.map((found) => found.value)).toEqual(
      expect.arrayContaining([{ name: 'Ben & Claire Hall' }, { email: 'ben.hall@gmail.com' }]),
    );
  });

  it.each<[string, Entity[]]>([
    // Requests typed at the question (QA 26, S1: "A nombre de Al Final Seremos Tres" was booked).
    ['al final seremos tres', [entity.guests(3)]],
    ['quiero añadir una noche mas', []],
    ['dos noches mas', [entity.nights(2)]],
    ['Hello. Is breakfast included?', []],
    ['Buenas Tardes. ¿Hay parking?', []],
    ['Good Morning. Is breakfast included?', []],
    ['Thank You. One question: parking?', []],
    // Review 28, 3.
    ['Muy Bien. ¿Hay parking?', []],
    ['Merry Christmas! Is parking free?', []],
  ])('never takes %j as the name', (text, entities) => {
    expect(named(text, ...entities)).toBeUndefined();
  });
});

describe('two rooms named at "whose name?" (QA 26, S8)', () => {
  it('books each room under its own name', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('2 habitaciones dobles del 11 al 13 de diciembre, somos 4 adultos', {
      intent: 'make_reservation',
      entities: [
        ['2 habitaciones', entity.rooms(2)],
        ['dobles', entity.room('double')],
        ['del 11 al 13 de diciembre', entity.range('2026-12-11', '2026-12-13')],
        ['somos 4 adultos', entity.guests(4)],
      ],
    });
    expect(dialogue.state.dialogue.awaiting).toBe('guest_name');
    const text = 'una a nombre de Pablo Ortiz y otra a nombre de Diego Romero';
    expect(
      await dialogue.say(text, {
        intent: 'None',
        entities: [
          ['Pablo Ortiz', entity.name('Pablo Ortiz')],
          ['Diego Romero', entity.name('Diego Romero')],
        ],
      }),
    ).toMatch(/• A nombre de Pablo Ortiz\n/);
    await dialogue.say('sí', { intent: 'confirm' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/• A nombre de Diego Romero\n/);
  });
});
