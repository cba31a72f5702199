import { entity, parse } from '../../../test/support/turn-fixtures';
import { asksForBreakfast, changesStayExtras } from './booking-extras';

// Breakfast said to be needed beside another extra, as e-mails put it: wanted, not asked about.

describe('asksForBreakfast', () => {
  it.each([
    "We'd also need parking for one car and breakfast both days.",
    'Necesitamos parking para un coche y desayuno todos los dias.',
    'necesitamos desayuno para los dos',
    // A request put as a question (QA 24, S6).
    'y me pones desayuno?',
    '¿nos añades el desayuno?',
    // A question about something else beside it, and a statement (review 25, 9).
    'does it include late checkout? also add breakfast please',
    'la reserva va con desayuno',
    // Said as what the stay should have (QA 26, S15).
    'doble del 4 al 6 de diciembre para 2, queremos que tenga desayuno',
    "we'd like it to include breakfast",
  ])('hears breakfast wanted in %j', (text) => {
    expect(asksForBreakfast(text, parse('None', [entity.topic('breakfast')]))).toBe(true);
  });

  it.each([
    '¿necesito reservar el desayuno?',
    'do we need to book breakfast in advance?',
    // Whether the room comes with it (QA 24, E2): asked, not added.
    'could i book a standard double for 2 and also does it come with breakfast and is parking extra',
    'standard double 12-14 dec for 2, does it include breakfast',
    '¿viene con desayuno?',
    '¿nos incluye el desayuno?',
    '¿queremos saber si tiene desayuno?',
  ])('hears a question in %j', (text) => {
    expect(asksForBreakfast(text, parse('None', [entity.topic('breakfast')]))).toBe(false);
  });
});

describe('changesStayExtras', () => {
  it.each([
    'a double for 2, is parking extra',
    'una doble para 2, ¿el parking se paga aparte?',
    'a double for 2 dec 12-14, does it come with breakfast and is parking extra',
  ])('hears only questions about the extras in %j', (text) => {
    const nlu = parse('make_reservation', [
      entity.topic('parking'),
      entity.topic('breakfast'),
      entity.guests(2),
    ]);
    expect(changesStayExtras(text, nlu)).toBe(false);
  });

  it.each([
    'a double for 2 with parking',
    'una doble para 2 con desayuno y parking',
    'double dec 12-14, we are 2, parking too',
    'a double for 2, parking included please',
  ])('hears an extra asked for in %j', (text) => {
    const nlu = parse('make_reservation', [
      entity.topic('parking'),
      entity.topic('breakfast'),
      entity.guests(2),
    ]);
    expect(changesStayExtras(text, nlu)).toBe(true);
  });
});
