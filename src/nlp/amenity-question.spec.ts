import { asksWhetherHotelHas } from './amenity-question';
import { normaliseUtterance } from './utterance';

describe('asksWhetherHotelHas', () => {
  it.each([
    ['es', '¿Tenéis sauna o jacuzzi?'],
    ['es', 'hay lavadora para los huespedes?'],
    ['es', 'y el hotel tiene gimnasio?'],
    ['es', '¿Cuentan con cargador para coche eléctrico?'],
    ['en', 'Do you have a sauna?'],
    ['en', 'is there a gym?'],
    ['en', 'and does the room have a kettle?'],
  ] as const)('hears (%s) "%s" as asking whether the hotel has something', (language, text) => {
    expect(asksWhetherHotelHas(normaliseUtterance(text, language), language)).toBe(true);
  });

  it.each([
    ['es', 'quiero reservar una doble'],
    ['es', 'mañana hay partido'],
    ['es', 'qué tienen de bueno los lunes'],
    ['en', 'I have a reservation'],
    ['en', 'there is a problem with my booking'],
    ['es', 'hay que joderse'],
    ['es', '¿puedo pagar con tarjeta?'],
    ['es', 'se puede fumar?'],
    ['en', 'can I bring my dog?'],
  ] as const)('does not hear (%s) "%s" that way', (language, text) => {
    expect(asksWhetherHotelHas(normaliseUtterance(text, language), language)).toBe(false);
  });
});
