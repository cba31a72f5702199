import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "¿Tienen parking?" answered at a booking's summary, then "ponlo también" or "ok add it" (heard as a
// yes): the booking was made without the extra (QA 29). Through the real router and handlers.

describe('an extra asked about at the summary, then added', () => {
  it('adds the parking at "ponlo también" and shows the summary again with it, booking nothing', async () => {
    const dialogue = await atTheDecemberSummary('es');
    await dialogue.say('¿tienen parking?', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    const summary = await dialogue.say('ponlo también', { intent: 'confirm' });
    expect(summary).toMatch(/^Te resumo la reserva:/);
    expect(summary).toMatch(/• Con parking: 18\s€ por noche \(36\s€\)/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ step: 'summary', parking: true });
    expect(dialogue.pms.requests).toHaveLength(0);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
      /^✅ .*habitación 218\s€ \+ extras 36\s€/,
    );
  });

  it('adds breakfast at "ok add it" in English', async () => {
    const dialogue = await atTheDecemberSummary('en');
    await dialogue.say('is breakfast included?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    const summary = await dialogue.say('ok add it', { intent: 'confirm', language: 'en' });
    expect(summary).toMatch(/^Here's your booking:/);
    expect(summary).toMatch(/• With breakfast: €14 per person per night \(€56\)/);
  });

  it('adds nothing to "ponla a nombre de…" after the answer at "whose name?" (review 30, 3)', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('una doble para 2 del 12 al 14 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double')],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para 2', entity.guests(2)],
      ],
    });
    await dialogue.say('sí', { intent: 'confirm' });
    await dialogue.say('¿tienen parking?', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    const summary = await dialogue.say('ponla a nombre de Ana García', {
      intent: 'None',
      entities: [['Ana García', entity.name('Ana García')]],
    });
    expect(summary).toMatch(/A nombre de Ana García/);
    expect(summary).not.toMatch(/parking/);
  });

  it('takes a plain yes after the answer as the yes it is', async () => {
    const dialogue = await atTheDecemberSummary('es');
    await dialogue.say('¿tienen parking?', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(await dialogue.say('sí, por favor', { intent: 'confirm' })).toMatch(/^✅ /);
  });
});
