import { extractGuestName } from './guest-name';

const names = (text: string) =>
  extractGuestName(text).map((entity) => [Object.values(entity.value)[0], entity.text]);

describe('extractGuestName: "under <Name>" and a name closing a booking request', () => {
  it.each([
    [
      'also my parents want a room same dates, standard double, under Peter Clarke',
      'Peter Clarke',
      'Peter Clarke',
    ],
    ['book another standard double same dates for my parents, under Ann Hardy', 'Ann Hardy', 'Ann Hardy'],
    ['under Peter Clarke please', 'Peter Clarke', 'Peter Clarke'],
    // A chat word after the name is no part of it (QA 24, E3).
    ['put it under John Smith pls', 'John Smith', 'John Smith'],
    // Nor the word that brings the address (QA 29: "Ahmed Khan Email").
    ['my name is Ahmed Khan email ahmed.khan@gmail.com', 'Ahmed Khan', 'Ahmed Khan'],
    // A company, for the invoice, is no guest (QA 29: the booking went under it).
    [
      'factura a nombre de Inversiones Mora SAS, NIT 900123456? Mi nombre es Claudia Mora',
      'Claudia Mora',
      'Claudia Mora',
    ],
    // A name with a lead-in (QA 24, E8).
    ["it's for Mary Taylor", 'Mary Taylor', 'Mary Taylor'],
    ["under my mum's name, Mary Taylor", 'Mary Taylor', 'Mary Taylor'],
    // The booking said to be for them (QA 30, en H7: no name read, "no confirmed booking" said).
    ['the booking is for Jerry Seinfeld', 'Jerry Seinfeld', 'Jerry Seinfeld'],
    // "d" for "de", as typed on a phone (QA 31, M7).
    ['a nombre d Maria Garcia', 'Maria Garcia', 'Maria Garcia'],
    // After the extras of the request (QA 31, M2: the name asked again).
    ['standard double 10-12 dec for 2 with parking, Bruce Wayne', 'Bruce Wayne', 'Bruce Wayne'],
    ['doble estandar 10-12 dic para 2 con desayuno, Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz'],
    // QA 32, M4: the name asked again.
    ['doble estandar 9-12 feb, 2 pers, Raul Diaz', 'Raul Diaz', 'Raul Diaz'],
    ['doble 1-3 marzo para 2 con un perrito de 5 kilos, Pedro Gomez', 'Pedro Gomez', 'Pedro Gomez'],
    ['the reservation will be under Tom Hanks', 'Tom Hanks', 'Tom Hanks'],
    // QA 32, M7: "Sorry, I didn't quite get that".
    ['the booking should be under my sisters name, Patty Bouvier', 'Patty Bouvier', 'Patty Bouvier'],
    ['la reserva es para Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz'],
    // The one staying, named after the one writing (QA 28, S4: booked under the writer).
    [
      'Buenas noches, soy Ricardo Alonso, quiero reservar para mi madre una individual del 7 al 9. Ella se llama Carmen Alonso.',
      'Carmen Alonso',
      'Carmen Alonso',
    ],
    [
      "Hi, I'm Tom Reed, a single for my mother, dec 7 to 9. Her name is Jane Reed.",
      'Jane Reed',
      'Jane Reed',
    ],
    // The writer, when no one else is named, or the booking is theirs.
    ['soy Pedro Ruiz, una individual para mi madre del 7 al 9', 'Pedro Ruiz', 'Pedro Ruiz'],
    ['soy Ana García, una doble para mi y mi marido. Él se llama Luis', 'Ana García', 'Ana García'],
    ["yes, under my brother's name pls, Sam Wilson", 'Sam Wilson', 'Sam Wilson'],
    ['actually the name should be Jon Stark, sorry', 'Jon Stark', 'Jon Stark'],
    ['a nombre de mi madre, Carmen López', 'Carmen López', 'Carmen López'],
    ['es para Carmen López', 'Carmen López', 'Carmen López'],
    ['a nombre de ana garcia porfa', 'Ana Garcia', 'ana garcia'],
    ["under Peter Clarke's name", 'Peter Clarke', 'Peter Clarke'],
    ['under Peter Clarke’s name please', 'Peter Clarke', 'Peter Clarke'],
    ['a double under Ana de la Cruz', 'Ana de la Cruz', 'Ana de la Cruz'],
    ['under the name Ann Hardy', 'Ann Hardy', 'Ann Hardy'],
    // "Name's …" starting a sentence (QA 27, E12).
    ["We'd also like breakfast and parking. Name's Rachel Green.", 'Rachel Green', 'Rachel Green'],
    // …and after a comma (QA 28, E6).
    ["ok book the superior pls, name's Sarah Connor", 'Sarah Connor', 'Sarah Connor'],
    ['under the name of ann hardy', 'Ann Hardy', 'ann hardy'],
    ['book it under the name of Peter Clarke', 'Peter Clarke', 'Peter Clarke'],
    ['in the name of ann hardy', 'Ann Hardy', 'ann hardy'],
    ['another double, name Ann Hardy', 'Ann Hardy', 'Ann Hardy'],
    ['otra doble para mis padres a nombre de Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz'],
    ['superior pls, Mike Ross', 'Mike Ross', 'Mike Ross'],
    ['superior porfa, Mike Ross.', 'Mike Ross', 'Mike Ross'],
    ['reserva una doble, Juan Pérez', 'Juan Pérez', 'Juan Pérez'],
    // After a stay's days or party, a comma or a dash (QA 26, E10).
    ['a superior room for 3 adults from 20 dec to 23 dec, Bob Marley', 'Bob Marley', 'Bob Marley'],
    ['single room dec 3 to 5 - Maria Lopez', 'Maria Lopez', 'Maria Lopez'],
    ['doble del 14 al 16 de diciembre 2 personas, nombre Carmen Vidal', 'Carmen Vidal', 'Carmen Vidal'],
    ['titular Carmen Vidal', 'Carmen Vidal', 'Carmen Vidal'],
    // Particles count for nothing (QA 26, S10).
    ['a nombre de Maria del Carmen Ruiz Lopez', 'Maria del Carmen Ruiz Lopez', 'Maria del Carmen Ruiz Lopez'],
    [
      'me llamo maria de los angeles perez de la fuente',
      'Maria de los Angeles Perez de la Fuente',
      'maria de los angeles perez de la fuente',
    ],
    // The one writing, named after the other (QA 26, S9).
    ['mi mujer se llama Sara y yo Tomas Rey', 'Tomas Rey', 'Tomas Rey'],
    // A correction (QA 26, S2/E11): "el nombre es" is not "el nombre esta…".
    ['el nombre esta mal escrito, es Elena Lopez', 'Elena Lopez', 'Elena Lopez'],
    ["the name is wrong, it's Jake Black", 'Jake Black', 'Jake Black'],
    ['can you change the name on the booking to Jake Black?', 'Jake Black', 'Jake Black'],
    ['cambia el nombre de la reserva a Elena López', 'Elena López', 'Elena López'],
    // The next room's cue ends the first name (QA 26, S8).
    ['una a nombre de Pablo Ortiz y otra a nombre de Diego Romero', 'Pablo Ortiz', 'Pablo Ortiz'],
  ])('reads %j', (text, name, located) => {
    expect(names(text)).toEqual([[name, located]]);
  });

  it.each([
    'under 10 kg',
    'is it under the bed?',
    'kids under 18s stay free?',
    'Under 18s stay free?',
    'book it under my name',
    'a room under my name please',
    'a room under budget',
    'under peter clarke', // bare "under" needs a capital: "under budget", "under construction"
    'the kids are under twelve',
    // A capitalised end after a comma that is no name.
    'superior pls, Mike',
    'a double, Sea View',
    'a double, New York',
    'a room for two, Madrid Spain',
    'we arrive friday, Puerta del Sol',
    'Hi, Good Morning',
    'superior pls, Mike Ross and two kids',
    'I booked under Expedia',
    'is it under Airbnb?',
    // Lead-ins with no name after them.
    'es para mañana',
    "it's for two people",
    "it's for my wife",
    'a double room, Christmas Eve',
    'quiero una habitación doble, Ciudad Real',
    'a double room, Costa Brava',
    'from dec 3 to 5, Madrid Spain',
    // A lower-case word after "y yo", a room's feature at the end (review 26, R10/R11).
    'una doble del 5 al 7 de diciembre, mi marido se llama Juan y yo también quiero desayuno',
    'doble del 3 al 5 de diciembre, 2 adultos, Planta Baja',
    'twin room for 2 adults, Ground Floor',
    'single dec 3 to 5 - Late Arrival',
    'the 12th - Thank You',
    // A company for the invoice (QA 29).
    'es para Acme Consulting SL, CIF B12345678',
    'the booking is for Christmas',
    'the booking is for Friday',
    'la reserva es para Navidad',
    'la reserva es para Semana Santa',
    'the booking is for New Year',
    'La factura a nombre de Vega Asesores SL',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('extractGuestName: "Name\'s" with no name after it (review 27, R2)', () => {
  it.each([
    "Name's correct, go ahead",
    'Names are fine, book it',
    "Looks good. Name's right",
    "ok, name's correct",
  ])('reads no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
