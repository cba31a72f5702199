import { FakePms, reservation } from '../../../test/support/booked-pms';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { Turn } from '../dialogue/turn';
import { CancelReservationHandler } from './cancel-reservation.handler';

const texts = (turn: Turn): string =>
  turn.replies.map((reply) => ('text' in reply ? reply.text : reply.type)).join('\n');

const known = (...references: string[]) =>
  freshState({
    dialogue: { flow: null, awaiting: null, slots: { lastReference: references.at(-1), references } },
  });

describe('cancelling several bookings at once', () => {
  let pms: FakePms;
  let handler: CancelReservationHandler;
  beforeEach(() => {
    pms = new FakePms();
    pms.stored.set('PYBFFY', reservation({ reference: 'PYBFFY', roomTypeId: 'suite' }));
    handler = new CancelReservationHandler(pms);
  });

  const ask = async (text: string, state = known('K7QX2M', 'PYBFFY'), language: 'es' | 'en' = 'es') => {
    const turn = makeTurn({
      nlu: parse('cancel_reservation'),
      message: { text },
      state: { ...state, language },
    });
    await handler.handle(turn);
    return turn;
  };
  const answer = async (asked: Turn, yes: boolean) => {
    const turn = makeTurn({ nlu: parse(yes ? 'confirm' : 'deny'), state: structuredClone(asked.state) });
    await (yes ? handler.confirm(turn) : handler.deny(turn));
    return turn;
  };

  it('"cancela las dos" lists both and, after one yes, cancels both', async () => {
    const asked = await ask('cancela las dos');
    expect(pms.cancelled).toEqual([]);
    expect(asked.replies).toEqual([
      {
        type: 'buttons',
        text: expect.stringMatching(
          /^¿Confirmas que quieres cancelar estas 2 reservas\?\n• K7QX2M: Doble Estándar, .*\n• PYBFFY: Suite Junior, /,
        ),
        buttons: [
          { id: 'confirm_yes', title: 'Sí, confirmar' },
          { id: 'confirm_no', title: 'No' },
        ],
      },
    ]);
    expect(asked.state.dialogue).toMatchObject({ flow: 'cancel_reservation', awaiting: 'confirmation' });
    const yes = await answer(asked, true);
    expect(pms.cancelled).toEqual(['K7QX2M', 'PYBFFY']);
    expect(texts(yes)).toBe('Reservas K7QX2M y PYBFFY canceladas, sin ningún coste.');
    expect(yes.state.dialogue).toMatchObject({ flow: null, awaiting: null });
    expect(yes.state.dialogue.slots.cancelling).toBeUndefined();
  });

  it('keeps them all on no, in English too', async () => {
    const asked = await ask('cancel both', known('K7QX2M', 'PYBFFY'), 'en');
    expect(texts(asked)).toMatch(/^Do you confirm you want to cancel these 2 bookings\?/);
    const no = await answer(asked, false);
    expect(pms.cancelled).toEqual([]);
    expect(texts(no)).toBe("Great, I'll keep your bookings K7QX2M and PYBFFY.");
  });

  it('"las dos" answering "which one?" cancels the ones listed, not others of the conversation', async () => {
    pms.stored.set(
      'ZZ9QQA',
      reservation({ reference: 'ZZ9QQA', checkIn: '2027-03-01', checkOut: '2027-03-03' }),
    );
    const state = known('K7QX2M', 'PYBFFY', 'ZZ9QQA');
    state.dialogue = {
      ...state.dialogue,
      flow: 'cancel_reservation',
      awaiting: 'reference',
      slots: { ...state.dialogue.slots, options: ['booking:K7QX2M', 'booking:PYBFFY'] },
    };
    const asked = await ask('las dos', state);
    expect(texts(asked)).toMatch(/estas 2 reservas\?\n• K7QX2M.*\n• PYBFFY[^\n]*$/);
    await answer(asked, true);
    expect(pms.cancelled).toEqual(['K7QX2M', 'PYBFFY']);
  });

  it('with only one still on, asks about that one alone', async () => {
    pms.stored.set('PYBFFY', reservation({ reference: 'PYBFFY', status: 'cancelled' }));
    const asked = await ask('cancela las dos');
    expect(texts(asked)).toMatch(/^¿Confirmas que quieres cancelar la reserva K7QX2M /);
    const yes = await answer(asked, true);
    expect(pms.cancelled).toEqual(['K7QX2M']);
    expect(texts(yes)).toBe('Reserva K7QX2M cancelada, sin ningún coste.');
  });

  it('a code named wins over "all": "cancela todas… la K7QX2M" is that one', async () => {
    const turn = makeTurn({
      nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]),
      message: { text: 'de todas, cancela la K7QX2M' },
      state: known('K7QX2M', 'PYBFFY'),
    });
    await handler.handle(turn);
    expect(texts(turn)).toMatch(/^¿Confirmas que quieres cancelar la reserva K7QX2M /);
  });

  it('warns of each late charge before the yes and says it with the cancellation', async () => {
    // Now is Wed 25 Nov, 11:00 in Madrid: K7QX2M starts in 28 hours (inside 48), PYBFFY in December.
    pms.stored.set('K7QX2M', reservation({ checkIn: '2026-11-26', checkOut: '2026-11-29', total: 327 }));
    const asked = await ask('cancela ambas');
    expect(texts(asked)).toMatch(
      /^Ojo: a la reserva K7QX2M le faltan menos de 48 horas .*primera noche \(109\s€\)\.\n¿Confirmas que quieres cancelar estas 2 reservas\?/,
    );
    const yes = await answer(asked, true);
    expect(texts(yes)).toMatch(
      /^Reservas K7QX2M y PYBFFY canceladas\.\nPor la reserva K7QX2M se cobra la primera noche \(109\s€\)/,
    );
  });

  it('when the PMS fails part way, says what was cancelled and asks the yes again for the rest', async () => {
    pms.downFor.add('PYBFFY');
    const asked = await ask('cancela las dos');
    const first = await answer(asked, true);
    expect(pms.cancelled).toEqual(['K7QX2M']);
    expect(texts(first)).toMatch(/^Reserva K7QX2M cancelada, sin ningún coste\.\n.*(no puedo|ahora)/s);
    expect(first.state.dialogue).toMatchObject({ flow: 'cancel_reservation', awaiting: 'confirmation' });
    expect(first.state.dialogue.slots.cancelling).toEqual([{ reference: 'PYBFFY', charge: null }]);
    pms.downFor.clear();
    const again = await answer(first, true);
    expect(pms.cancelled).toEqual(['K7QX2M', 'PYBFFY']);
    expect(texts(again)).toBe('Reserva PYBFFY cancelada, sin ningún coste.');
  });

  it('a booking cancelled meanwhile is said to be already cancelled, the others cancelled', async () => {
    const asked = await ask('cancela las dos');
    pms.stored.set('K7QX2M', reservation({ status: 'cancelled' }));
    const yes = await answer(asked, true);
    expect(pms.cancelled).toEqual(['PYBFFY']);
    expect(texts(yes)).toBe(
      'La reserva K7QX2M ya estaba cancelada.\nReserva PYBFFY cancelada, sin ningún coste.',
    );
  });
});
