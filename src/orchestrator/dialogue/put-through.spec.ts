import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { asksToBePutThrough } from './put-through';

describe('a guest asking to be put through to a person', () => {
  it('is handed over mid-booking, though the message also asks about an invoice', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('hola, doble del 10 al 12 de dic para 2', {
      intent: 'check_availability',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
        ['para 2', entity.guests(2)],
      ],
    });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/A nombre de quién/);
    await dialogue.say('me pasas con recepcion? tengo una duda sobre factura de empresa', {
      intent: 'human_handoff',
      entities: [['factura', entity.topic('invoice')]],
    });
    expect(dialogue.state.handoff).toBe(true);
  });

  it.each([
    'me pasas con recepcion? tengo una duda sobre factura de empresa',
    'pásame con alguien de recepción',
    'quiero hablar con una persona',
    '¿puedo hablar con el encargado?',
    'put me through to reception please',
    'can I speak to someone about my invoice?',
    "I'd like to talk to the manager",
  ])('is heard in "%s"', (text) => {
    expect(asksToBePutThrough(text)).toBe(true);
  });

  it.each([
    '¿me podéis hacer una factura a nombre de empresa?',
    '¿la factura la pido en recepción?',
    'lo hablo con mi pareja y te digo',
    'let me talk to my wife first',
    // Said not to be wanted, or only if something else fails.
    'no quiero hablar con una persona, solo dime el precio',
    'si no, quiero hablar con alguien',
    "I don't want to talk to a person, just tell me the price",
  ])('is not heard in "%s"', (text) => {
    expect(asksToBePutThrough(text)).toBe(false);
  });
});
