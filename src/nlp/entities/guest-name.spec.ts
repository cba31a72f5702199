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
    // A name with a lead-in (QA 24, E8).
    ["it's for Mary Taylor", 'Mary Taylor', 'Mary Taylor'],
    ["under my mum's name, Mary Taylor", 'Mary Taylor', 'Mary Taylor'],
    ["yes, under my brother's name pls, Sam Wilson", 'Sam Wilson', 'Sam Wilson'],
    ['actually the name should be Jon Stark, sorry', 'Jon Stark', 'Jon Stark'],
    ['a nombre de mi madre, Carmen López', 'Carmen López', 'Carmen López'],
    ['es para Carmen López', 'Carmen López', 'Carmen López'],
    ['a nombre de ana garcia porfa', 'Ana Garcia', 'ana garcia'],
    ["under Peter Clarke's name", 'Peter Clarke', 'Peter Clarke'],
    ['under Peter Clarke’s name please', 'Peter Clarke', 'Peter Clarke'],
    ['a double under Ana de la Cruz', 'Ana de la Cruz', 'Ana de la Cruz'],
    ['under the name Ann Hardy', 'Ann Hardy', 'Ann Hardy'],
    ['under the name of ann hardy', 'Ann Hardy', 'ann hardy'],
    ['book it under the name of Peter Clarke', 'Peter Clarke', 'Peter Clarke'],
    ['in the name of ann hardy', 'Ann Hardy', 'ann hardy'],
    ['another double, name Ann Hardy', 'Ann Hardy', 'Ann Hardy'],
    ['otra doble para mis padres a nombre de Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz'],
    ['superior pls, Mike Ross', 'Mike Ross', 'Mike Ross'],
    ['superior porfa, Mike Ross.', 'Mike Ross', 'Mike Ross'],
    ['reserva una doble, Juan Pérez', 'Juan Pérez', 'Juan Pérez'],
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
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
