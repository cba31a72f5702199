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
});
