import type { Entity } from '../nlp.types';
import { formatName } from './guest-name';
import { codeLikeToken, codeTypedAlone, extractIdentifiers } from './identifiers';

function found(text: string, type: Entity['type']) {
  return extractIdentifiers(text)
    .filter((entity) => entity.type === type)
    .map((entity) => [Object.values(entity.value)[0], entity.text]);
}

describe('extractIdentifiers: booking references', () => {
  it.each([
    ['mi reserva es K7P9QX', 'K7P9QX', 'K7P9QX'],
    ['AB3CD9', 'AB3CD9', 'AB3CD9'],
    ['¿podéis mirar la ab3cd9?', 'AB3CD9', 'ab3cd9'],
    ['localizador: k7p9qx', 'K7P9QX', 'k7p9qx'],
    ['reserva ABC-234', 'ABC234', 'ABC-234'],
    ['ABC-234', 'ABC234', 'ABC-234'],
    ['código de reserva ABC 234', 'ABC234', 'ABC 234'],
    // QA 30 (es), M7: "No encuentro ninguna reserva con el código 5y4".
    ['tengo una reserva, el codigo es 5y4 t5a, me dices las fechas?', '5Y4T5A', '5y4 t5a'],
    ['my booking code is k7q x2m', 'K7QX2M', 'k7q x2m'],
    ['reference number: ABCDEF', 'ABCDEF', 'ABCDEF'],
    ['reserva nº 234567', '234567', '234567'],
    ['booking reference XKBZQWEAT', 'XKBZQWEAT', 'XKBZQWEAT'],
    ['mi reserva es la XKBZQWEAT', 'XKBZQWEAT', 'XKBZQWEAT'],
  ])('reads %j', (text, reference, located) => {
    expect(found(text, 'reference')).toEqual([[reference, located]]);
  });

  it.each([
    'booking change',
    'mi reserva es para mañana',
    'la habitación 201',
    '234567',
    'ABCDEF',
    'XKBZQWEAT',
    'reserva siguiente',
    'abc 234',
    'llamadme al 600 123 456',
    'https://example.com/ABC234',
    'COVID19',
    'ABC234DEF',
  ])('finds no reference in %j', (text) => {
    expect(found(text, 'reference')).toEqual([]);
  });
});

describe('extractIdentifiers: e-mail addresses', () => {
  it('reads an address and lower-cases its domain', () => {
    expect(found('escribidme a Ana.Garcia@Example.COM, gracias', 'email')).toEqual([
      ['Ana.Garcia@example.com', 'Ana.Garcia@Example.COM'],
    ]);
  });

  it('takes no reference from inside an address', () => {
    expect(found('ab3cd9@example.com', 'reference')).toEqual([]);
  });

  it.each(['ana@localhost', 'at @ night', 'me@'])('finds no address in %j', (text) => {
    expect(found(text, 'email')).toEqual([]);
  });
});

describe('extractIdentifiers: the guest’s name', () => {
  it.each([
    ['me llamo Ana García', 'Ana García', 'Ana García'],
    ['Me llamo ana garcía y quiero reservar', 'Ana García', 'ana garcía'],
    ['a nombre de Juan Pérez para el viernes', 'Juan Pérez', 'Juan Pérez'],
    ['a nombre de la Sra. García', 'García', 'García'],
    ['Hola, soy María', 'María', 'María'],
    ['y otra para mi madre, se llama Carmen Lopez', 'Carmen Lopez', 'Carmen Lopez'],
    ['one for my mum, her name is Jane Doe', 'Jane Doe', 'Jane Doe'],
    ['mi nombre es ana de la cruz, gracias', 'Ana de la Cruz', 'ana de la cruz'],
    ['mi nombre es MARÍA JOSÉ LÓPEZ', 'María José López', 'MARÍA JOSÉ LÓPEZ'],
    ['my name is John Smith and I want a room', 'John Smith', 'John Smith'],
    ["under the name of mary o'neill", "Mary O'Neill", "mary o'neill"],
    ['Name: JOHN SMITH', 'John Smith', 'JOHN SMITH'],
    ["I'm Pedro McDonald", 'Pedro McDonald', 'Pedro McDonald'],
    ['me llamo Ana. Llego el 12', 'Ana', 'Ana'],
    ['it is under Smith', 'Smith', 'Smith'],
    ['the name is john smith', 'John Smith', 'john smith'],
    ['put it under John Smith please', 'John Smith', 'John Smith'],
    ['cambia el nombre a pablo ruiz gomez', 'Pablo Ruiz Gomez', 'pablo ruiz gomez'],
    ['change the name to Peter Hall', 'Peter Hall', 'Peter Hall'],
    ['ok book the superior, name John Smith', 'John Smith', 'John Smith'],
    ['its John Smith', 'John Smith', 'John Smith'],
    ['el nombre es Lucía Gómez', 'Lucía Gómez', 'Lucía Gómez'],
    // A month that is also a given name, capitalised after a sure cue.
    ['a nombre de Abril Martínez', 'Abril Martínez', 'Abril Martínez'],
    ['my name is June Carter', 'June Carter', 'June Carter'],
    // The name a message is signed with, last in it.
    ['Quedo a la espera. Atentamente, Javier Morales Ruiz', 'Javier Morales Ruiz', 'Javier Morales Ruiz'],
    ['Un saludo, Ana Belén Torres.', 'Ana Belén Torres', 'Ana Belén Torres'],
    ['a room for 2 please. Kind regards, Peter Hall', 'Peter Hall', 'Peter Hall'],
  ])('reads %j', (text, name, located) => {
    expect(found(text, 'guest_name')).toEqual([[name, located]]);
  });

  it.each([
    "it's June 5th",
    'a nombre de julio',
    'soy de Madrid',
    'soy alérgica al gluten',
    'Soy yo otra vez',
    "I'm looking for a room",
    'me llamo',
    'a nombre de 12 de diciembre',
    'mi nombre es el mismo de la reserva',
    'soy Viernes',
    "it's raining here",
    'is it under the bed?',
    'the room is under 100 euros?',
    'the name is not important',
    // A sign-off with no name after it, or words that go on after it.
    'Muchas gracias, hasta luego',
    'gracias, Madrid es precioso',
    'saludos desde Sevilla',
  ])('finds no name in %j', (text) => {
    expect(found(text, 'guest_name')).toEqual([]);
  });
});

describe('codeTypedAlone', () => {
  it.each([
    ['PYB FFY', 'PYBFFY'],
    ['k7q x2m', 'K7QX2M'],
    [' K7QX2M ', 'K7QX2M'],
    // In capitals, letters alone are a code too: a sixth of ours, and every QloApps reference.
    ['GCJZPT', 'GCJZPT'],
    ['ABCDEFGHJ', 'ABCDEFGHJ'],
    ['gcjzpt', null],
    ['buenas', null],
    ['no sé', null],
    ['PYB FFY GG', null],
  ])('reads %j as %j', (text, code) => {
    expect(codeTypedAlone(text)).toBe(code);
  });
});

describe('codeLikeToken', () => {
  it.each([
    ['Q1W2E3', 'Q1W2E3'],
    ['ab12cd', 'AB12CD'],
    ['AB12 CD', 'AB12CD'],
    ['AB-12 CD', null],
    ['12345', null],
    ['somos 3', null],
    ['hab 12', null],
    ['buenas', null],
    ['no sé el código', null],
  ])('reads %j as %j', (text, code) => {
    expect(codeLikeToken(text)).toBe(code);
  });
});

describe('formatName', () => {
  it.each([
    ['ana garcía', 'Ana García'],
    ['JUAN PÉREZ', 'Juan Pérez'],
    ['María De La Cruz', 'María de la Cruz'],
    ['ana-maría lópez', 'Ana-María López'],
    ['DeLuca', 'DeLuca'],
    ['Robert And Linda Miller', 'Robert and Linda Miller'],
    ['juan y maría lópez', 'Juan y María López'],
  ])('writes %j as %j', (raw, name) => {
    expect(formatName(raw)).toBe(name);
  });
});
