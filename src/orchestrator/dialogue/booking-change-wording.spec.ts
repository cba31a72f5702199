import { entity, parse } from '../../../test/support/turn-fixtures';
import { asksToChangeTheParty, peopleAdded } from './booking-change-wording';

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
  ])('adds no one in %j', (text) => {
    expect(peopleAdded(text)).toBeNull();
  });
});

describe('asksToChangeTheParty', () => {
  it.each([
    ['al final somos 3, ¿se puede cambiar?', [entity.guests(3)]],
    ["we're 3 now", [entity.guests(3)]],
    ['seremos 3 al final', [entity.guests(3)]],
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
