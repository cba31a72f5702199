import type { Entity } from '../../nlp/nlp.types';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { sayInvalidDates, sayWeekdayMismatch } from './booking-notes';

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

describe('sayInvalidDates', () => {
  it('sends a stay longer than the PMS takes to the hotel team, and says why other dates are refused', () => {
    const long = makeTurn();
    sayInvalidDates(long, 'stay_too_long');
    expect(long.replies).toEqual([
      {
        type: 'text',
        text:
          'Para estancias de más de 30 noches te atiende directamente nuestro equipo: escríbenos a ' +
          'reservas@hoteldemo.example o llámanos al +34 910 000 000 y te preparan la estancia. ' +
          'Si quieres, dime otras fechas de hasta 30 noches y te las busco.',
      },
    ]);
    const past = makeTurn();
    sayInvalidDates(past, 'check_in_in_past');
    expect(past.replies).toEqual([
      {
        type: 'text',
        text: 'Esas fechas no me cuadran: la entrada no puede ser en el pasado. ¿Me das otras?',
      },
    ]);
  });
});
