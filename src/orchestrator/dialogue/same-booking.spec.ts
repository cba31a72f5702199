import { entity, freshState, parse } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';
import { rememberStay } from './same-dates';
import { withSameRoomAndParty } from './same-booking';

describe('withSameRoomAndParty', () => {
  const booked = () => {
    const state = freshState();
    rememberStay(state, { checkIn: '2026-12-12', checkOut: '2026-12-14', roomTypeId: 'superior', guests: 3 });
    return state;
  };
  const added = (text: string, entities: Entity[] = [], state = booked()) =>
    withSameRoomAndParty(text, parse('make_reservation', entities), state)
      ?.entities.slice(entities.length)
      .map((found) => [found.type, found.value, text.slice(found.start, found.end)]);
  const room = ['room_type', { roomTypeId: 'superior' }];
  const party = ['guests', { adults: 3, children: 0, infants: 0, total: 3 }];

  it.each([
    ['y otra reserva para el 20 al 22 de diciembre, la misma habitación', 'la misma habitación'],
    ['del 26 al 28 de diciembre, misma habitación', 'misma habitación'],
    ['same room for dec 20-22 please', 'same room'],
    ['lo mismo pero del 20 al 22', 'lo mismo pero'],
    ['quiero otra igual para el 20', 'otra igual'],
    ['book the same again for the 20th', 'book the same'],
  ])('takes the room and the party of the last booking for %j', (text, said) => {
    expect(added(text)).toEqual([
      [...room, said],
      [...party, said],
    ]);
  });

  it('takes the party alone for "las mismas personas" and "same people"', () => {
    expect(added('y otra para el 20, las mismas personas')).toEqual([[...party, 'las mismas personas']]);
    expect(added('same people, dec 20 to 22')).toEqual([[...party, 'same people']]);
  });

  it('keeps a party or a room the message names, and "the same for my parents" takes the room', () => {
    expect(added('la misma habitación para 2', [entity.guests(2)])).toEqual([
      [...room, 'la misma habitación'],
    ]);
    expect(added('can you also book the same for my parents, same dates?', [entity.guests(2)])).toEqual([
      [...room, 'book the same'],
    ]);
  });

  it('reads "las mismas" as the party only when asked how many', () => {
    const asked = booked();
    asked.dialogue = { flow: 'make_reservation', awaiting: 'guests', slots: { ...asked.dialogue.slots } };
    expect(added('las mismas', [], asked)).toEqual([[...party, 'las mismas']]);
    expect(added('las mismas')).toBeUndefined();
  });

  it('adds nothing without a booking before, nor for "me da lo mismo" or "is it the same price?"', () => {
    expect(added('la misma habitación del 20 al 22', [], freshState())).toBeUndefined();
    expect(added('me da lo mismo para la fecha')).toBeUndefined();
    expect(added('is it the same price?')).toBeUndefined();
    expect(added('is breakfast the same for children?')).toBeUndefined();
    expect(added('¿cuesta lo mismo para 3?', [entity.guests(3)])).toBeUndefined();
    expect(added('otra habitación para 1', [entity.guests(1)])).toBeUndefined();
  });

  it('leaves the room and the party of the booking being made', () => {
    const making = booked();
    making.dialogue = {
      flow: 'make_reservation',
      awaiting: 'confirmation',
      slots: { ...making.dialogue.slots, roomTypeId: 'double', guests: 2 },
    };
    expect(added('la misma habitación', [], making)).toBeUndefined();
  });
});
