import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { billingDetailsIn } from './billing-details';

// Spanish QA 29, H1 and H5: a company for the invoice replaced the guest's name on the booking (and
// then got "no te he entendido"), and billing details given once booked were lost.

describe('billingDetailsIn', () => {
  it.each([
    ['es para Acme Consulting SL, CIF B12345678', 'Acme Consulting SL, CIF B12345678'],
    [
      'factura a nombre de Inversiones Mora SAS, NIT 900123456? gracias',
      'Inversiones Mora SAS, NIT 900123456',
    ],
    ['La factura a nombre de Vega Asesores SL', 'Vega Asesores SL'],
    ['invoice to Smith & Co Ltd, VAT number GB123456789', 'Smith & Co Ltd, VAT number GB123456789'],
    ['mi NIF es 12345678Z', 'NIF es 12345678Z'],
  ])('reads the details of %j', (text, details) => {
    expect(billingDetailsIn(text)).toBe(details);
  });

  it.each([
    'quiero una habitación para el sábado',
    'I need a room, is breakfast included?',
    'vamos en la línea SA de autobús',
    '¿me hacéis factura?',
    // Review 31, 2 and 3: no digit, no invoice, or a signature.
    'Is VAT included?',
    "what's your VAT number?",
    '¿hace falta el NIF siempre?',
    'te paso el cif despues',
    'Buenas, ¿a qué hora abre el gimnasio? Un saludo, Marta Ruiz, Directora de Compras, Acme Consulting SL, CIF B12345678, Calle Mayor 1, Madrid',
  ])('reads none in %j', (text) => {
    expect(billingDetailsIn(text)).toBeNull();
  });
});

describe('billing details given', () => {
  it('at the summary: noted for the staff with the booking under way, the name kept and the summary asked again', async () => {
    const dialogue = await atTheDecemberSummary('es');
    const name = dialogue.state.dialogue.slots.guestName;
    // Heard as anything: the company reads as a name.
    const reply = await dialogue.say('es para Acme Consulting SL, CIF B12345678', { intent: 'None' });
    expect(reply).toMatch(
      /^Anoto los datos para la factura \(Acme Consulting SL, CIF B12345678\) y se los paso al equipo: te la tendrán lista a la salida\.\n.*¿La confirmo\?$/s,
    );
    expect(dialogue.state.dialogue.slots.guestName).toBe(name);
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(
        /^🧾 Datos de facturación: «es para Acme Consulting SL, CIF B12345678»\. .* Reserva en curso: /,
      ),
    ]);
  });

  it('once booked: noted with the booking’s code', async () => {
    const dialogue = await atTheDecemberSummary('en');
    await dialogue.say('yes', { intent: 'confirm' });
    const [booked] = dialogue.pms.requests;
    expect(booked).toBeDefined();
    const reply = await dialogue.say(
      'for the invoice: Pino Eventos SL, CIF B87654321, Calle Alcala 50 Madrid',
      {
        intent: 'hotel_info',
      },
    );
    const reference = dialogue.state.dialogue.slots.lastReference as string;
    expect(reply).toBe(
      `I've noted the billing details (Pino Eventos SL, CIF B87654321) and passed them to the team with your booking ${reference}: the invoice will be ready when you check out.`,
    );
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(new RegExp(`Reserva ${reference}\\.$`))]);
  });

  it('leaves a name at "whose name?" and a cancellation to their own answers', async () => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('una individual del 14 al 17 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['individual', entity.room('single')],
        ['del 14 al 17 de diciembre', entity.range('2026-12-14', '2026-12-17')],
      ],
    });
    await dialogue.say('1', { intent: 'None', entities: [['1', entity.guests(1)]] });
    expect(dialogue.state.dialogue.awaiting).toBe('guest_name');
    const named = 'Laura Gómez, factura con NIF 12345678Z';
    expect(
      await dialogue.say(named, { intent: 'None', entities: [['Laura Gómez', entity.name('Laura Gómez')]] }),
    ).not.toMatch(/^Anoto los datos/);
    const cancelling = new RoutedDialogue('es');
    const text = 'cancela la reserva K7QX2M, la factura era de Acme SL';
    expect(
      await cancelling.say(text, {
        intent: 'cancel_reservation',
        entities: [['K7QX2M', entity.reference('K7QX2M')]],
      }),
    ).not.toMatch(/Anoto los datos/);
  });

  it('notes them with no booking at all, and leaves a stay asked with them to the booking', async () => {
    const dialogue = new RoutedDialogue('es');
    expect(await dialogue.say('factura para Acme SL, CIF B12345678', { intent: 'None' })).toMatch(
      /^Anoto los datos/,
    );
    const booking = new RoutedDialogue('es');
    const text = 'una individual del 14 al 17 de diciembre, factura para Acme SL, CIF B12345678';
    expect(
      await booking.say(text, {
        intent: 'make_reservation',
        entities: [['del 14 al 17 de diciembre', entity.range('2026-12-14', '2026-12-17')]],
      }),
    ).not.toMatch(/Anoto los datos/);
    expect(booking.state.dialogue.flow).toBe('make_reservation');
  });
});
