import { BookingPms, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { AvailabilityQuery, Availability } from '../../pms/pms.types';

/** The demo hotel with its suites all taken. */
class NoSuitesPms extends BookingPms {
  override async checkAvailability(query: AvailabilityQuery): Promise<Availability> {
    const availability = await super.checkAvailability(query);
    return { ...availability, offers: availability.offers.filter((offer) => offer.roomTypeId !== 'suite') };
  }
}

const stay = (
  dialogue: RoutedDialogue,
  text: string,
  intent: 'room_prices' | 'make_reservation',
  second: string,
) =>
  dialogue.say(text, {
    intent,
    entities: [
      ['doble', entity.room('double', ['superior'])],
      [second, entity.room(second === 'superior' ? 'superior' : 'suite')],
      ['del 3 al 5 de diciembre', entity.range('2026-12-03', '2026-12-05')],
      ['para 2', entity.guests(2)],
    ],
  });

describe('two kinds named in one question about a stay (QA 24, S17)', () => {
  it('prices each kind named for the stay, side by side, and lets the guest pick one', async () => {
    const dialogue = new RoutedDialogue();
    const text = '¿qué precio tiene la doble y la superior del 3 al 5 de diciembre para 2?';
    // Before, only the Standard Double was priced.
    expect(await stay(dialogue, text, 'room_prices', 'superior')).toMatch(
      /^Del jue 3 dic al sáb 5 dic \(2 noches\), 2 personas, tenemos:\n• Doble Estándar: 109\s€\/noche, total 218\s€\n• Doble Superior: 139\s€\/noche, total 278\s€\n[^]*¿Quieres reservar alguna\?$/,
    );
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    expect(dialogue.state.dialogue.slots.options).toEqual(['room:double', 'room:superior']);
  });

  it('offers the first kind alone when another one named is taken', async () => {
    const dialogue = new RoutedDialogue('es', new NoSuitesPms());
    const reply = await stay(
      dialogue,
      '¿hay la doble o la suite del 3 al 5 de diciembre para 2?',
      'room_prices',
      'suite',
    );
    expect(reply).toMatch(/• Doble Estándar: 109\s€\/noche, total 218\s€\n[^]*¿Quieres que te la reserve\?$/);
    expect(reply).not.toMatch(/Suite/);
  });

  it('lists two kinds named as alternatives in a booking ("doble o superior") to pick one (QA 29)', async () => {
    const dialogue = new RoutedDialogue();
    const text = 'quiero reservar la doble o la superior del 3 al 5 de diciembre para 2';
    expect(await stay(dialogue, text, 'make_reservation', 'superior')).toMatch(
      /^Del jue 3 dic al sáb 5 dic \(2 noches\), 2 personas, tenemos:\n• Doble Estándar: [^\n]*\n• Doble Superior: /,
    );
    expect(dialogue.state.dialogue.slots.options).toEqual(['room:double', 'room:superior']);
  });

  it('leaves a booking of two kinds named to the booking flow', async () => {
    const dialogue = new RoutedDialogue();
    const text = 'quiero reservar la doble y la superior del 3 al 5 de diciembre para 2';
    expect(await stay(dialogue, text, 'make_reservation', 'superior')).toBe(
      '¿A nombre de quién hago la reserva?',
    );
  });
});
