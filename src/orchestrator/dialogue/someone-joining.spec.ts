import { someoneJoins } from './someone-joining';

describe('someoneJoins', () => {
  it.each([
    'wait, my colleague is coming too, so we need 2 single rooms',
    'espera, viene un compañero, necesitamos 2 individuales',
    'se apunta mi hermana',
    'al final se une una amiga',
    'mi hermana también viene',
    'viene también mi pareja',
    'a friend is joining us',
    'my sister will be coming along',
  ])('hears someone joining in %j', (text) => {
    expect(someoneJoins(text)).toBe(true);
  });

  it.each([
    'mi mujer viene más tarde',
    'espera que lo consulto con mi pareja',
    'my wife is coming later, can she check in then?',
    'mi hermana me recomendó el hotel',
    'is my colleague booked too?',
    // Counted already, or only visiting.
    'mi marido viene también',
    'my wife is coming too',
    'viene un amigo a cenar, ¿puede subir a la habitación?',
    'viene una amiga a visitarnos al hotel, puede subir?',
    'mi hermana también viene a recogernos',
    'a friend is joining us for dinner',
    // A room of their own: another booking.
    'viene un compañero, necesita otra individual',
    'my colleague is coming too, he needs another single room',
  ])('hears no one joining in %j', (text) => {
    expect(someoneJoins(text)).toBe(false);
  });
});
