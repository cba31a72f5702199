import { isBookingName } from './booking-owner';

describe('isBookingName', () => {
  it.each<[string, string, boolean]>([
    ['García', 'Ana García', true],
    ['ana garcia', 'Ana García', true],
    ['Pablo Ruiz', 'Pablo Ruiz Gómez', true],
    ['Gomez', 'Pablo Ruiz Gómez', true],
    ['Sra. de la Fuente', 'Marta de la Fuente', true],
    ['Smith', 'Smith', true],
    // A first name alone, another surname, or nothing that is a name.
    ['Ana', 'Ana García', false],
    ['Pedro Pérez', 'Ana García', false],
    ['de la', 'Marta de la Fuente', false],
    ['', 'Ana García', false],
  ])('%j for %j: %s', (given, booked, expected) => {
    expect(isBookingName(given, booked)).toBe(expected);
  });
});
