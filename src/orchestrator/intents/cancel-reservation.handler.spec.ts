import { FakePms, reservation } from '../../../test/support/booked-pms';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { Language } from '../../nlp/nlp.types';
import type { Turn } from '../dialogue/turn';
import { CancelReservationHandler } from './cancel-reservation.handler';

function textsOf(turn: Turn): string[] {
  return turn.replies.map((reply) => ('text' in reply ? reply.text : ''));
}

describe('CancelReservationHandler, a booking named by its place', () => {
  let pms: FakePms;
  beforeEach(() => (pms = new FakePms()));

  const cancel = async (text: string, references = ['K7QX2M'], language: Language = 'es'): Promise<Turn> => {
    const turn = makeTurn({
      nlu: { ...parse('cancel_reservation'), language },
      message: { text },
      state: freshState({
        language,
        dialogue: { flow: null, awaiting: null, slots: { lastReference: references.at(-1), references } },
      }),
    });
    await new CancelReservationHandler(pms).handle(turn);
    return turn;
  };

  it('says "la segunda" of the only booking is none, naming that one, and puts no cancellation up for a yes', async () => {
    const turn = await cancel('cancela la segunda');
    expect(turn.replies).toEqual([
      {
        type: 'buttons',
        text: 'Solo tienes una reserva, la K7QX2M (del sáb 12 dic al mar 15 dic). No hay una segunda: ¿quieres cancelar esa?',
        buttons: [{ id: 'booking:K7QX2M', title: 'K7QX2M' }],
      },
    ]);
    expect(turn.state.dialogue).toMatchObject({ flow: 'cancel_reservation', awaiting: 'reference' });
    expect(turn.state.dialogue.slots.reference).toBeUndefined();
  });

  it('says the same of "la otra" and "the other one", and of "the second one" in English', async () => {
    expect((await cancel('cancela la otra')).replies[0]).toMatchObject({
      text: expect.stringMatching(
        /^Solo tienes una reserva, la K7QX2M .*No hay otra: ¿quieres cancelar esa\?$/,
      ),
    });
    expect((await cancel('cancel the other one', undefined, 'en')).replies[0]).toMatchObject({
      text: expect.stringMatching(/^You only have one booking, K7QX2M .*There is no other one/),
    });
    expect((await cancel('cancel the second one', undefined, 'en')).replies[0]).toMatchObject({
      text: expect.stringMatching(/There is no second one/),
    });
  });

  it('takes "la segunda" of two bookings as the second, and goes straight to one named by its code or by no place', async () => {
    pms.stored.set(
      'PYBFFY',
      reservation({ reference: 'PYBFFY', roomTypeId: 'suite', checkIn: '2027-01-02' }),
    );
    expect((await cancel('cancela la segunda', ['K7QX2M', 'PYBFFY'])).replies[0]).toMatchObject({
      text: expect.stringMatching(/^¿Confirmas que quieres cancelar la reserva PYBFFY/),
    });
    expect((await cancel('cancela la tercera', ['K7QX2M', 'PYBFFY'])).replies[0]).toMatchObject({
      text: expect.stringMatching(/^Tienes varias reservas/),
    });
    const byCode = makeTurn({
      nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]),
      message: { text: 'cancela la otra, la K7QX2M' },
    });
    await new CancelReservationHandler(pms).handle(byCode);
    // The name on it too: "la de mis padres" must not pass for the guest's own booking unseen.
    expect(byCode.replies[0]).toMatchObject({
      text: expect.stringMatching(
        /^¿Confirmas que quieres cancelar la reserva K7QX2M \(Doble Estándar, del .*, a nombre de Ana García\)\?$/,
      ),
    });
    expect((await cancel('cancela la reserva que hice la otra noche')).replies[0]).toMatchObject({
      text: expect.stringMatching(/^¿Confirmas que quieres cancelar la reserva K7QX2M/),
    });
  });
});

describe('CancelReservationHandler, a booking named by the name on it', () => {
  let pms: FakePms;
  beforeEach(() => {
    pms = new FakePms();
    pms.stored.set(
      'PYBFFY',
      reservation({
        reference: 'PYBFFY',
        roomTypeId: 'single',
        guestName: 'Carmen López',
        checkIn: '2026-12-20',
      }),
    );
  });

  const cancel = async (text: string): Promise<Turn> => {
    const turn = makeTurn({
      nlu: parse('cancel_reservation'),
      message: { text },
      state: freshState({
        dialogue: {
          flow: null,
          awaiting: null,
          slots: { lastReference: 'PYBFFY', references: ['K7QX2M', 'PYBFFY'] },
        },
      }),
    });
    await new CancelReservationHandler(pms).handle(turn);
    return turn;
  };

  it('goes straight to the one booking under the name said ("la de Carmen")', async () => {
    expect((await cancel('cancela la de Carmen')).replies[0]).toMatchObject({
      text: expect.stringMatching(/^¿Confirmas que quieres cancelar la reserva PYBFFY/),
    });
  });

  it('still asks which when the name said is on every booking, or on none', async () => {
    // Her mother's booking may have been made elsewhere: said, then the ones here to pick from.
    expect(textsOf(await cancel('soy Carmen, cancela la de mi madre'))).toEqual([
      expect.stringMatching(/^No veo aquí ninguna reserva a su nombre/),
      expect.stringMatching(/^Tienes varias reservas[\s\S]*PYBFFY: .*a nombre de Carmen López/),
    ]);
    expect((await cancel('cancela la de Pedro')).replies[0]).toMatchObject({
      text: expect.stringMatching(/^Tienes varias reservas/),
    });
    pms.stored.set(
      'PYBFFY',
      reservation({ reference: 'PYBFFY', guestName: 'Carmen López', checkIn: '2026-12-20' }),
    );
    pms.stored.set('K7QX2M', reservation({ guestName: 'Carmen López' }));
    expect((await cancel('cancela la de Carmen')).replies[0]).toMatchObject({
      text: expect.stringMatching(/^Tienes varias reservas/),
    });
  });
});

describe("CancelReservationHandler, a booking said to be someone else's", () => {
  let pms: FakePms;
  beforeEach(() => {
    pms = new FakePms();
  });

  const cancel = async (text: string, language: 'es' | 'en' = 'es'): Promise<Turn> => {
    const turn = makeTurn({
      nlu: { ...parse('cancel_reservation'), language },
      message: { text },
      state: freshState({
        language,
        dialogue: { flow: null, awaiting: null, slots: { lastReference: 'K7QX2M', references: ['K7QX2M'] } },
      }),
    });
    await new CancelReservationHandler(pms).handle(turn);
    return turn;
  };

  it.each([
    [
      'es',
      'cancela la de mis padres',
      /^No veo aquí ninguna reserva a su nombre[\s\S]*La que tengo es:\n• K7QX2M: .*a nombre de/,
    ],
    [
      'es',
      'quiero cancelar la reserva de mi hermano',
      /^No veo aquí ninguna reserva a su nombre[\s\S]*¿Es esa la que quieres cancelar\?/,
    ],
    [
      'en',
      "cancel my parents' booking",
      /^I can't see a booking in their name[\s\S]*The one I have is:\n• K7QX2M: .*under/,
    ],
    ['en', 'please cancel the reservation for my sister', /^I can't see a booking in their name/],
    ['es', 'cancela la reserva de mi mamá', /^No veo aquí ninguna reserva a su nombre/],
    ['es', 'cancela la reserva de mi madre y mi padre', /^No veo aquí ninguna reserva a su nombre/],
    [
      'en',
      'cancel the booking for my parents and I will rebook later',
      /^I can't see a booking in their name/,
    ],
  ] as const)(
    "%s: %j offers the guest's own booking as a pick, not the yes that cancels it",
    async (language, text, reply) => {
      const turn = await cancel(text, language);
      expect(textsOf(turn).join('\n')).toMatch(reply);
      expect(turn.replies.at(-1)).toMatchObject({ buttons: [{ id: 'booking:K7QX2M' }] });
      expect(turn.state.dialogue.awaiting).toBe('reference');
      expect(pms.cancelled).toEqual([]);
    },
  );

  it('goes to the yes that cancels when the name said is on the booking ("la de mi madre, Ana")', async () => {
    pms.stored.set('K7QX2M', reservation({ guestName: 'Ana Torres' }));
    const turn = await cancel('cancela la de mi madre, Ana Torres');
    expect(textsOf(turn)[0]).toMatch(/^¿Confirmas que quieres cancelar la reserva K7QX2M/);
  });

  it.each(['quiero cancelar la reserva para mi pareja y para mí', 'cancel the room for my wife and me'])(
    'goes to the yes that cancels when the guest is in it too: %j',
    async (text) => {
      expect(textsOf(await cancel(text, /cancel the/.test(text) ? 'en' : 'es'))[0]).toMatch(
        /^(?:¿Confirmas que quieres cancelar|Do you confirm you want to cancel)/,
      );
    },
  );

  it('goes to the yes that cancels for "cancela mi reserva"', async () => {
    expect(textsOf(await cancel('cancela mi reserva'))[0]).toMatch(/^¿Confirmas que quieres cancelar/);
  });
});
