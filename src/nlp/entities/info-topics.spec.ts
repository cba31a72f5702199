import type { InfoTopic } from '../nlp.types';
import { extractInfoTopics } from './info-topics';

function topicsIn(text: string): InfoTopic[] {
  return extractInfoTopics(text).map((entity) =>
    entity.type === 'info_topic' ? entity.value.topic : 'contact',
  );
}

describe('extractInfoTopics', () => {
  it.each<[string, InfoTopic[]]>([
    // QA 26, S13: "no tengo ese dato" before.
    ['¿a qué hora puedo entrar?', ['check_in']],
    ['tengo una reserva para el día 19, ¿a qué hora puedo entrar y hay parking?', ['check_in', 'parking']],
    // QA 27, S3 and S4: "no tengo ese dato" before.
    ['a que hora se puede entrar a la habitacion?', ['check_in']],
    ['a partir de que hora puedo llegar al hotel?', ['check_in']],
    ['what time can we get into the room?', ['check_in']],
    ['cual es el mail del hotel?', ['contact']],
    ['no me llegó el mail de confirmación', []],
    // Entering a place of the hotel (review 26, R16).
    ['¿a qué hora puedo entrar al gimnasio?', ['amenities']],
    ['¿a qué hora se puede entrar a la piscina?', ['amenities']],
    // Abbreviated and misspelt (QA 28, S13, E14, S23: "no tengo ese dato" or the rate card before).
    ['a q hora se puede entrar?', ['check_in']],
    ['a q hs es el chekin', ['check_in']],
    ['y el chekaut', ['check_out']],
    ['wat time is brekfast', ['breakfast']],
    ['can i bring my pupy', ['pets']],
    ['do you hav a gim', ['amenities']],
    ['¿hay que pagar algo por adelantado?', ['payment']],
    // QA 29, L7: the second question of the message was left unanswered.
    ["what's the cancellation policy? and do i pay now or at the hotel?", ['cancellation_policy', 'payment']],
    ['¿se paga ahora o en el hotel?', ['payment']],
    ['se paga por adelantado o en el hotel?', ['payment']],
    ['¿Cuál es la contraseña del WiFi?', ['wifi']],
    ['¿podéis poner una cama supletoria?', ['extra_bed']],
    ['can we get an extra bed?', ['extra_bed']],
    ['brekkie included?', ['breakfast']],
    // QA 31, M5: "I don't have that to hand" before.
    ['can we park a car there?', ['parking']],
    ['🐶?', ['pets']],
    ['Hola, ¿tenéis transfer al aeropuerto?', ['amenities']],
    ['can I pay by bank transfer?', []],
    ['¿admitís conejos?', ['pets']],
    ['tengo un pastor alemán de 35 kg', ['pets']],
    ['🅿️?', ['parking']],
    ['¿desayuno? ☕', ['breakfast']],
    ['¿hay wi-fi?', ['wifi']],
    ['do you have internet?', ['wifi']],
    ['¿tenéis aparcamiento?', ['parking']],
    ['¿dónde dejo el coche?', ['parking']],
    ['is there parking?', ['parking']],
    ['¿el desayuno está incluido?', ['breakfast']],
    ['breakfast hours?', ['breakfast']],
    ['¿puedo ir con mi perro?', ['pets']],
    ['are pets allowed?', ['pets']],
    ['¿a qué hora es el check in?', ['check_in']],
    ['¿a qué hora puedo llegar?', ['check_in']],
    ['¿se puede llegar a las 11 de la noche?', ['check_in']],
    ['llego a las 12.30, ¿puedo dejar las maletas?', ['check_in']],
    ['we arrive at 9am, can we leave our bags?', ['check_in']],
    ['¿a qué hora es la entrada?', ['check_in']],
    ['what time is check-out?', ['check_out']],
    ['¿a qué hora hay que dejar la habitación?', ['check_out']],
    ['¿tenéis piscina y gimnasio?', ['amenities']],
    ['what amenities do you have?', ['amenities']],
    ['¿cuál es la política de cancelación?', ['cancellation_policy']],
    ['¿qué política tenéis con los grupos?', ['policies']],
    ['¿aceptáis niños?', ['children']],
    ['do kids stay free?', ['children']],
    ['¿se puede fumar?', ['smoking']],
    ['is it a smoking room?', ['smoking']],
    ['¿cuál es vuestro teléfono?', ['contact']],
    ['what is your phone number?', ['contact']],
    ['¿hay parking y desayuno?', ['parking', 'breakfast']],
    ['¿me podéis hacer una factura?', ['invoice']],
    ['tienen estacionamiento? y alberca?', ['parking', 'amenities']],
    ['can I get a receipt for my stay?', ['invoice']],
    ['¿hay algún descuento?', ['discounts']],
    ['el precio incluye iva?', ['taxes']],
    ['is there a tourist tax?', ['taxes']],
    ['¿se puede pagar con tarjeta?', ['payment']],
    ['y si pago por adelantado?', ['payment']],
    ['do you take a deposit?', ['payment']],
    // Paying by bank transfer is no airport transfer, and a price to pay is no payment question.
    ['can I pay by bank transfer?', []],
    ['how i can pay? is possible with card?', ['payment']],
    ['how can we pay, do you accept cards?', ['payment']],
    ['¿cuánto hay que pagar?', []],
    // Bags left, a key card, a way to come: no payment, no arrival hour.
    ['¿tenéis depósito de equipaje?', []],
    ['¿la tarjeta de la habitación sirve para el ascensor?', []],
    ['we arrive by car, how do we get to you?', []],
    ['si vamos en coche dónde aparcamos?', ['parking']],
    ['we will arrive around midnight, is that ok?', ['check_in']],
    ['llegaremos sobre las 11 de la noche', ['check_in']],
    ['¿tenéis alguna oferta o código promocional?', ['discounts']],
    ['any special offers or discounts?', ['discounts']],
  ])('reads %j', (text, topics) => {
    expect(topicsIn(text)).toEqual(topics);
  });

  it.each(['mi teléfono es 600 000 000', 'my email is ana@example.com', 'quiero reservar una doble', 'hola'])(
    'finds no topic in %j',
    (text) => {
      expect(topicsIn(text)).toEqual([]);
    },
  );
});
