import { bookTheDecemberDouble } from '../../../test/support/date-change-dialogue';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity, freshState, parse } from '../../../test/support/turn-fixtures';
import { rememberStay, withSameDates } from './same-dates';

describe('withSameDates', () => {
  const booked = () => {
    const state = freshState();
    rememberStay(state, { checkIn: '2026-12-03', checkOut: '2026-12-05' });
    return state;
  };

  it.each([
    ['quiero otra habitación para las mismas fechas', 'las mismas fechas'],
    ['Mismos días, 1 persona', 'Mismos días'],
    ['same dates please', 'same dates'],
    ['for the same nights', 'the same nights'],
    ['y otra igual para mis suegros, a nombre de Rosa Díaz', 'otra igual'],
    ['the same again for my parents', 'the same again'],
    ['book the same for my sister', 'book the same'],
  ])('reads %j as the last booking’s stay', (text, said) => {
    const read = withSameDates(text, parse('make_reservation'), booked());
    const range = read?.entities.find((found) => found.type === 'date_range');
    expect(range).toMatchObject({ value: { checkIn: '2026-12-03', checkOut: '2026-12-05' }, text: said });
    expect(text.slice(range?.start, range?.end)).toBe(said);
  });

  it('leaves a message with dates of its own, one that says no such thing, and a conversation with no booking', () => {
    const ownDates = parse('make_reservation', [entity.range('2026-12-10', '2026-12-12')]);
    expect(withSameDates('same dates, no, the 10th to the 12th', ownDates, booked())).toBeNull();
    expect(withSameDates('otra habitación para 1', parse('make_reservation'), booked())).toBeNull();
    expect(withSameDates('same dates please', parse('make_reservation'), freshState())).toBeNull();
  });

  it('reads "otra igual" as the last stay only when the booking under way has no stay of its own', () => {
    const state = booked();
    state.dialogue.slots.checkIn = '2026-12-20';
    expect(withSameDates('y otra igual', parse('make_reservation'), state)).toBeNull();
    expect(
      withSameDates(
        'quiero otra igual para el 20',
        parse('make_reservation', [entity.date('2026-12-20')]),
        booked(),
      ),
    ).toBeNull();
  });
});

describe('"y otra igual" after a booking, through the real router and handlers', () => {
  it('sums up the same stay, room and party under the new name', async () => {
    const dialogue = new RoutedDialogue();
    await bookTheDecemberDouble(dialogue, 'es');
    const text = 'y otra igual para mis suegros, a nombre de Rosa Díaz';
    const reply = await dialogue.say(text, {
      intent: 'make_reservation',
      entities: [['Rosa Díaz', entity.name('Rosa Díaz')]],
    });
    expect(reply).toMatch(/Del sáb 12 dic al lun 14 dic/);
    expect(reply).toMatch(/2 personas/);
    expect(reply).toMatch(/Rosa Díaz/);
    expect(reply).not.toMatch(/¿Para qué fechas\?/);
  });
});
