import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { codeInAnswer } from '../../nlp/entities/identifiers';

describe('a booking code corrected inside a sentence (QA 26, S11)', () => {
  it.each([
    ['uy no, el bueno es YKYBES', 'YKYBES'],
    ['perdón me equivoqué, es k7qx2m', 'K7QX2M'],
    ['el bueno es este', null],
    ['es grande, gracias', null],
    ['K7QX2M o YKYB3S', null],
    // A word in capitals with no cue is no code (review 26, R18).
    ['PLEASE help', null],
  ])('reads %j as %j', (text, code) => {
    expect(codeInAnswer(text)).toBe(code);
  });

  it('looks up the corrected code after one not found, however the sentence reads', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('quiero cancelar mi reserva, el código es ZZZ999', {
        intent: 'cancel_reservation',
        entities: [['ZZZ999', entity.reference('ZZZ999')]],
      }),
    ).toMatch(/No encuentro ninguna reserva con el código ZZZ999/);
    // Before: "De acuerdo. ¿Te ayudo con otra cosa?".
    expect(await dialogue.say('uy no, el bueno es K7QX2M', { intent: 'deny' })).toMatch(
      /^¿Confirmas que quieres cancelar la reserva K7QX2M/,
    );
  });
});
