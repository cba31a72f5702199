import type { Entity } from '../../nlp/nlp.types';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { sayWeekdayMismatch } from './booking-notes';

const mismatch = (date: string, weekday: number): Entity => ({
  type: 'weekday_mismatch',
  value: { date, weekday },
  text: '',
  start: 0,
  end: 0,
});

describe('sayWeekdayMismatch', () => {
  it('tells the weekday of a day said with another, in the guest’s language', () => {
    // "El viernes 12 de diciembre": the 12th of December 2026 is a Saturday.
    const spanish = makeTurn({
      nlu: parse('make_reservation', [entity.date('2026-12-12'), mismatch('2026-12-12', 5)]),
    });
    sayWeekdayMismatch(spanish);
    expect(spanish.replies).toEqual([
      {
        type: 'text',
        text: 'Ojo: el 12 de diciembre es sábado, no viernes. Si te referías a otro día, dímelo y lo cambio.',
      },
    ]);
    const english = makeTurn({
      nlu: parse('check_availability', [
        entity.range('2026-12-08', '2026-12-10'),
        mismatch('2026-12-08', 1),
        mismatch('2026-12-10', 3),
      ]),
      state: freshState({ language: 'en' }),
    });
    sayWeekdayMismatch(english);
    expect(english.replies).toEqual([
      {
        type: 'text',
        text:
          'Note: December 8 is a Tuesday, not a Monday and December 10 is a Thursday, not a Wednesday. ' +
          "If you meant another day, tell me and I'll change it.",
      },
    ]);
  });

  it('says nothing when every weekday said is the day’s', () => {
    const turn = makeTurn({ nlu: parse('make_reservation', [entity.date('2026-12-12')]) });
    sayWeekdayMismatch(turn);
    expect(turn.replies).toEqual([]);
  });
});
