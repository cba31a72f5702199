import type { Entity } from '../../nlp/nlp.types';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { sayInvalidDates, sayPastDaysNextYear, sayWeekdayMismatch } from './booking-notes';

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

describe('sayPastDaysNextYear', () => {
  // Today, in these turns, is 25 November 2026.
  const said = (found: Entity, text: string): Entity => ({ ...found, text });
  const noteFor = (found: Entity, checkIn: string, language: 'es' | 'en' = 'es'): string[] => {
    const turn = makeTurn({
      nlu: parse('check_availability', [found]),
      state: freshState({ language }),
    });
    sayPastDaysNextYear(turn, { mode: 'browse', checkIn });
    return turn.replies.map((reply) => (reply.type === 'text' ? reply.text : ''));
  };

  it('tells the guest that days of a month just passed are read as next year’s', () => {
    expect(
      noteFor(said(entity.range('2027-11-03', '2027-11-05'), 'del 3 al 5 de noviembre'), '2027-11-03'),
    ).toEqual([
      'Ojo: el 3 de noviembre de este año ya ha pasado, así que te lo miro para 2027. Si te referías a otra fecha, dímelo.',
    ]);
    expect(noteFor(said(entity.date('2027-10-10'), 'oct 10th'), '2027-10-10', 'en')).toEqual([
      "Note: October 10 this year has already passed, so I'm looking at 2027. If you meant another date, just tell me.",
    ]);
  });

  it.each([
    ['a month months away', entity.range('2027-03-03', '2027-03-05'), 'del 3 al 5 de marzo'],
    ['a month long passed', entity.range('2027-06-03', '2027-06-05'), 'del 3 al 5 de junio'],
    ['the year said', entity.range('2027-11-03', '2027-11-05'), 'del 3 al 5 de noviembre de 2027'],
    ['days without a month', entity.range('2027-11-03', '2027-11-05'), 'del 3 al 5'],
    ['days this year', entity.range('2026-12-12', '2026-12-14'), 'del 12 al 14 de diciembre'],
  ])('says nothing of %s', (_case, found, text) => {
    const checkIn = found.type === 'date_range' ? found.value.checkIn : '';
    expect(noteFor(said(found, text), checkIn)).toEqual([]);
  });
});
