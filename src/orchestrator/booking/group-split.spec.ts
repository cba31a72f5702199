import { BookingPms, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Availability, AvailabilityQuery } from '../../pms/pms.types';

// A party no room takes, split by the bot (QA 28, S29: "somos 12" with one Suite Junior left got
// "no me quedan 3 habitaciones iguales… ¿probamos con más habitaciones u otras fechas?", though four
// Dobles Superiores for 3 each were free). Through the real router and handlers.

/** The demo hotel with a single Suite Junior left. */
class OneSuiteLeft extends BookingPms {
  override async checkAvailability(query: AvailabilityQuery): Promise<Availability> {
    const availability = await super.checkAvailability(query);
    return {
      ...availability,
      offers: availability.offers.map((offer) =>
        offer.roomTypeId === 'suite' ? { ...offer, roomsLeft: 1 } : { ...offer, roomsLeft: 5 },
      ),
    };
  }
}

describe('a party of 12 where rooms sleep 4', () => {
  it('offers one room more than the fewest when those are not free', async () => {
    const dialogue = new RoutedDialogue('es', new OneSuiteLeft());
    const reply = await dialogue.say('hola, somos 12 personas del 3 al 5 dic', {
      intent: 'check_availability',
      entities: [
        ['somos 12 personas', entity.guests(12)],
        ['del 3 al 5 dic', entity.range('2026-12-03', '2026-12-05')],
      ],
    });
    expect(reply).toMatch(/• Doble Superior: 139\s€\/noche, total 278\s€ por habitación y 1112\s€ las 4\n/);
    expect(reply).toMatch(/Para 4 habitaciones: los precios son por habitación, para 3 personas/);
    expect(reply).not.toMatch(/no me quedan/);
  });

  it('still takes the fewest rooms when they are free', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('somos 12 personas del 3 al 5 dic', {
      intent: 'check_availability',
      entities: [
        ['somos 12 personas', entity.guests(12)],
        ['del 3 al 5 dic', entity.range('2026-12-03', '2026-12-05')],
      ],
    });
    expect(reply).toMatch(/las 3\b/);
  });
});
