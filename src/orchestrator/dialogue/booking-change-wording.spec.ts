import { entity, parse } from '../../../test/support/turn-fixtures';
import { asksToChangeTheParty, asksToMoveTheStay, peopleAdded } from './booking-change-wording';

describe('peopleAdded', () => {
  it.each([
    ['gracias. oye, ¿puedo añadir a una persona más?', 1],
    ['¿se puede añadir 1 persona más a la reserva?', 1],
    ['al final vienen dos personas más', 2],
    ['somos uno más, ¿se puede?', 1],
    ['thx. actually can we add one more person? my sister is coming too', 1],
    ['can we add two more guests?', 2],
    ['could you add another guest to my booking?', 1],
    ['add a person please', 1],
    // Someone who joins, said by who they are.
    ['wait, my colleague is coming too, so we need 2 single rooms', 1],
    ['espera, viene un compañero, necesitamos 2 individuales', 1],
    // A child with their age beside them (QA 28, E1: ignored at the summary).
    ['oh wait, my son (5) is coming too', 1],
    ['our daughter, 7, is coming as well', 1],
    ['oh and our 5 year old too', 1],
    // Someone added by who they are (QA 28, E18: "I don't have that to hand").
    ["I need to add my son, he's 12, can he stay in our room?", 1],
    ['¿puedo añadir a mi hija a la reserva?', 1],
    ['can I add my sister to the booking?', 1],
  ])('reads %j as %i more', (text, added) => {
    expect(peopleAdded(text)).toBe(added);
  });

  it.each([
    'quiero hablar con una persona',
    '¿me puede llamar una persona más tarde?',
    'somos 2 adultos más un niño',
    'una noche más, por favor',
    'can I add one more night?',
    '¿la tarifa incluye 2 adultos?',
    'our 5 year old loves the pool',
    "can you add my wife's name to the booking?",
    // Someone taken somewhere else (review 29: a rebooking for 3 was offered).
    'can I bring my daughter to the spa?',
    'can I add my son to the breakfast?',
    'añade a mi marido como titular',
  ])('adds no one in %j', (text) => {
    expect(peopleAdded(text)).toBeNull();
  });
});

describe('asksToChangeTheParty', () => {
  it.each([
    ['al final somos 3, ¿se puede cambiar?', [entity.guests(3)]],
    ["we're 3 now", [entity.guests(3)]],
    ['seremos 3 al final', [entity.guests(3)]],
    // QA 28, S9: its status alone.
    ['mi reserva es para 2 pero al final vamos 3, se puede?', [entity.guests(3)]],
    // QA 24, E16: it had asked for dates, as for a new stay.
    ["we'll actually be 3 people, my son is coming too", [entity.guests(3)]],
    ['can we add one more person to the booking?', []],
    ['¿puedo añadir una persona más? ¿cuánto costaría?', []],
  ])('hears %j as another party for the booking', (text, entities) => {
    expect(asksToChangeTheParty(text, parse('None', entities))).toBe(true);
  });

  it.each([
    ['¿y para 3 personas cuánto sería?', [entity.guests(3)]],
    ['somos 3', [entity.guests(3)]],
    ['al final somos 3, ¿tenéis otra habitación?', [entity.guests(3)]],
    ['añade desayuno para los dos', [entity.guests(2), entity.topic('breakfast')]],
    ['quiero cambiar las fechas', []],
    // A price asked of one more person adds nobody.
    ['¿cuánto cuesta una persona más?', []],
    ['how much is an extra person?', []],
  ])('hears no other party in %j', (text, entities) => {
    expect(asksToChangeTheParty(text, parse('None', entities))).toBe(false);
  });
});

describe('asksToMoveTheStay', () => {
  it.each([
    ['al final nos vamos el 13', [entity.date('2026-12-13')]],
    ['actually can we move it to the 13th-15th?', [entity.range('2026-12-13', '2026-12-15')]],
    ['mejor del 13 al 16', [entity.range('2026-12-13', '2026-12-16')]],
    ['¿la puedes pasar del 20 al 22?', [entity.range('2026-12-20', '2026-12-22')]],
    ['¿la podemos pasar al 11-13?', [entity.range('2026-12-11', '2026-12-13')]],
    // The dates said to change, or said to suit better.
    ['quiero cambiar la fecha, mejor del 11 al 13', [entity.range('2026-12-11', '2026-12-13')]],
    ['nos viene mejor del 11 al 13, se puede?', [entity.range('2026-12-11', '2026-12-13')]],
    ['can we change the dates to dec 30 - jan 1?', [entity.range('2026-12-30', '2027-01-01')]],
    ['the 11th to the 13th would suit us better', [entity.range('2026-12-11', '2026-12-13')]],
  ])('hears %j as the stay moved', (text, entities) => {
    expect(asksToMoveTheStay(text, parse('None', entities))).toBe(true);
  });

  it.each([
    ['y también una doble del 10 al 12', [entity.range('2026-12-10', '2026-12-12')]],
    ['quiero otra reserva del 20 al 22', [entity.range('2026-12-20', '2026-12-22')]],
    ['¿hay habitación del 20 al 22?', [entity.range('2026-12-20', '2026-12-22')]],
    ['¿qué fechas tenéis libres del 20 al 22?', [entity.range('2026-12-20', '2026-12-22')]],
    ['no quiero cambiar la fecha, del 11 al 13 está bien', [entity.range('2026-12-11', '2026-12-13')]],
    ["we don't want to change the dates, dec 11-13 is fine", [entity.range('2026-12-11', '2026-12-13')]],
  ])('hears no move of the stay in %j', (text, entities) => {
    expect(asksToMoveTheStay(text, parse('None', entities))).toBe(false);
  });

  it('hears "al final venimos 3" as another party', () => {
    expect(asksToChangeTheParty('al final venimos 3', parse('None', [entity.guests(3)]))).toBe(true);
  });
});
