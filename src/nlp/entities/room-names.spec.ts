import { extractRoomNames } from './room-names';

describe('extractRoomNames', () => {
  it.each<[string, string[]]>([
    [
      'dos dobles del 27 al 29 de diciembre, una a mi nombre Sonia Perez y la otra a nombre de mi hermana Clara Perez',
      ['Sonia Perez', 'Clara Perez'],
    ],
    ['dos individuales, uno se llama Pedro Alonso y el otro Luis Navarro', ['Pedro Alonso', 'Luis Navarro']],
    [
      'two doubles dec 12-14, one under John Smith and the other under Mary Jones',
      ['John Smith', 'Mary Jones'],
    ],
  ])('reads each room’s name in %j', (text, names) => {
    const found = extractRoomNames(text);
    expect(found.map((entity) => (entity.type === 'guest_name' ? entity.value.name : ''))).toEqual(names);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(names);
  });

  it.each([
    'una doble a nombre de Ana García',
    // A lower-case name after a cue that also starts ordinary sentences: not read.
    'dos dobles, a nombre de Ana García y la otra de luis perez',
    // The same name twice is one name.
    'dos dobles a nombre de Ana García, sí, a nombre de Ana García',
  ])('reads no names per room in %j', (text) => {
    expect(extractRoomNames(text)).toEqual([]);
  });
});
