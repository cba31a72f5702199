import type { Entity } from '../nlp.types';
import { roomsEachOwn } from './rooms-each-own';

const party = (total: number): Entity => ({
  type: 'guests',
  value: { adults: total, children: 0, infants: 0, total },
  text: '',
  start: 0,
  end: 0,
});

describe('roomsEachOwn', () => {
  it.each([
    ['for two of our consultants… Each will require a single room.', 2],
    ['somos 3 compañeros y cada uno necesita su habitación', 3],
  ])('reads %j as a room each', (text, total) => {
    const [rooms] = roomsEachOwn(text, [party(total)]);
    expect(rooms).toMatchObject({ type: 'rooms', value: { rooms: total, parties: Array(total).fill(1) } });
  });

  it('reads nothing without a party of two or more, nor from "each room for 2"', () => {
    expect(roomsEachOwn('each will require a single room', [])).toEqual([]);
    expect(roomsEachOwn('each will require a single room', [party(1)])).toEqual([]);
    expect(roomsEachOwn('each room for 2 people', [party(4)])).toEqual([]);
  });
});
