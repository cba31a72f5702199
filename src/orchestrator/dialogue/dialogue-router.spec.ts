import { entity, freshState, guestMessage, parse } from '../../../test/support/turn-fixtures';
import type { ClassifiedIntent, Entity } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { DialogueRouter } from './dialogue-router';
import { asksForAPause } from './guest-wording';

const router = new DialogueRouter();
const booking = (awaiting: string | null, slots: Record<string, unknown> = {}): ConversationState =>
  freshState({ dialogue: { flow: 'make_reservation', awaiting, slots } });

describe('DialogueRouter', () => {
  it('sends a tapped yes or no to confirm / deny whatever the classifier read in the title', () => {
    const yes = router.route(
      guestMessage({
        kind: 'interactive',
        interactive: { kind: 'button_reply', id: 'confirm_yes', title: 'Sí, confirmar' },
      }),
      parse('greeting'),
      booking('confirmation'),
    );
    const no = router.route(
      guestMessage({ interactive: { kind: 'button_reply', id: 'confirm_no', title: 'No' } }),
      parse('None'),
      booking('confirmation'),
    );
    expect([yes.intent, yes.via, no.intent]).toEqual(['confirm', 'choice', 'deny']);
  });

  it('sends a pet weighed again after the pets answer to the booking, never as a yes to its summary', () => {
    const summary = {
      step: 'summary',
      checkIn: '2026-12-12',
      checkOut: '2026-12-14',
      guests: 2,
      roomTypeId: 'double',
    };
    for (const [awaiting, slots] of [
      ['guest_name', { petWeightKg: 25 }],
      ['confirmation', { ...summary, petKinds: ['dog'] }],
    ] as const) {
      const routed = router.route(
        guestMessage({ text: '¿y si es de 8 kilos?' }),
        parse('confirm'),
        booking(awaiting, slots),
      );
      expect([awaiting, routed.intent, routed.via]).toEqual([awaiting, 'make_reservation', 'follow_up']);
    }
    // With no pet told about, a yes is a yes.
    const yes = router.route(
      guestMessage({ text: 'sí, 8 kilos de equipaje' }),
      parse('confirm'),
      booking('confirmation', summary),
    );
    expect(yes.intent).toBe('confirm');
  });

  it('turns a tapped room into a room_type entity for the booking flow', () => {
    const routed = router.route(
      guestMessage({ interactive: { kind: 'list_reply', id: 'room:suite', title: 'Suite Junior' } }),
      parse('None'),
      booking('room_type'),
    );
    expect(routed.intent).toBe('make_reservation');
    expect(routed.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'room_type', value: { roomTypeId: 'suite' } }),
    );
  });

  it('sends "las dos" / "both" answering which booking to cancel back to the cancellation, and "all good" not', () => {
    const asking = freshState({
      dialogue: {
        flow: 'cancel_reservation',
        awaiting: 'reference',
        slots: { options: ['booking:K7QX2M', 'booking:PYBFFY'] },
      },
    });
    for (const text of [
      'las dos',
      'Ambas, por favor',
      'todas',
      'both',
      'both of them',
      'all of them',
      'all',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('None'), asking);
      expect([text, routed.intent, routed.via]).toEqual([text, 'cancel_reservation', 'choice']);
    }
    for (const text of ['all good, thanks', 'todo bien', 'no, ninguna']) {
      const routed = router.route(guestMessage({ text }), parse('thanks'), asking);
      expect([text, routed.via]).not.toEqual([text, 'choice']);
    }
    // Asked for a booking code (no list shown), "las dos" names no booking.
    const askedForCode = freshState({
      dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} },
    });
    expect(router.route(guestMessage({ text: 'las dos' }), parse('None'), askedForCode).via).not.toBe(
      'choice',
    );
  });

  it('sends a tapped or numbered booking code to the flow that asked which booking', () => {
    const asking = freshState({
      dialogue: {
        flow: 'cancel_reservation',
        awaiting: 'reference',
        slots: { options: ['booking:K7QX2M', 'booking:PYBFFY'] },
      },
    });
    const tapped = router.route(
      guestMessage({ interactive: { kind: 'button_reply', id: 'booking:PYBFFY', title: 'PYBFFY' } }),
      parse('None'),
      asking,
    );
    const numbered = router.route(
      guestMessage({ channel: 'gmail', text: '1' }),
      parse('None', [], 0),
      asking,
    );
    for (const text of ['la segunda', 'la 2', 'the last one']) {
      const picked = router.route(guestMessage({ text }), parse('None'), asking);
      expect([text, picked.intent, picked.nlu.entities.at(-1)?.value]).toEqual([
        text,
        'cancel_reservation',
        { reference: 'PYBFFY' },
      ]);
    }
    // Rooms are listed by price, bookings are not.
    expect(router.route(guestMessage({ text: 'la más barata' }), parse('None'), asking).intent).not.toBe(
      'cancel_reservation',
    );
    for (const [routed, reference] of [
      [tapped, 'PYBFFY'],
      [numbered, 'K7QX2M'],
    ] as const) {
      expect(routed.intent).toBe('cancel_reservation');
      expect(routed.nlu.entities).toContainEqual(
        expect.objectContaining({ type: 'reference', value: { reference } }),
      );
    }
    const status = router.route(
      guestMessage({ interactive: { kind: 'button_reply', id: 'booking:PYBFFY', title: 'PYBFFY' } }),
      parse('greeting'),
      freshState(),
    );
    expect(status.intent).toBe('reservation_status');
  });

  it('takes the room of the booking to cancel, named alone at "do you confirm?", for a yes', () => {
    const confirming = freshState({
      dialogue: {
        flow: 'cancel_reservation',
        awaiting: 'confirmation',
        slots: { reference: 'K7QX2M', roomTypeId: 'single' },
      },
    });
    // The room's words where the text has them, as the NLU gives them.
    const named = (text: string, word: string, roomTypeId: string) => {
      const start = text.indexOf(word);
      const room: Entity = {
        type: 'room_type',
        value: { roomTypeId },
        text: word,
        start,
        end: start + word.length,
      };
      return router.route(guestMessage({ text }), parse('make_reservation', [room]), confirming);
    };
    const single = named('the single one', 'single', 'single');
    expect([single.intent, single.via]).toEqual(['confirm', 'slot']);
    expect(named('sí, la individual', 'individual', 'single').intent).toBe('confirm');
    // Another room, or a question about it: no yes.
    expect(named('the double one', 'double', 'double').intent).not.toBe('confirm');
    expect(named('¿la individual tiene baño?', 'individual', 'single').intent).not.toBe('confirm');
  });

  it('takes a room type or a day answering "which booking?" to the flow that asked, never a question', () => {
    const asking = freshState({
      dialogue: {
        flow: 'cancel_reservation',
        awaiting: 'reference',
        slots: { options: ['booking:K7QX2M', 'booking:PYBFFY'] },
      },
    });
    const cases = [
      ['la de la doble', parse('room_prices', [entity.room('double')])],
      ['the one on the 20th', parse('None', [entity.date('2026-12-20')])],
      ['la superior', parse('hotel_info', [entity.room('superior')])],
      // Heard as a new booking, yet pointing at one listed.
      ['la del 20', parse('make_reservation', [entity.date('2026-12-20')])],
      ['the single one', parse('make_reservation', [entity.room('single')])],
    ] as const;
    for (const [text, nlu] of cases) {
      const routed = router.route(guestMessage({ text }), nlu, asking);
      expect([text, routed.intent, routed.via]).toEqual([text, 'cancel_reservation', 'choice']);
    }
    // "Sí" to "is that the one?" (one booking offered) picks it.
    const one = freshState({
      dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: { options: ['booking:K7QX2M'] } },
    });
    const yes = router.route(guestMessage({ text: 'sí' }), parse('confirm'), one);
    expect([yes.intent, yes.nlu.entities.at(-1)?.value]).toEqual([
      'cancel_reservation',
      { reference: 'K7QX2M' },
    ]);
    // "No, mejor mantengo la del 20" keeps it: no pick.
    const keep = router.route(
      guestMessage({ text: 'no, mejor mantengo la del 20' }),
      parse('deny', [entity.date('2026-12-20')]),
      asking,
    );
    expect(keep.via).not.toBe('choice');
    const another = router.route(
      guestMessage({ text: 'quiero reservar otra para el 20' }),
      parse('make_reservation', [entity.date('2026-12-20')]),
      asking,
    );
    expect(another.via).not.toBe('choice');
    // A question about a room is not a pick; nor is a room named with no "which booking?" on screen.
    const asked = router.route(
      guestMessage({ text: '¿cuánto cuesta la doble?' }),
      parse('room_prices', [entity.room('double')]),
      asking,
    );
    const unasked = router.route(
      guestMessage({ text: 'la doble' }),
      parse('room_prices', [entity.room('double')]),
      freshState(),
    );
    expect([asked.intent, unasked.intent]).toEqual(['room_prices', 'room_prices']);
  });

  it('takes a full name typed at "shall I book it?" as a yes under that name, and at a summary as the new name', () => {
    const offer = booking('confirmation', { step: 'offer', roomTypeId: 'double' });
    const atOffer = router.route(guestMessage({ text: 'Maria Lopez' }), parse('location', [], 1), offer);
    expect(atOffer.intent).toBe('confirm');
    expect(atOffer.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'guest_name', value: { name: 'Maria Lopez' } }),
    );
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    const atSummary = router.route(guestMessage({ text: 'Pedro Ruiz' }), parse('confirm', [], 0.9), summary);
    expect(atSummary.intent).toBe('make_reservation');
    expect(atSummary.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'guest_name', value: { name: 'Pedro Ruiz' } }),
    );
    // A correction before it ("perdona, es …") is not part of it.
    const corrected = router.route(
      guestMessage({ text: 'perdona, es Marta López Díaz' }),
      parse('None', [], 0.3),
      summary,
    );
    expect([corrected.intent, corrected.nlu.entities[0]?.value]).toEqual([
      'make_reservation',
      { name: 'Marta López Díaz' },
    ]);
    // A yes written with capitals, a single word or lower case is no name.
    for (const text of ['Sí Claro', 'Por Favor', 'Perfecto', 'maria lopez', 'Perdona']) {
      const routed = router.route(guestMessage({ text }), parse('confirm', [], 0.9), offer);
      expect([text, routed.nlu.entities]).toEqual([text, []]);
    }
    // Nor a request or a pause written with capitals, or shouted.
    for (const text of ['CUANTO CUESTA EL PARKING', 'Un Momento', 'Hold On', 'Not Yet', 'Quiero La Suite']) {
      const routed = router.route(guestMessage({ text }), parse('None', [], 0.2), offer);
      expect([text, routed.nlu.entities.some((e) => e.type === 'guest_name')]).toEqual([text, false]);
    }
    // Nor is lower-case text the classifier cannot place ("en realidad seremos tres" changes the party).
    const unsure = router.route(
      guestMessage({ text: 'en realidad seremos tres' }),
      parse('None', [entity.guests(3)], 0.2),
      summary,
    );
    expect(unsure.nlu.entities).toEqual([entity.guests(3)]);
    expect([unsure.intent, unsure.via]).toEqual(['make_reservation', 'follow_up']);
  });

  it('takes a room, dates or a party told after "no" to the summary as the change asked for', () => {
    for (const awaiting of ['confirmation', null]) {
      const asked = booking(awaiting, { step: 'change', roomTypeId: 'double' });
      const suite = [entity.room('suite')];
      const told = router.route(
        guestMessage({ text: 'the suite please' }),
        parse('room_photos', suite),
        asked,
      );
      expect([told.intent, told.via]).toEqual(['make_reservation', 'follow_up']);
      const asking = router.route(
        guestMessage({ text: 'does the suite have a view?' }),
        parse('room_photos', suite),
        asked,
      );
      expect(asking.intent).toBe('room_photos');
    }
    // Elsewhere in a booking, a room named under another request is that request.
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    const photos = router.route(
      guestMessage({ text: 'photos of the suite please' }),
      parse('room_photos', [entity.room('suite')]),
      summary,
    );
    expect(photos.intent).toBe('room_photos');
  });

  it('reads a whole stay (dates and party) as an availability question whatever else the classifier heard', () => {
    const stay = [entity.range('2027-01-03', '2027-01-05'), entity.guests(2)];
    for (const heard of ['location', 'confirm', 'hotel_info', 'late_checkout', 'goodbye'] as const) {
      expect([
        heard,
        router.route(
          guestMessage({ text: 'llego el 3.1 y me voy el 5.1, somos 2' }),
          parse(heard, stay),
          freshState(),
        ).intent,
      ]).toEqual([heard, 'check_availability']);
    }
    // A status question keeps it when it points at a booking made (see below).
    for (const kept of ['cancel_reservation', 'make_reservation', 'reservation_status'] as const) {
      const text = 'x, mi reserva';
      expect(router.route(guestMessage({ text }), parse(kept, stay), freshState()).intent).toBe(kept);
    }
  });

  it('takes nights added or a new last day at a summary as a change, however it classifies', () => {
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    const asked: Array<[string, 'goodbye' | 'late_checkout' | 'None', Entity]> = [
      ['can we add one more night?', 'goodbye', entity.nights(1)],
      ['podemos quedarnos una noche mas?', 'late_checkout', entity.nights(1)],
      ['hmm can we make it 3 nights instead', 'late_checkout', entity.nights(3)],
      ['hasta el 17 mejor', 'goodbye', entity.date('2026-12-17')],
    ];
    for (const [text, heard, said] of asked) {
      const routed = router.route(guestMessage({ text }), parse(heard, [said]), summary);
      expect([text, routed.intent]).toEqual([text, 'make_reservation']);
    }
    // "Hasta luego" names no day: still a goodbye.
    const alone = router.route(guestMessage({ text: 'hasta luego' }), parse('goodbye'), summary);
    expect(alone.intent).toBe('goodbye');
  });

  it('takes a party heard as a request for a person ("…, 2 personas") for the stay it is, not a handoff', () => {
    const party = [entity.guests(2)];
    const stay = router.route(
      guestMessage({ text: 'queremos ir el puente de la constitucion, 2 personas' }),
      parse('human_handoff', party),
      freshState(),
    );
    expect(stay.intent).toBe('check_availability');
    for (const text of [
      'somos 2 personas y quiero hablar con alguien',
      'we are 2, can I talk to a person?',
    ]) {
      const asked = router.route(guestMessage({ text }), parse('human_handoff', party), freshState());
      expect([text, asked.intent]).toEqual([text, 'human_handoff']);
    }
    // "Una persona más" is one more guest, never someone to talk to.
    const more = router.route(
      guestMessage({ text: '¿puedo añadir a una persona más?' }),
      parse('human_handoff', [entity.guests(1)]),
      freshState(),
    );
    expect(more.intent).not.toBe('human_handoff');
  });

  it('takes a change asked of a booking already made as a question about it, never a new booking', () => {
    const booked = freshState({
      dialogue: { flow: null, awaiting: null, slots: { references: ['K7QX2M'], lastReference: 'K7QX2M' } },
    });
    for (const text of [
      'quiero añadir una noche mas a mi reserva',
      'can I extend my booking by one night?',
      'can I change the dates to dec 13-15?',
      'quiero cambiar las fechas del 13 al 16',
    ]) {
      const routed = router.route(
        guestMessage({ text }),
        parse('make_reservation', [entity.nights(1)]),
        booked,
      );
      expect([text, routed.intent]).toEqual([text, 'reservation_status']);
    }
    // Another room for it, however it classifies (a late check-out, a new booking).
    for (const [text, intent] of [
      ['can I upgrade to the suite?', 'late_checkout'],
      ['quiero cambiar a la superior', 'None'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(intent, [entity.room('suite')]), booked);
      expect([text, routed.intent]).toEqual([text, 'reservation_status']);
    }
    // With no booking known here, a night added to "mi reserva" is still a booking made elsewhere,
    // whose code the status flow asks (QA 29, H5: quoted as a new stay, a second booking).
    const fresh = router.route(
      guestMessage({ text: 'quiero añadir una noche mas a mi reserva' }),
      parse('make_reservation', [entity.nights(1)]),
      freshState(),
    );
    expect(fresh.intent).toBe('reservation_status');
    const newOne = router.route(
      guestMessage({ text: 'quiero otra reserva para mi hermana' }),
      parse('make_reservation'),
      booked,
    );
    expect(newOne.intent).toBe('make_reservation');
  });

  it('takes a code named with a change as a change to that booking, though the stay it describes reads as a new one', () => {
    const routed = router.route(
      guestMessage({
        text: 'hola reservé una doble del 12 al 14 de diciembre a nombre de Carlos, código KQRK7M, quiero añadir una noche más',
      }),
      parse('make_reservation', [
        entity.room('double', ['superior']),
        entity.range('2026-12-12', '2026-12-14'),
        entity.name('Carlos'),
        entity.reference('KQRK7M'),
        entity.nights(1),
      ]),
      freshState(),
    );
    expect(routed.intent).toBe('reservation_status');
    // A code beside a new stay, with no word of changing anything, is what it says.
    const another = router.route(
      guestMessage({ text: 'quiero otra como la KQRK7M del 20 al 22' }),
      parse('make_reservation', [entity.reference('KQRK7M'), entity.range('2026-12-20', '2026-12-22')]),
      freshState(),
    );
    expect(another.intent).toBe('make_reservation');
  });

  it('takes a new arrival or departure asked right after booking as a change to that booking', () => {
    const booked = freshState({
      dialogue: { flow: null, awaiting: null, slots: { references: ['MXDJSG'], lastReference: 'MXDJSG' } },
    });
    const on13th = entity.date('2026-12-13');
    for (const [text, heard, entities] of [
      [
        'al final llegamos el 13, ¿me cambias la entrada?',
        'check_availability',
        [on13th, entity.topic('check_in')],
      ],
      [
        'cámbiame la salida al 15',
        'check_availability',
        [entity.topic('check_out'), entity.date('2026-12-15')],
      ],
      ['can you change my check-in to the 13th?', 'check_availability', [entity.topic('check_in'), on13th]],
      ["we'll arrive on the 13th instead, can you change it?", 'goodbye', [on13th]],
      // A correction of the days booked (QA 24, S4 and S12): it had been a no, or a new booking.
      ['perdon, quise decir el 13, no el 12', 'deny', [on13th, entity.date('2026-12-12')]],
      ['me equivoque, queria del 13 al 14', 'make_reservation', [entity.range('2026-12-13', '2026-12-14')]],
      ['sorry, I meant the 13th', 'None', [on13th]],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(heard, [...entities]), booked);
      expect([text, routed.intent]).toEqual([text, 'reservation_status']);
    }
    // Another booking is no change, nor is the question asked with no booking made.
    for (const [text, heard, entities] of [
      ['quiero otra reserva del 20 al 22', 'make_reservation', [entity.range('2026-12-20', '2026-12-22')]],
      [
        'y también una doble del 10 al 12',
        'check_availability',
        [entity.room('double'), entity.range('2026-12-10', '2026-12-12')],
      ],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(heard, [...entities]), booked);
      expect([text, routed.intent]).toEqual([text, heard]);
    }
    const asked = router.route(
      guestMessage({ text: '¿puedo cambiar la fecha de entrada?' }),
      parse('hotel_info', [entity.topic('check_in')]),
      freshState(),
    );
    expect(asked.intent).toBe('hotel_info');
  });

  it('answers a question about another room at a summary beside the booking, which stays as it is', () => {
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    const suite = [entity.room('suite')];
    for (const text of ['y la suite cuanto cuesta?', 'is the suite bigger than the double?']) {
      const routed = router.route(guestMessage({ text }), parse('room_prices', suite), summary);
      expect([text, routed.intent, routed.via]).toEqual([text, 'room_prices', 'nlu']);
    }
    const change = router.route(
      guestMessage({ text: 'can I have the suite instead?' }),
      parse('room_prices', suite),
      summary,
    );
    expect([change.intent, change.via]).toEqual(['make_reservation', 'follow_up']);
  });

  it('takes a listed room typed instead of tapped as the tap, but not a question or a request about it', () => {
    const listed = booking('room_type', { options: ['room:double', 'room:superior'] });
    const superior = [entity.room('superior')];
    const typed = router.route(guestMessage({ text: 'la superior' }), parse('None', superior), listed);
    expect([typed.intent, typed.via, typed.nlu.intent]).toEqual([
      'make_reservation',
      'choice',
      'make_reservation',
    ]);
    const cases = [
      ['¿y la superior?', parse('check_availability', superior)],
      ['fotos de la superior', parse('room_photos', superior)],
      ['la suite', parse('None', [entity.room('suite')])],
    ] as const;
    for (const [text, nlu] of cases) {
      const routed = router.route(guestMessage({ text }), nlu, listed);
      expect([text, routed.via]).not.toEqual([text, 'choice']);
    }
    // The room alone, however it is heard (its photos, its price, even the map), is the tap too.
    const said = { ...entity.room('superior'), start: 3, end: 11 };
    for (const heard of ['room_photos', 'room_prices', 'location'] as const) {
      const alone = router.route(guestMessage({ text: 'la superior' }), parse(heard, [said]), listed);
      expect([heard, alone.intent, alone.via]).toEqual([heard, 'make_reservation', 'choice']);
    }
  });

  it('takes "3 habitaciones" as the answer when too few rooms were asked for and the party is asked again', () => {
    const routed = router.route(
      guestMessage({ text: '3 habitaciones' }),
      parse('None', [entity.rooms(3)]),
      booking('guests'),
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'slot']);
  });

  it('takes a yes to a list of one room as that room', () => {
    const one = booking('room_type', { options: ['room:superior'] });
    const routed = router.route(guestMessage({ text: 'yes' }), parse('confirm'), one);
    expect(routed.nlu.entities).toContainEqual(
      expect.objectContaining({ value: { roomTypeId: 'superior' } }),
    );
    const two = booking('room_type', { options: ['room:double', 'room:superior'] });
    expect(router.route(guestMessage({ text: 'yes' }), parse('confirm'), two).via).not.toBe('choice');
  });

  it('maps a number answering a numbered e-mail choice to that option', () => {
    const state = booking('room_type', { options: ['room:double', 'room:suite'] });
    const routed = router.route(guestMessage({ channel: 'gmail', text: '2' }), parse('None', [], 0), state);
    expect(routed.nlu.entities).toContainEqual(expect.objectContaining({ value: { roomTypeId: 'suite' } }));
  });

  it('maps "the first one" or "la última" answering a list of rooms to that option', () => {
    const listed = booking('room_type', { options: ['room:double', 'room:superior', 'room:suite'] });
    const pick = (text: string, entities = parse('None').entities) =>
      router
        .route(guestMessage({ text }), parse('None', entities), listed)
        .nlu.entities.find((e) => e.type === 'room_type')?.value;
    expect(pick('the first one')).toEqual({ roomTypeId: 'double' });
    expect(pick('la segunda, porfa')).toEqual({ roomTypeId: 'superior' });
    expect(pick('el último')).toEqual({ roomTypeId: 'suite' });
    expect(pick('la más barata')).toEqual({ roomTypeId: 'double' });
    expect(pick('the cheapest one please')).toEqual({ roomTypeId: 'double' });
    expect(pick('the cheaper one')).toEqual({ roomTypeId: 'double' });
    expect(pick('the more expensive one')).toEqual({ roomTypeId: 'suite' });
    expect(pick('la grande')).toEqual({ roomTypeId: 'suite' });
    expect(pick('the biggest one')).toEqual({ roomTypeId: 'suite' });
    expect(pick('la más pequeña')).toEqual({ roomTypeId: 'double' });
    // QA 28, E4: the 3rd was read as a day, "2nd option" and "number two" as nothing.
    expect(pick('the 3rd one')).toEqual({ roomTypeId: 'suite' });
    expect(pick('2nd option')).toEqual({ roomTypeId: 'superior' });
    expect(pick('number two')).toEqual({ roomTypeId: 'superior' });
    // QA 28, S21: "¡Hasta pronto!" before.
    expect(pick('la mejor que tengas')).toEqual({ roomTypeId: 'suite' });
    expect(pick('the best one you have')).toEqual({ roomTypeId: 'suite' });
    // Not a place in the list: a question, "a second", a date, or no list asked.
    for (const text of [
      'un segundo, lo consulto',
      'wait a second',
      'primero, ¿tiene balcón?',
      'is that the last one?',
      'which one is the cheapest?',
    ]) {
      expect([text, pick(text)]).toEqual([text, undefined]);
    }
    expect(pick('the first of December', [entity.date('2026-12-01')])).toBeUndefined();
    expect(
      router.route(guestMessage({ text: 'the first one' }), parse('None'), booking('room_type')).intent,
    ).not.toBe('make_reservation');
  });

  it('takes no pick from words that fit two listed rooms ("la doble"): the booking flow asks which', () => {
    const doble = entity.room('double', ['superior']);
    const route = (options: string[]) =>
      router.route(
        guestMessage({ text: 'la doble' }),
        parse('make_reservation', [doble]),
        booking('room_type', { options }),
      );
    expect(route(['room:double', 'room:superior', 'room:suite']).via).not.toBe('choice');
    expect(route(['room:double', 'room:suite'])).toMatchObject({ via: 'choice' });
  });

  it('maps a price answering a list of rooms ("la de 139") to the one room shown at it', () => {
    const listed = booking('room_type', {
      options: ['room:double', 'room:superior', 'room:suite'],
      optionPrices: { 'room:double': [109, 218], 'room:superior': [139, 278], 'room:suite': [218, 436] },
    });
    const pick = (text: string) =>
      router
        .route(guestMessage({ text }), parse('None'), listed)
        .nlu.entities.find((e) => e.type === 'room_type')?.value;
    expect(pick('la de 139')).toEqual({ roomTypeId: 'superior' });
    expect(pick('the €278 one please')).toEqual({ roomTypeId: 'superior' });
    expect(pick('la de 436 €')).toEqual({ roomTypeId: 'suite' });
    // Not a price shown, two prices, a question, a small number, or a list without prices.
    for (const text of ['la de 150', 'la de 109 o la de 139', '¿la de 139 tiene vistas?', 'la de 2 camas']) {
      expect([text, pick(text)]).toEqual([text, undefined]);
    }
    // 218 is a night of the suite and the stay of the double: no one room.
    expect(pick('la de 218')).toBeUndefined();
    const unpriced = booking('room_type', { options: ['room:double', 'room:superior'] });
    const routed = router.route(guestMessage({ text: 'la de 139' }), parse('None'), unpriced);
    expect(routed.nlu.entities.find((e) => e.type === 'room_type')).toBeUndefined();
  });

  it('reads a bare number as the party size when that is the question, not as a choice', () => {
    const state = booking('guests', { options: ['room:double', 'room:suite'] });
    const routed = router.route(guestMessage({ text: '3' }), parse('None', [], 0), state);
    expect(routed.intent).toBe('make_reservation');
    expect(routed.via).toBe('slot');
    expect(routed.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'guests', value: { adults: 3, children: 0, infants: 0, total: 3 } }),
    );
  });

  it('reads a bare number answering "until when? (or how many nights)" as nights, or as the day past the arrival', () => {
    const until = booking('dates', { checkIn: '2026-12-24' });
    const answer = (text: string) =>
      router
        .route(guestMessage({ text }), parse('None', [], 0), until)
        .nlu.entities.map((e) => [e.type, e.value]);
    expect(answer('1')).toEqual([['nights', { nights: 1 }]]);
    expect(answer('3')).toEqual([['nights', { nights: 3 }]]);
    expect(answer('27')).toEqual([['date', { date: '2026-12-27' }]]);
    const early = booking('dates', { checkIn: '2026-12-03' });
    expect(
      router.route(guestMessage({ text: '5' }), parse('None', [], 0), early).nlu.entities.map((e) => e.value),
    ).toEqual([{ date: '2026-12-05' }]);
  });

  it('reads a name-like answer as the guest name when the bot asked for it', () => {
    const routed = router.route(
      guestMessage({ text: 'María José Pérez' }),
      parse('greeting', [], 0.55),
      booking('guest_name'),
    );
    expect(routed.intent).toBe('make_reservation');
    expect(routed.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'guest_name', value: { name: 'María José Pérez' } }),
    );
  });

  it('takes the awaited answer even when the classifier hears another request in it', () => {
    const routed = router.route(
      guestMessage({ text: 'Me llamo Ana García' }),
      parse('human_handoff', [entity.name('Ana García')], 0.9),
      booking('guest_name'),
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'slot']);
  });

  it('reads capitalised words answering "whose name?" as the name, however they classify', () => {
    const routed = router.route(
      guestMessage({ text: 'John Smith' }),
      parse('greeting', [], 0.95),
      booking('guest_name'),
    );
    expect(routed.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'guest_name', value: { name: 'John Smith' } }),
    );
  });

  it('books the room a guest picks from a list, even while just browsing', () => {
    const browsing = freshState({
      dialogue: { flow: 'make_reservation', awaiting: 'room_type', slots: { mode: 'browse' } },
    });
    const routed = router.route(
      guestMessage({ interactive: { kind: 'button_reply', id: 'room:double', title: 'Standard Double' } }),
      parse('check_availability'),
      browsing,
    );
    expect(routed.nlu.intent).toBe('make_reservation');
  });

  it.each([
    ['Juan', 'greeting', 'Juan'],
    ['María López', 'location', 'María López'],
    // Written as a name in the summary and the booking.
    ['ana garcía', 'None', 'Ana García'],
  ] as const)('takes "%s" answering "whose name?" as the name (classified %s)', (text, intent, name) => {
    const routed = router.route(
      guestMessage({ text }),
      parse(intent, [], intent === 'None' ? 0.2 : 1),
      booking('guest_name'),
    );
    expect(routed.intent).toBe('make_reservation');
    expect(routed.nlu.entities).toContainEqual(
      expect.objectContaining({ type: 'guest_name', value: { name } }),
    );
  });

  it.each(['Hola', 'Gracias', 'sí'])('does not take "%s" for a name', (text) => {
    const routed = router.route(guestMessage({ text }), parse('greeting', [], 0.95), booking('guest_name'));
    expect(routed.nlu.entities.some((e) => e.type === 'guest_name')).toBe(false);
  });

  it('takes no room, confusion or indifference typed at "whose name?" for a name, however unsure the classifier', () => {
    const superior: Entity = {
      type: 'room_type',
      value: { roomTypeId: 'superior' },
      text: 'superior',
      start: 3,
      end: 11,
    };
    for (const [text, entities] of [
      ['la superior', [superior]],
      ['mejor la superior', [{ ...superior, start: 9, end: 17 }]],
      ["I don't understand", []],
      ['ni idea', []],
      ['da igual', []],
    ] as const) {
      const routed = router.route(
        guestMessage({ text }),
        parse('None', [...entities], 0.2),
        booking('guest_name'),
      );
      expect([text, routed.nlu.entities.some((e) => e.type === 'guest_name')]).toEqual([text, false]);
    }
    // Names still: one that starts like an article, written as a name; and one typed in lower case.
    const name = (text: string) =>
      router
        .route(guestMessage({ text }), parse('None', [], 0.2), booking('guest_name'))
        .nlu.entities.find((e) => e.type === 'guest_name')?.value;
    expect(name('La Rosa Pérez')).toEqual({ name: 'La Rosa Pérez' });
    expect(name('Maria Font')).toEqual({ name: 'Maria Font' });
    // Particles do not count towards a name's length.
    expect(name('maría de la cruz van der berg')).toEqual({ name: 'María de la Cruz van der Berg' });
    expect(name('ana maria luisa pedro juan carlos')).toBeUndefined();
    expect(name('Vincent Laurent')).toEqual({ name: 'Vincent Laurent' });
    expect(name('lola flores')).toEqual({ name: 'Lola Flores' });
    // A hurry, a price or a room capitalised as a name is is no name.
    expect(name('venga, ¿me la reservas ya o qué?')).toBeUndefined();
    expect(name("whatever's cheapest")).toBeUndefined();
    expect(name('the cheapest one')).toBeUndefined();
    const superiorNamed = { ...entity.room('superior'), start: 0, end: 15 };
    expect(
      router
        .route(
          guestMessage({ text: 'Superior Double' }),
          parse('make_reservation', [superiorNamed], 0.39),
          booking('guest_name'),
        )
        .nlu.entities.find((e) => e.type === 'guest_name'),
    ).toBeUndefined();
  });

  it('takes "no entiendo" at any of the booking\'s questions to the booking (which explains it), never a no', () => {
    for (const [awaiting, slots] of [
      ['guest_name', {}],
      ['guests', {}],
      ['dates', {}],
      ['confirmation', { step: 'summary' }],
    ] as const) {
      for (const text of ['no entiendo', 'no sé qué poner', "I don't understand", '¿qué?', 'hurry up!']) {
        if (awaiting === 'confirmation' && text === 'hurry up!') continue; // at a summary, a hurry is a yes
        const routed = router.route(guestMessage({ text }), parse('deny'), booking(awaiting, { ...slots }));
        expect([awaiting, text, routed.intent]).toEqual([awaiting, text, 'make_reservation']);
      }
    }
    // "Me da igual" at the room list picks the first listed, the cheapest.
    const listed = booking('room_type', { options: ['room:double', 'room:superior'] });
    const any = router.route(guestMessage({ text: 'me da igual' }), parse('None'), listed);
    expect([any.via, any.nlu.entities.find((e) => e.type === 'room_type')?.value]).toEqual([
      'choice',
      { roomTypeId: 'double' },
    ]);
    // A plain no is still a no.
    expect(
      router.route(guestMessage({ text: 'no' }), parse('deny'), booking('confirmation', { step: 'summary' }))
        .intent,
    ).toBe('deny');
  });

  it('keeps the days already agreed when the name typed alone reads as a day ("Ángel Domingo")', () => {
    const sunday = { ...entity.date('2026-11-29'), start: 6, end: 13 };
    const routed = router.route(
      guestMessage({ text: 'Ángel Domingo' }),
      parse('None', [sunday], 0.4),
      booking('guest_name'),
    );
    expect(routed.nlu.entities).toEqual([
      expect.objectContaining({ type: 'guest_name', value: { name: 'Ángel Domingo' } }),
    ]);
  });

  it('leaves a courtesy and filler words out of a name typed alone', () => {
    const name = (text: string): unknown =>
      router
        .route(guestMessage({ text }), parse('thanks', [], 0.9), booking('guest_name'))
        .nlu.entities.find((e) => e.type === 'guest_name')?.value;
    expect(name('John Smith please')).toEqual({ name: 'John Smith' });
    expect(name('John Smith, thanks!')).toEqual({ name: 'John Smith' });
    expect(name('Ana García, gracias')).toEqual({ name: 'Ana García' });
    expect(name('it is under Smith')).toBeUndefined(); // the NLU's own name entity answers that one
  });

  it('takes a name with an e-mail beside it at "whose name?" as both, and an e-mail at a summary as a change', () => {
    const withMail = (text: string, at = booking('guest_name')) => {
      const start = text.search(/\S+@/);
      const address = text.slice(start).match(/^[^\s,;)>]+/)?.[0] ?? '';
      const mail = { ...entity.email(address), start, end: start + address.length };
      return router.route(guestMessage({ text }), parse('None', [mail], 0.3), at);
    };
    for (const [text, name] of [
      ['María López, maria.lopez@example.com', 'María López'],
      ['John Smith - my email is john@example.com', 'John Smith'],
      ['ana@example.com, Ana García', 'Ana García'],
      ['Pedro Ruiz (correo: pedro@example.com)', 'Pedro Ruiz'],
    ]) {
      const routed = withMail(text);
      expect([text, routed.intent, routed.nlu.entities.map((e) => e.type)]).toEqual([
        text,
        'make_reservation',
        ['guest_name', 'email'],
      ]);
      expect(routed.nlu.entities[0].value).toEqual({ name });
    }
    // "Perdón, es …": an apology is no name.
    const sorry = withMail('perdon, es marta.lopez@gmail.com');
    expect([sorry.intent, sorry.nlu.entities.map((e) => e.type)]).toEqual(['make_reservation', ['email']]);
    // An address that is none beside the name: the name is kept (the flow asks for the address again).
    const broken = router.route(
      guestMessage({ text: 'Marta Lopez, marta.lopez@gmailcom' }),
      parse('None', [], 0.3),
      booking('guest_name'),
    );
    expect([broken.intent, broken.nlu.entities.map((e) => e.value)]).toEqual([
      'make_reservation',
      [{ name: 'Marta Lopez' }],
    ]);
    // At a room offered, a name written as one with the address is a yes under that name.
    const offer = booking('confirmation', { step: 'offer' });
    const atOffer = withMail('Ana García, ana@example.com', offer);
    expect([atOffer.intent, atOffer.nlu.entities.map((e) => e.type)]).toEqual([
      'confirm',
      ['guest_name', 'email'],
    ]);
    // A request to send it there, though a question, gives the address.
    const sendIt = withMail(
      'can you also send the confirmation to emma.b@gmail.com?',
      booking('confirmation', { step: 'summary' }),
    );
    expect([sendIt.intent, sendIt.via]).toEqual(['make_reservation', 'follow_up']);
    // The e-mail alone names nobody: the flow keeps it and asks the name again.
    const alone = withMail('mi email es maria@example.com');
    expect([alone.intent, alone.nlu.entities.map((e) => e.type)]).toEqual(['make_reservation', ['email']]);
    const atSummary = withMail('my email is ana@example.com', booking('confirmation', { step: 'summary' }));
    expect([atSummary.intent, atSummary.via]).toEqual(['make_reservation', 'follow_up']);
    // Heard as asking for the hotel's e-mail: still the guest's own, in a booking; a question stays one.
    const mail = { ...entity.email('john@example.com'), start: 12, end: 28 };
    const heardAsInfo = parse('hotel_info', [mail, entity.topic('contact')], 0.9);
    const asked = (text: string) => router.route(guestMessage({ text }), heardAsInfo, booking('guest_name'));
    expect(asked('my email is john@example.com').intent).toBe('make_reservation');
    expect(asked('¿os escribo a reservas@hoteldemo.es?').intent).toBe('hotel_info');
  });

  it('takes a whole stay told with its arrival hour for a request, not a check-in question', () => {
    const nlu = parse('None', [
      entity.range('2026-12-12', '2026-12-14'),
      entity.guests(2),
      entity.topic('check_in'),
    ]);
    const routed = router.route(
      guestMessage({ text: 'hola, doble 12-14 dic para 2, llegamos a las 3am' }),
      nlu,
      freshState(),
    );
    expect(routed.intent).toBe('check_availability');
    // So is a whole stay with a pet question in it.
    const withCat = parse('None', [
      entity.topic('pets'),
      entity.range('2026-12-07', '2026-12-09'),
      entity.guests(2),
    ]);
    expect(
      router.route(
        guestMessage({ text: '¿se admiten gatos? una doble del 7 al 9 para 2 y la gatita' }),
        withCat,
        freshState(),
      ).intent,
    ).toBe('check_availability');
    // The hour alone is still a check-in question.
    const hour = parse('None', [entity.topic('check_in')]);
    expect(router.route(guestMessage({ text: 'llegamos a las 3am' }), hour, freshState()).intent).toBe(
      'hotel_info',
    );
  });

  it('takes "vale, a nombre de Irene Sanz" at a room offered as a yes under that name, also after a side question', () => {
    const offer = booking('confirmation', { step: 'offer', lastTopics: ['cancellation'] });
    const named = [entity.name('Irene Sanz')];
    for (const heard of ['None', 'room_prices', 'confirm'] as const) {
      const routed = router.route(
        guestMessage({ text: 'vale, a nombre de Irene Sanz' }),
        parse(heard, named),
        offer,
      );
      expect([heard, routed.intent]).toEqual([heard, 'confirm']);
    }
    // A no with it is no yes; nor is a new date with it.
    expect(
      router.route(guestMessage({ text: 'no, a nombre de Irene Sanz' }), parse('deny', named), offer).intent,
    ).not.toBe('confirm');
    const withDate = parse('None', [...named, entity.date('2026-12-27')]);
    expect(
      router.route(guestMessage({ text: 'a nombre de Irene Sanz, desde el 27' }), withDate, offer).intent,
    ).not.toBe('confirm');
  });

  it('sends a pause at a room offered or a summary ("espera, que lo consulto") to the booking, whatever it reads as', () => {
    const summary = booking('confirmation', { step: 'summary' });
    for (const [text, heard] of [
      ['espera que lo consulto con mi pareja', 'None'],
      ['let me check with my wife first', 'human_handoff'],
      ['let me check with my manager', 'human_handoff'],
      ['un momento', 'deny'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(heard, [], 0.6), summary);
      expect([text, routed.intent, routed.via]).toEqual([text, 'make_reservation', 'follow_up']);
    }
    // With nothing pending, no pause is read.
    expect(router.route(guestMessage({ text: 'un momento' }), parse('None'), freshState()).intent).toBeNull();
  });

  it('reads no pause, name or address where a guest says something else (review of the new readings)', () => {
    for (const text of [
      'no lo pienso más, resérvala',
      "Yes, can't wait!",
      "ok, I'll check in at 11pm",
      'Sí. Te digo luego la hora de llegada',
      'let me talk to a human pls',
      'déjame que lo hable con el encargado',
      // A question after the pause's words (QA 28, S22: "Claro, sin prisa", the question dropped).
      'espera una pregunta, el parking es cubierto?',
      'wait, is the parking covered?',
    ]) {
      expect([text, asksForAPause(text)]).toEqual([text, false]);
    }
    const summary = booking('confirmation', { step: 'summary', guestName: 'Ana García' });
    const mail = (text: string) => {
      const start = text.search(/\S+@/);
      const address = text.slice(start).match(/^[^\s,;)>]+/)?.[0] ?? '';
      return { ...entity.email(address), start, end: start + address.length };
    };
    // A yes with an address books (the confirm handler takes the address).
    const yes = 'Sí, mándame la confirmación a ana@x.com';
    expect(router.route(guestMessage({ text: yes }), parse('confirm', [mail(yes)]), summary).intent).toBe(
      'confirm',
    );
    // A lead-in word is no name; a no with a name at an offer is no yes.
    const great = 'Great, my email is ana@x.com';
    const routed = router.route(guestMessage({ text: great }), parse('None', [mail(great)]), summary);
    expect(routed.nlu.entities.map((e) => e.type)).toEqual(['email']);
    const offer = booking('confirmation', { step: 'offer' });
    const no = router.route(
      guestMessage({ text: 'No, a nombre de Irene Sanz' }),
      parse('None', [entity.name('Irene Sanz')]),
      offer,
    );
    expect(no.intent).not.toBe('confirm');
    // A name with "y" in it keeps it.
    const ortega = 'José Ortega y Gasset, jose@x.com';
    const named = router.route(
      guestMessage({ text: ortega }),
      parse('None', [mail(ortega)], 0.3),
      booking('guest_name'),
    );
    expect(named.nlu.entities[0]?.value).toEqual({ name: 'José Ortega y Gasset' });
    // A language asked for with a stay: the stay is the request.
    const stay = parse('None', [entity.range('2026-12-12', '2026-12-14'), entity.guests(2)]);
    expect(
      router.route(guestMessage({ text: 'switch to English, a double 12-14 for 2' }), stay, freshState())
        .intent,
    ).toBe('check_availability');
  });

  it('does not take a confident other request for a name', () => {
    const routed = router.route(
      guestMessage({ text: 'Muchas gracias' }),
      parse('thanks', [], 0.97),
      booking('guest_name'),
    );
    expect(routed.intent).toBe('thanks');
  });

  it('never takes a yes typed at "whose name?" for the name', () => {
    for (const text of ['sip', 'Dale', 'claro', 'okey', 'yep', 'de acuerdo', 'siii', 'Claro que sí']) {
      const routed = router.route(guestMessage({ text }), parse('confirm', [], 0.6), booking('guest_name'));
      expect([text, routed.nlu.entities]).toEqual([text, []]);
    }
  });

  it('continues the booking on a follow-up with new details ("¿y para 3 personas?")', () => {
    const routed = router.route(
      guestMessage({ text: '¿y para 3 personas?' }),
      parse('None', [entity.guests(3)], 0.3),
      booking('room_type'),
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'follow_up']);
  });

  it('lets a different request that does not answer the question take over a running flow', () => {
    for (const [intent, text] of [
      ['human_handoff', 'éramos 2, pásame con alguien'],
      ['cancel_reservation', 'cancela todo, éramos 2'],
      ['hotel_info', 'cancela todo, éramos 2'],
    ] as const) {
      const routed = router.route(
        guestMessage({ text }),
        parse(intent, [entity.guests(2)]),
        booking('dates'),
      );
      expect(routed.intent).toBe(intent);
    }
  });

  it('reads new details heard as a cancellation, with no word of cancelling, as a change to the booking', () => {
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    const routed = router.route(
      guestMessage({ text: 'al final seremos 3' }),
      parse('cancel_reservation', [entity.guests(3)], 0.5),
      summary,
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'follow_up']);
    // "Cambia las fechas…" heard as asking about a booking made: the booking summarised changes.
    const dates = [entity.range('2026-12-18', '2026-12-20')];
    const change = router.route(
      guestMessage({ text: 'cambia las fechas al 18 al 20' }),
      parse('reservation_status', dates),
      summary,
    );
    expect([change.intent, change.via]).toEqual(['make_reservation', 'follow_up']);
    // Asking about a booking made, or one naming its code, stays a status question.
    const other = router.route(
      guestMessage({ text: '¿y mi reserva del 18?' }),
      parse('reservation_status', dates),
      summary,
    );
    expect(other.intent).toBe('reservation_status');
  });

  it('answers "si cancelo, ¿me cobráis algo?" with the terms, never a cancellation', () => {
    const terms = [entity.topic('cancellation_policy')];
    for (const text of ['si cancelo me cobrais algo?', 'if I cancel, do you charge anything?']) {
      const routed = router.route(guestMessage({ text }), parse('cancel_reservation', terms), freshState());
      expect([text, routed.intent]).toEqual([text, 'hotel_info']);
    }
    // A cancellation asked as a question, or one naming its booking, is a cancellation.
    for (const [text, entities] of [
      ['¿me podéis hacer la cancelación de la reserva?', terms],
      [
        'If I cancel now, will I be charged? I need to cancel K7QX2M.',
        [...terms, entity.reference('K7QX2M')],
      ],
      ['cancela mi reserva, si cancelo ahora es gratis', terms],
    ] as const) {
      const routed = router.route(
        guestMessage({ text }),
        parse('cancel_reservation', [...entities]),
        freshState(),
      );
      expect([text, routed.intent]).toEqual([text, 'cancel_reservation']);
    }
    // A cancellation asked for in so many words stays one, whatever it asks of the charge.
    const wish = router.route(
      guestMessage({ text: 'quiero cancelar la reserva, ¿me la cancelas sin costo?' }),
      parse('cancel_reservation'),
      freshState(),
    );
    expect(wish.intent).toBe('cancel_reservation');
    const heardAsPrices = router.route(
      guestMessage({ text: 'quiero cancelar mi reserva, es gratis?' }),
      parse('room_prices'),
      freshState(),
    );
    expect(heardAsPrices.intent).toBe('cancel_reservation');
    // Terms in so many words, with no cancellation topic found, and heard as a booking to look up.
    for (const [text, intent] of [
      ['le puedo cancelar después sin costo?', 'cancel_reservation'],
      ['is the booking refundable?', 'reservation_status'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(intent), freshState());
      expect([text, routed.intent, routed.nlu.entities]).toEqual([text, 'hotel_info', terms]);
    }
  });

  it('takes "same dates" (heard as a yes) answering "which dates?" as the last booking\'s stay', () => {
    const state = booking('dates', { lastStay: { checkIn: '2026-12-03', checkOut: '2026-12-05' } });
    const routed = router.route(guestMessage({ text: 'same dates' }), parse('confirm'), state);
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'slot']);
    expect(routed.nlu.entities).toEqual([
      expect.objectContaining({
        type: 'date_range',
        value: { checkIn: '2026-12-03', checkOut: '2026-12-05' },
      }),
    ]);
  });

  it('takes "¿la suite tiene bañera?" at the room list for a question, and "¿tiene disponibilidad?" for the room', () => {
    const list = booking('room_type', { options: ['room:double', 'room:suite'] });
    const asked = (text: string, intent: Parameters<typeof parse>[0], entities = [entity.room('suite')]) =>
      router.route(guestMessage({ text }), parse(intent, entities), list).intent;
    expect(asked('¿la suite tiene bañera?', 'make_reservation')).toBe('hotel_info');
    expect(asked('does the suite have a balcony?', 'check_availability')).toBe('hotel_info');
    expect(asked('¿la suite tiene disponibilidad?', 'check_availability')).toBe('make_reservation');
    expect(
      asked('¿la suite tiene sitio para 3?', 'check_availability', [entity.room('suite'), entity.guests(3)]),
    ).toBe('make_reservation');
  });

  it('takes a stay heard as asking about a booking for a stay, unless it points at a booking made', () => {
    const stay = [entity.range('2026-12-24', '2026-12-27'), entity.guests(2)];
    const route = (text: string, entities = stay) =>
      router.route(guestMessage({ text }), parse('reservation_status', entities), freshState()).intent;
    expect(route('Hola, reserva para 2 personas del 24 al 27 de diciembre')).toBe('check_availability');
    expect(route('booking for 2, Dec 24 to 27')).toBe('check_availability');
    expect(route('el estado de mi reserva del 24 al 27 de diciembre')).toBe('reservation_status');
    expect(route('we have a booking for 2 from Dec 24 to 27')).toBe('reservation_status');
    expect(route('reserva K7QX2M del 24 al 27', [...stay, entity.reference('K7QX2M')])).toBe(
      'reservation_status',
    );
  });

  it('takes "es una reserva nueva" at "what is your code?" for a booking to make, not a lost code', () => {
    const asked = freshState({ dialogue: { flow: 'reservation_status', awaiting: 'reference', slots: {} } });
    const route = (text: string) => router.route(guestMessage({ text }), parse('deny'), asked).intent;
    expect(route('no tengo codigo, es una reserva nueva')).toBe('make_reservation');
    expect(route("I don't have one, I want to make a new booking")).toBe('make_reservation');
    expect(route('no tengo el código a mano')).toBe('deny');
  });

  it('takes "no, a nombre de Pablo Ruiz Gomez" at a summary for the name changed, not a no', () => {
    const summary = booking('confirmation', {
      step: 'summary',
      roomTypeId: 'double',
      guestName: 'Pablo Ruiz',
    });
    const routed = router.route(
      guestMessage({ text: 'no, a nombre de Pablo Ruiz Gomez' }),
      parse('deny', [entity.name('Pablo Ruiz Gomez')]),
      summary,
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'follow_up']);
  });

  it('takes a question about the weather on some days to the hotel’s answer, not to availability', () => {
    const weekend = [entity.range('2026-11-27', '2026-11-29')];
    const route = (text: string) =>
      router.route(guestMessage({ text }), parse('None', weekend), freshState()).intent;
    expect(route('que tiempo hara en madrid el finde?')).toBe('hotel_info');
    expect(route("what's the weather like next weekend?")).toBe('hotel_info');
    expect(route('el finde')).toBe('check_availability');
  });

  it('answers an invoice request in any flow, however it classifies, but keeps a yes or no', () => {
    const invoice = [entity.topic('invoice')];
    const text = '¿me podéis hacer una factura?';
    for (const state of [freshState(), booking('dates')]) {
      const routed = router.route(guestMessage({ text }), parse('make_reservation', invoice), state);
      expect(routed.intent).toBe('hotel_info');
    }
    const yes = router.route(
      guestMessage({ text: 'sí, y con factura' }),
      parse('confirm', invoice),
      booking('confirmation', { step: 'summary', roomTypeId: 'double' }),
    );
    expect(yes.intent).toBe('confirm');
  });

  it('never takes "¿y si…?" at a summary, its "si" heard as a yes, for the yes that books', () => {
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    for (const text of [
      'y si pago por adelantado?',
      '¿y si llegamos tarde?',
      'si cancelo mañana, ¿me cobráis?',
      'and si llegamos a las 3?',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('confirm'), summary);
      expect([text, routed.intent]).not.toEqual([text, 'confirm']);
    }
    for (const text of [
      'si claro',
      'si, ¿a qué hora es el check-in?',
      'si por favor',
      'sí, ¿y el desayuno?',
      'si?',
      'si confirma',
      'si si, ¿se paga en el hotel?',
      'pero sí, ¿llegamos a las 3?',
      'si puedes confirmarla?',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('confirm'), summary);
      expect([text, routed.intent]).toEqual([text, 'confirm']);
    }
  });

  it('sends a code-like answer to "what is your code?" to the flow, and a name at the offer of a person to a person', () => {
    const asked = freshState({ dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} } });
    const code = router.route(guestMessage({ text: 'Q1W2E3' }), parse('None'), asked);
    expect([code.intent, code.via]).toEqual(['cancel_reservation', 'slot']);
    const offered = freshState({ dialogue: { flow: 'human_handoff', awaiting: 'confirmation', slots: {} } });
    const named = router.route(
      guestMessage({ text: 'está a nombre de Pedro Gómez' }),
      parse('None', [entity.name('Pedro Gómez')]),
      offered,
    );
    expect(named.intent).toBe('human_handoff');
    const declined = router.route(
      guestMessage({ text: 'no, gracias, soy Pedro Gómez' }),
      parse('deny', [entity.name('Pedro Gómez')]),
      offered,
    );
    expect(declined.intent).toBe('deny');
  });

  it('takes "only one night" in a booking, heard as a good night, as a change to the stay, not a goodbye', () => {
    const nights = [entity.nights(1)];
    const routed = router.route(
      guestMessage({ text: 'only one night' }),
      parse('goodbye', nights),
      booking('room_type'),
    );
    expect(routed.intent).toBe('make_reservation');
    const bye = router.route(guestMessage({ text: 'good night!' }), parse('goodbye'), booking('room_type'));
    expect(bye.intent).toBe('goodbye');
  });

  it('answers a discount asked about, however it classifies, and a stay asked with it as a request', () => {
    const discounts = [entity.topic('discounts')];
    for (const state of [freshState(), booking('guest_name')]) {
      const routed = router.route(
        guestMessage({ text: '¿hay algún descuento?' }),
        parse('room_prices', discounts),
        state,
      );
      expect(routed.intent).toBe('hotel_info');
    }
    // So are taxes and ways to pay.
    for (const topic of ['taxes', 'payment'] as const) {
      const routed = router.route(
        guestMessage({ text: '¿el precio incluye IVA?' }),
        parse('room_prices', [entity.topic(topic)]),
        freshState(),
      );
      expect([topic, routed.intent]).toEqual([topic, 'hotel_info']);
    }
    // With days but no party: the booking asks for it, and answers the discount on the way.
    const withDays = router.route(
      guestMessage({ text: '¿tenéis alguna oferta para la doble del 12 al 14 de diciembre?' }),
      parse('room_prices', [entity.range('2026-12-12', '2026-12-14'), entity.room('double'), ...discounts]),
      freshState(),
    );
    expect(withDays.intent).not.toBe('hotel_info');
    const stay = [entity.range('2026-12-12', '2026-12-14'), entity.guests(2), ...discounts];
    const request = router.route(
      guestMessage({ text: 'una doble del 12 al 14 para 2, ¿tenéis alguna oferta?' }),
      parse('room_prices', stay),
      freshState(),
    );
    // The stay's price, with the discount answered by the booking on the way.
    expect(request.intent).toBe('room_prices');
  });

  it("answers what the prices count with the rates, however it classifies, but an extra's with its own answer", () => {
    for (const [text, state] of [
      ['¿109 por persona?', freshState()],
      ['¿es por noche o total?', booking('room_type')],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse('human_handoff'), state);
      expect([text, routed.intent]).toEqual([text, 'room_prices']);
    }
    const breakfast = router.route(
      guestMessage({ text: '¿el desayuno es por persona?' }),
      parse('hotel_info', [entity.topic('breakfast')]),
      freshState(),
    );
    expect(breakfast.intent).toBe('hotel_info');
  });

  it('takes up a stay left with a goodbye when the guest wants it after all, however it classifies', () => {
    const left = booking(null, { checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2 });
    for (const [text, intent] of [
      ['wait, I still want the room', 'room_photos'],
      ['espera, al final sí la quiero', 'cancel_reservation'],
      ['I changed my mind, I want the room', 'cancel_reservation'],
      ['al final me la quedo', 'cancel_reservation'],
      ['sí, la quiero', 'confirm'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(intent), left);
      expect([text, routed.intent, routed.nlu.intent]).toEqual([
        text,
        'make_reservation',
        'make_reservation',
      ]);
    }
    // Giving it up, with no stay left, or a booking pointed at: not this.
    const giveUp = router.route(
      guestMessage({ text: 'al final ya no la quiero' }),
      parse('cancel_reservation'),
      left,
    );
    expect(giveUp.intent).toBe('cancel_reservation');
    const noStay = router.route(
      guestMessage({ text: 'wait, I still want the room' }),
      parse('room_photos'),
      booking(null, { guests: 2 }),
    );
    expect(noStay.intent).toBe('room_photos');
    const pointed = router.route(
      guestMessage({ text: 'al final sí la quiero, la K7QX2M' }),
      parse('reservation_status', [entity.reference('K7QX2M')]),
      left,
    );
    expect(pointed.intent).toBe('reservation_status');
  });

  it("takes undoing a cancellation to the booking's status, however it classifies, once a booking is known", () => {
    const known = freshState({ dialogue: { flow: null, awaiting: null, slots: { references: ['K7QX2M'] } } });
    for (const text of [
      'can I undo the cancellation?',
      'I cancelled it by mistake',
      '¿puedo deshacer la cancelación?',
      'uy, me equivoqué, ¿puedo recuperar la reserva?',
      'no quería cancelar',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('cancel_reservation'), known);
      expect([text, routed.intent]).toEqual([text, 'reservation_status']);
    }
    // No booking known, nor a code written: nothing to look up.
    const none = router.route(
      guestMessage({ text: 'can I undo the cancellation?' }),
      parse('cancel_reservation'),
      freshState(),
    );
    expect(none.intent).toBe('cancel_reservation');
    // Cancelling is no undoing, whatever else it says.
    for (const text of [
      'quiero anular la reserva',
      'cancel my booking please',
      'quiero cancelar la reserva, ¿hay gastos de cancelación?',
      'Por favor cancele la reserva, la hice por error',
      'Please cancel it, I made it by mistake',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('cancel_reservation'), known);
      expect([text, routed.intent]).toEqual([text, 'cancel_reservation']);
    }
  });

  it('takes a period named at "which dates?" ("la semana que viene") to the booking, however it classifies', () => {
    for (const text of ['la semana que viene', 'en Semana Santa', 'next week']) {
      const routed = router.route(guestMessage({ text }), parse('None'), booking('dates', { guests: 2 }));
      expect([text, routed.intent, routed.via]).toEqual([text, 'make_reservation', 'slot']);
    }
    // With the arrival known, "until when?" is not answered by a week.
    const until = router.route(
      guestMessage({ text: 'la semana que viene' }),
      parse('None'),
      booking('dates', { guests: 2, checkIn: '2026-12-01' }),
    );
    expect(until.via).not.toBe('slot');
  });

  it('reads a question about something on a day, while a stay is booked, as no new days for it', () => {
    const listed = booking('room_type', { checkIn: '2026-12-12', checkOut: '2026-12-14', guests: 2 });
    const the24th = { ...entity.date('2026-12-24'), start: 30, end: 45 };
    const asked = router.route(
      guestMessage({ text: '¿la recepción está abierta el 24 de diciembre?' }),
      parse('check_availability', [the24th]),
      listed,
    );
    expect(asked.intent).not.toBe('make_reservation');
    expect(asked.nlu.entities.some((e) => e.type === 'date')).toBe(false);
    const breakfast = router.route(
      guestMessage({ text: '¿el desayuno se sirve el 13?' }),
      parse('hotel_info', [entity.topic('breakfast'), entity.date('2026-12-13')]),
      listed,
    );
    expect(breakfast.intent).toBe('hotel_info');
    // The price on a day of the stay ("¿en Nochevieja sube el precio?", at an offer over it) moves nothing.
    const newYear = booking('confirmation', { step: 'offer', checkIn: '2026-12-30', checkOut: '2027-01-02' });
    const eve = router.route(
      guestMessage({ text: '¿en nochevieja sube el precio?' }),
      parse('room_prices', [{ ...entity.date('2026-12-31'), start: 3, end: 13 }]),
      newYear,
    );
    expect(eve.nlu.entities.some((e) => e.type === 'date')).toBe(false);
    // Days asked with words of a stay, or with no stay known yet, are the stay's; so is a price
    // asked of a day outside the stay.
    for (const [text, state] of [
      ['¿y el 13 hay sitio?', listed],
      ['mejor llegamos el 13?', listed],
      ['¿y el 13?', listed],
      ['¿hay hueco el 13?', listed],
      ['¿la recepción está abierta el 24 de diciembre?', booking('dates', { guests: 2 })],
      ['¿cuánto cuesta el 13?', booking('room_type', { checkIn: '2026-12-20', checkOut: '2026-12-22' })],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse('None', [entity.date('2026-12-13')]), state);
      expect([text, routed.intent]).toEqual([text, 'make_reservation']);
    }
  });

  it('sends the photos asked for at the room list, never taking their room for the pick', () => {
    const listed = booking('room_type', { options: ['room:double', 'room:suite'], checkIn: '2026-12-12' });
    const routed = router.route(
      guestMessage({ text: '¿me enseñas fotos de la suite?' }),
      parse('room_photos', [entity.room('suite')]),
      listed,
    );
    expect([routed.intent, routed.via]).toEqual(['room_photos', 'nlu']);
  });

  it('answers two rooms compared at the room list with the prices, never a pick of the first', () => {
    const listed = booking('room_type', { options: ['room:double', 'room:superior'], checkIn: '2026-12-12' });
    const routed = router.route(
      guestMessage({ text: '¿qué diferencia hay entre la doble estándar y la superior?' }),
      parse('make_reservation', [entity.room('double'), entity.room('superior')]),
      listed,
    );
    expect(routed.intent).toBe('room_prices');
    // A pick that says why, or sharing, is no comparison.
    for (const text of [
      'the superior please, it looks better than the standard double',
      'la superior, para compartir con mi hermana, no la doble',
    ]) {
      const picked = router.route(
        guestMessage({ text }),
        parse('make_reservation', [entity.room('superior'), entity.room('double')]),
        listed,
      );
      expect([text, picked.intent]).toEqual([text, 'make_reservation']);
    }
    // One room named is no comparison.
    const one = router.route(
      guestMessage({ text: 'la superior, ¿es mejor?' }),
      parse('make_reservation', [entity.room('superior')]),
      listed,
    );
    expect(one.intent).not.toBe('room_prices');
  });

  it('routes yes / no by the classifier while a confirmation is pending', () => {
    expect(
      router.route(guestMessage({ text: 'vale' }), parse('confirm'), booking('confirmation')).intent,
    ).toBe('confirm');
    expect(
      router.route(guestMessage({ text: 'mejor no' }), parse('deny'), booking('confirmation')).intent,
    ).toBe('deny');
  });

  it('takes "perfect, thank you" or "ok I\'ll take it" at a summary as a yes, not a thanks or a goodbye', () => {
    const summary = booking('confirmation', { step: 'summary' });
    const route = (text: string, intent: 'thanks' | 'goodbye' | 'greeting' | 'None', state = summary) =>
      router.route(guestMessage({ text }), parse(intent), state).intent;
    for (const [text, intent] of [
      ['perfect thank you', 'thanks'],
      ['ok I will take it', 'goodbye'],
      ['looks good, thanks', 'thanks'],
      ['perfecto, gracias', 'thanks'],
      ['vale, me la quedo', 'goodbye'],
      // Signed off, as in an e-mail or a polite chat.
      ['Confirmo. Un saludo', 'greeting'],
      ['Sí, confírmela por favor. Un cordial saludo, Ana Belén Torres', 'greeting'],
      ['adelante, muchas gracias, buenas noches', 'goodbye'],
      ['ok perfecto, hasta luego', 'goodbye'],
      ['Sí. Gracias y un saludo', 'thanks'],
      ['yes please, best regards, Tom', 'greeting'],
    ] as const) {
      expect([text, route(text, intent)]).toEqual([text, 'confirm']);
    }
    // Signed with a name: the yes, never a change of the booking's name.
    const signed = 'Sí, confírmela. Un cordial saludo, Ana Belén Torres';
    const signature = {
      ...entity.name('Ana Belén Torres'),
      start: signed.indexOf('Ana'),
      end: signed.length,
    };
    const routed = router.route(guestMessage({ text: signed }), parse('confirm', [signature]), summary);
    expect([routed.intent, routed.nlu.entities]).toEqual(['confirm', []]);
    // Heard as asking about a booking: "de acuerdo, proceda con la reserva".
    for (const text of ['De acuerdo, proceda con la reserva.', 'go ahead with the booking please']) {
      const routed = router.route(guestMessage({ text }), parse('reservation_status'), summary);
      expect([text, routed.intent]).toEqual([text, 'confirm']);
    }
    // A yes with anything else in it is not a plain yes: a refusal, a hedge, a sign-off.
    for (const text of [
      'no thanks',
      "I'm fine, thanks",
      'ok never mind, bye',
      'gracias, si necesito algo te aviso',
      'ok, don’t book it',
      'gracias, hasta luego',
      'no, gracias, un saludo',
    ]) {
      expect([text, route(text, 'thanks')]).toEqual([text, 'thanks']);
    }
    // A pause ("lo pienso", "I'll let you know") goes to the booking, which lets the question stand.
    for (const text of ["great, I'll let you know, thanks", 'vale, gracias, lo pienso']) {
      expect([text, route(text, 'thanks')]).toEqual([text, 'make_reservation']);
    }
    // Only the booking's own questions: a polite "ok, gracias" never cancels a booking or hands over.
    const cancelling = freshState({
      dialogue: { flow: 'cancel_reservation', awaiting: 'confirmation', slots: {} },
    });
    const offeringPerson = freshState({
      dialogue: { flow: 'human_handoff', awaiting: 'confirmation', slots: {} },
    });
    expect(route('vale, gracias', 'thanks', cancelling)).toBe('thanks');
    expect(route('ok thanks', 'thanks', offeringPerson)).toBe('thanks');
    expect(route('perfect thank you', 'thanks', freshState())).toBe('thanks');
  });

  it('reads a stay asked with a greeting or a thanks as an availability question', () => {
    const range = [entity.range('2026-12-12', '2026-12-14'), entity.guests(2)];
    for (const intent of ['greeting', 'thanks', 'goodbye'] as const) {
      const routed = router.route(
        guestMessage({ text: 'Hi, Dec 12 to 14 for 2. Thanks, Tom' }),
        parse(intent, range),
        freshState(),
      );
      expect(routed.intent).toBe('check_availability');
    }
    // Check-in and check-out days with the party: a stay, not a question about check-out.
    const checkOut = router.route(
      guestMessage({ text: 'we would like to check in on Dec 12 and check out on Dec 14. We are 2.' }),
      parse('late_checkout', range),
      freshState(),
    );
    expect(checkOut.intent).toBe('check_availability');
    expect(router.route(guestMessage(), parse('late_checkout', [range[0]]), freshState()).intent).toBe(
      'late_checkout',
    );
    // A sign-off naming the stay just booked is no new request.
    const signOff = router.route(
      guestMessage({ text: 'Thanks, see you Dec 12 to 14!' }),
      parse('thanks', [range[0]]),
      freshState(),
    );
    expect(signOff.intent).toBe('thanks');
    // A room or a question with the days is a request, however it classifies.
    const aMonthOn = router.route(
      guestMessage({ text: 'tenéis una doble dentro de un mes? 3 noches' }),
      parse('goodbye', [entity.room('double'), entity.range('2026-12-27', '2026-12-30')]),
      freshState(),
    );
    expect(aMonthOn.intent).toBe('check_availability');
    // A day alone ("see you on the 12th") is not a stay.
    const day = router.route(
      guestMessage({ text: 'see you on the 12th!' }),
      parse('goodbye', [entity.date('2026-12-12')]),
      freshState(),
    );
    expect(day.intent).toBe('goodbye');
  });

  it('takes a holiday period named with a greeting or a party for a stay ("Hola, queremos venir el puente de diciembre, somos 2")', () => {
    const routed = router.route(
      guestMessage({ text: 'Hola, queremos venir el puente de diciembre, somos 2' }),
      parse('greeting', [entity.guests(2)]),
      freshState(),
    );
    expect(routed.intent).toBe('check_availability');
  });

  it('takes fewer rooms said at an offer or a summary of several ("la tercera no") to the booking, however it reads', () => {
    const offer = booking('confirmation', { step: 'offer', rooms: 3, roomTypeId: 'double' });
    for (const [text, heard] of [
      ['no, la tercera no, al final un amigo no viene', 'cancel_reservation'],
      ['no thanks, skip the second room', 'deny'],
      ['solo una habitación', 'make_reservation'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(heard), offer);
      expect([text, routed.intent, routed.via]).toEqual([text, 'make_reservation', 'follow_up']);
    }
    // A word of the same shape about something else drops nothing.
    expect(
      router.route(guestMessage({ text: 'solo una pregunta: ¿hay wifi?' }), parse('hotel_info'), offer)
        .intent,
    ).toBe('hotel_info');
    // One room: nothing to drop.
    const one = booking('confirmation', { step: 'offer', roomTypeId: 'double' });
    expect(router.route(guestMessage({ text: 'la segunda no' }), parse('deny'), one).intent).toBe('deny');
  });

  it('takes a cancellation said to the next of several rooms as a no to that room, not to the rooms booked', () => {
    const next = booking('confirmation', {
      step: 'offer',
      nextRoom: true,
      roomTypeId: 'double',
      references: ['K7QX2M'],
    });
    const route = (text: string, entities: Entity[] = []) =>
      router.route(guestMessage({ text }), parse('cancel_reservation', entities), next).intent;
    expect(route('no, la tercera no, al final un amigo no viene')).toBe('deny');
    expect(route("forget the last room, one friend can't come")).toBe('deny');
    expect(route('cancela la reserva K7QX2M', [entity.reference('K7QX2M')])).toBe('cancel_reservation');
    expect(route('cancela también la reserva de antes')).toBe('cancel_reservation');
  });

  it('reads "no, better for 3" as a change to the booking, not a refusal', () => {
    const routed = router.route(
      guestMessage({ text: 'What about 3 people?' }),
      parse('deny', [entity.guests(3)], 0.87),
      booking('room_type'),
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'follow_up']);
    const atSummary = router.route(
      guestMessage({ text: 'no, mejor la suite' }),
      parse('deny', [entity.room('suite')]),
      booking('confirmation'),
    );
    expect(atSummary.intent).toBe('make_reservation');
  });

  it('takes a parking space or a pet asked for or declined at a summary as a change, and a question about them as a question', () => {
    const summary = booking('confirmation', { step: 'summary', roomTypeId: 'double' });
    const parking = [entity.topic('parking')];
    const pets = [entity.topic('pets')];
    for (const [text, heard, entities] of [
      ['al final sin parking', 'hotel_info', parking],
      ['vale, con parking entonces', 'hotel_info', parking],
      ['no, sin parking', 'deny', parking],
      ['al final sin el perro', 'cancel_reservation', pets],
      ["we don't need parking after all", 'hotel_info', parking],
      ['with parking please', 'None', parking],
      // A question asking for the stay with it, as "¿y para 3?" asks for it with three.
      ['¿y con parking?', 'hotel_info', parking],
      ['what about a small dog of 8 kg?', 'hotel_info', pets],
      ['¿y si traemos al perro?', 'hotel_info', pets],
      ['vale, pues sin el gato, lo dejamos con mi madre', 'cancel_reservation', pets],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(heard, [...entities]), summary);
      expect([text, routed.intent, routed.via]).toEqual([text, 'make_reservation', 'follow_up']);
    }
    // Asked for while the booking asks a name (as the breakfast answer suggests): kept, and the name asked again.
    const atName = router.route(
      guestMessage({ text: 'con desayuno' }),
      parse('hotel_info', [entity.topic('breakfast')]),
      booking('guest_name'),
    );
    expect([atName.intent, atName.via]).toEqual(['make_reservation', 'follow_up']);
    for (const text of [
      '¿hay parking?',
      'hay parking',
      'is there parking?',
      'venimos en coche',
      'y cuánto cuesta el parking?',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('hotel_info', parking), summary);
      expect([text, routed.intent]).toEqual([text, 'hotel_info']);
    }
    // A yes with it is the confirm handler's; a word of cancelling stays a cancellation.
    expect(
      router.route(guestMessage({ text: 'sí, con parking' }), parse('confirm', parking), summary).intent,
    ).toBe('confirm');
    const cancel = router.route(
      guestMessage({ text: 'cancela la reserva, ya no necesito parking' }),
      parse('cancel_reservation', parking),
      summary,
    );
    expect(cancel.intent).toBe('cancel_reservation');
  });

  it('takes a day that does not exist answering "which dates?" to the booking, which says so', () => {
    const routed = router.route(
      guestMessage({ text: '29 de febrero' }),
      parse('None', [
        {
          type: 'no_such_date',
          value: { day: 29, month: 2, year: 2027 },
          text: '29 de febrero',
          start: 0,
          end: 13,
        },
      ]),
      booking('dates'),
    );
    expect([routed.intent, routed.via]).toEqual(['make_reservation', 'slot']);
  });

  it('reads "the suite instead" at a summary as a change, however it classifies', () => {
    for (const [text, intent] of [
      ['the suite instead', 'room_photos'],
      ['can I have the junior suite instead?', 'late_checkout'],
      ['mejor la suite', 'hotel_info'],
    ] as const) {
      const routed = router.route(
        guestMessage({ text }),
        parse(intent, [entity.room('suite')]),
        booking('confirmation'),
      );
      expect([text, routed.intent, routed.via]).toEqual([text, 'make_reservation', 'follow_up']);
    }
    // A question about the room or the stay is no change: "¿la suite tiene mejor vista?".
    for (const [text, intent, found] of [
      ['¿la suite tiene mejor vista?', 'room_photos', entity.room('suite')],
      ['actually, can I check out late on the 14th?', 'late_checkout', entity.date('2026-12-14')],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(intent, [found]), booking('confirmation'));
      expect([text, routed.intent]).toEqual([text, intent]);
    }
    // Photos of a room asked without a change word are photos.
    const photos = router.route(
      guestMessage({ text: 'show me the suite' }),
      parse('room_photos', [entity.room('suite')]),
      booking('confirmation'),
    );
    expect(photos.intent).toBe('room_photos');
  });

  it('answers a hotel topic asked with a greeting as a hotel question', () => {
    const routed = router.route(
      guestMessage({ text: 'How can I contact you?' }),
      parse('greeting', [entity.topic('contact')], 0.52),
      freshState(),
    );
    expect(routed.intent).toBe('hotel_info');
    // Heard as a yes with no yes asked for: the question, not "¡Perfecto!".
    const okAndAsks = router.route(
      guestMessage({ text: 'vale, ¿y perros?' }),
      parse('confirm', [entity.topic('pets')]),
      freshState(),
    );
    expect(okAndAsks.intent).toBe('hotel_info');
  });

  it('asks the price of the topic answered last when a price question names nothing else', () => {
    const parking = { ...entity.topic('parking'), text: 'parking' };
    const after = freshState();
    after.dialogue.slots.lastTopics = {
      intent: 'hotel_info',
      entities: [parking],
      messageId: 'wamid.BEFORE',
    };
    const route = (text: string, heard: ClassifiedIntent = 'room_prices', entities: Entity[] = []) =>
      router.route(guestMessage({ text }), parse(heard, entities), after);
    for (const text of [
      '¿y cuánto cuesta?',
      'how much is it?',
      '¿es gratis?',
      'is it free?',
      '¿se paga aparte?',
    ]) {
      const routed = route(text, 'hotel_info');
      expect([text, routed.intent, routed.nlu.entities]).toEqual([text, 'room_prices', [parking]]);
    }
    // Its own subject, no price, or a longer message: a question of its own.
    expect(
      route('¿cuánto cuesta la suite?', 'room_prices', [entity.room('suite')]).nlu.entities,
    ).not.toContainEqual(parking);
    expect(route('¿se puede pagar con tarjeta?', 'hotel_info').nlu.entities).toEqual([]);
    expect(route('¿y cuánto cuesta la habitación?').nlu.entities).toEqual([]);
    const breakfast = [entity.topic('breakfast')];
    expect(route('¿a qué hora es el desayuno?', 'hotel_info', breakfast).nlu.entities).toEqual(breakfast);
    expect(route('¿cuánto cuesta una habitación para dos personas un fin de semana?').nlu.entities).toEqual(
      [],
    );
    expect(
      router.route(guestMessage({ text: '¿cuánto cuesta?' }), parse('room_prices'), freshState()).nlu
        .entities,
    ).toEqual([]);
    // An hour asked of it: the topic again (its answer has the hours).
    const hour = route('y a que hora es?', 'None');
    expect([hour.intent, hour.nlu.entities]).toEqual(['hotel_info', [parking]]);
    // After the late check-out, its price or its hour is the late check-out again, never a goodbye.
    const late = freshState();
    late.dialogue.slots.lastTopics = { intent: 'late_checkout', entities: [], messageId: 'wamid.BEFORE' };
    for (const [text, heard] of [
      ['y hasta que hora?', 'goodbye'],
      ['y cuanto cuesta?', 'room_prices'],
      ['until what time?', 'None'],
    ] as const) {
      expect([text, router.route(guestMessage({ text }), parse(heard), late).intent]).toEqual([
        text,
        'late_checkout',
      ]);
    }
    // A pet's weight after the pets answer: the pets question again, of that pet.
    const pets = freshState();
    pets.dialogue.slots.lastTopics = {
      intent: 'hotel_info',
      entities: [entity.topic('pets')],
      messageId: 'wamid.BEFORE',
    };
    const lighter = router.route(
      guestMessage({ text: 'what about a 9 kg one instead?' }),
      parse('None'),
      pets,
    );
    expect([lighter.intent, lighter.nlu.entities]).toEqual(['hotel_info', [entity.topic('pets')]]);
    expect(router.route(guestMessage({ text: 'gracias, hasta luego' }), parse('goodbye'), late).intent).toBe(
      'goodbye',
    );
  });

  it('takes a recommendation asked ("a restaurant nearby?") for a question the hotel data may not answer, not the map', () => {
    for (const text of ['can you recommend a restaurant nearby?', '¿algún sitio para cenar cerca?']) {
      const routed = router.route(guestMessage({ text }), parse('location'), freshState());
      expect([text, routed.intent]).toEqual([text, 'hotel_info']);
    }
    // A room for a party, heard as a greeting: availability, which asks for the dates.
    const room = router.route(
      guestMessage({ text: 'hola, quiero un cuarto para 2' }),
      parse('greeting', [entity.guests(2)]),
      freshState(),
    );
    expect(room.intent).toBe('check_availability');
    const hello = router.route(
      guestMessage({ text: 'hola, somos 2 amigas' }),
      parse('greeting', [entity.guests(2)]),
      freshState(),
    );
    expect(hello.intent).toBe('greeting');
    // Where to park, heard as the way to the hotel: the parking.
    const park = router.route(
      guestMessage({ text: 'si vamos en coche dónde aparcamos?' }),
      parse('location', [entity.topic('parking')]),
      freshState(),
    );
    expect(park.intent).toBe('hotel_info');
    // Not what to do if something happens, nor "nada que ver".
    for (const text of ['what to do if we arrive after midnight?', 'no tiene nada que ver, ¿hay parking?']) {
      expect([text, router.route(guestMessage({ text }), parse('None'), freshState()).intent]).not.toEqual([
        text,
        'hotel_info',
      ]);
    }
    // Heard as a goodbye or as nothing at all.
    for (const [text, intent] of [
      ['anything to see nearby?', 'goodbye'],
      ['¿qué ver por la zona?', 'None'],
    ] as const) {
      expect([text, router.route(guestMessage({ text }), parse(intent), freshState()).intent]).toEqual([
        text,
        'hotel_info',
      ]);
    }
    expect(
      router.route(guestMessage({ text: '¿dónde estáis?' }), parse('location'), freshState()).intent,
    ).toBe('location');
  });

  it('answers the check-out time asked, when the classifier hears a late check-out', () => {
    const checkOut = [entity.topic('check_out')];
    const route = (text: string) =>
      router.route(guestMessage({ text }), parse('late_checkout', checkOut), freshState()).intent;
    expect(route('check out time pls')).toBe('hotel_info');
    expect(route('¿a qué hora es el checkout?')).toBe('hotel_info');
    expect(route('can I have a late check out?')).toBe('late_checkout');
    expect(route('¿puedo hacer el checkout más tarde?')).toBe('late_checkout');
    expect(route('check out at 2pm possible?')).toBe('late_checkout');
    expect(
      router.route(guestMessage({ text: 'late checkout?' }), parse('late_checkout'), freshState()).intent,
    ).toBe('late_checkout');
  });

  it('answers an arrival heard as the map or a late check-out as a check-in question', () => {
    for (const intent of ['location', 'late_checkout'] as const) {
      const routed = router.route(
        guestMessage({ text: 'llego a las 12.30' }),
        parse(intent, [entity.topic('check_in')]),
        freshState(),
      );
      expect([intent, routed.intent]).toEqual([intent, 'hotel_info']);
    }
    const directions = router.route(
      guestMessage({ text: 'we arrive at the airport at 9, how do we get to the hotel?' }),
      parse('location', [entity.topic('check_in')]),
      freshState(),
    );
    expect(directions.intent).toBe('location');
    const checkOut = router.route(
      guestMessage({ text: 'llego el 12, ¿puedo salir tarde el 14?' }),
      parse('late_checkout', [entity.topic('check_in'), entity.topic('check_out')]),
      freshState(),
    );
    expect(checkOut.intent).toBe('late_checkout');
  });

  it('reads a code typed with a space in answer to "which booking code?"', () => {
    const asking = freshState({ dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} } });
    const routed = router.route(guestMessage({ text: 'PYB FFY' }), parse('None', [], 0.2), asking);
    expect([routed.intent, routed.via]).toEqual(['cancel_reservation', 'slot']);
    expect(routed.nlu.entities).toEqual([
      expect.objectContaining({ type: 'reference', value: { reference: 'PYBFFY' } }),
    ]);
  });

  it('takes the room offered, named with a yes or a please ("ok the suite"), for a yes', () => {
    const offered = freshState({
      dialogue: {
        flow: 'check_availability',
        awaiting: 'confirmation',
        slots: { step: 'offer', roomTypeId: 'suite' },
      },
    });
    const naming = (text: string, roomTypeId = 'suite', word = 'suite') => ({
      ...entity.room(roomTypeId),
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
    });
    for (const text of ['ok the suite', 'la suite, por favor', 'Vale, la suite', 'suite']) {
      const routed = router.route(guestMessage({ text }), parse('room_photos', [naming(text)], 0.6), offered);
      expect([text, routed.intent]).toEqual([text, 'confirm']);
    }
    // Another room, a question or more words than a yes is no yes.
    const other = router.route(
      guestMessage({ text: 'ok the double' }),
      parse('make_reservation', [naming('ok the double', 'double', 'double')], 0.6),
      offered,
    );
    expect(other.intent).not.toBe('confirm');
    for (const text of ['the suite?', 'fotos de la suite', 'is the suite big']) {
      const routed = router.route(guestMessage({ text }), parse('room_photos', [naming(text)], 0.6), offered);
      expect([text, routed.intent]).not.toEqual([text, 'confirm']);
    }
  });

  it('takes the summary’s room named for its yes only with a yes said: the yes books', () => {
    const summary = freshState({
      dialogue: {
        flow: 'make_reservation',
        awaiting: 'confirmation',
        slots: { step: 'summary', roomTypeId: 'double' },
      },
    });
    const naming = (text: string, word: string) => ({
      ...entity.room('double'),
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
    });
    for (const text of ['ok, la estándar', 'sí, la estándar por favor', 'yes, the standard']) {
      const word = text.includes('standard') ? 'standard' : 'estándar';
      const routed = router.route(guestMessage({ text }), parse('None', [naming(text, word)], 0.4), summary);
      expect([text, routed.intent]).toEqual([text, 'confirm']);
    }
    for (const text of ['estandar', 'la estándar']) {
      const word = text.includes('estandar') ? 'estandar' : 'estándar';
      const routed = router.route(guestMessage({ text }), parse('None', [naming(text, word)], 0.4), summary);
      expect([text, routed.intent, routed.via]).toEqual([text, 'make_reservation', 'follow_up']);
    }
  });

  it('keeps a full name typed at the list of rooms for the booking, and a room named there is no name', () => {
    const listing = freshState({
      dialogue: { flow: 'check_availability', awaiting: 'room_type', slots: { step: 'offer' } },
    });
    const named = router.route(guestMessage({ text: 'Alex Kim' }), parse('location', [], 0.7), listing);
    expect([named.intent, named.via]).toEqual(['make_reservation', 'slot']);
    expect(named.nlu.entities).toEqual([
      expect.objectContaining({ type: 'guest_name', value: { name: 'Alex Kim' } }),
    ]);
    const room = router.route(
      guestMessage({ text: 'Junior Suite' }),
      parse('make_reservation', [{ ...entity.room('suite'), start: 0, end: 12 }], 0.7),
      listing,
    );
    expect(room.nlu.entities.map((found) => found.type)).toEqual(['room_type']);
    const counting = freshState({ dialogue: { flow: 'make_reservation', awaiting: 'guests', slots: {} } });
    const atParty = router.route(guestMessage({ text: 'Javier Torres' }), parse('None', [], 0.4), counting);
    expect([atParty.intent, atParty.nlu.entities.map((found) => found.type)]).toEqual([
      'make_reservation',
      ['guest_name'],
    ]);
    // At "which dates?", capitalised words may be a holiday the dates parser does not know.
    const dating = freshState({ dialogue: { flow: 'make_reservation', awaiting: 'dates', slots: {} } });
    const holiday = router.route(guestMessage({ text: 'Semana Santa' }), parse('None', [], 0.4), dating);
    expect(holiday.nlu.entities.map((found) => found.type)).not.toContain('guest_name');
  });

  it('takes "no tengo el código" at "which booking code?" as a no, however it classifies (a person is offered)', () => {
    const asking = freshState({ dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} } });
    for (const text of [
      'no tengo el codigo a mano, esta a nombre de Sara Molina',
      'I dont have it, I booked on booking.com',
    ]) {
      const routed = router.route(guestMessage({ text }), parse('cancel_reservation', [], 0.7), asking);
      expect([text, routed.intent]).toEqual([text, 'deny']);
    }
    // A code written with it is the answer.
    const code = { ...entity.reference('K7QX2M'), start: 19, end: 25 };
    const withCode = router.route(
      guestMessage({ text: 'no me acuerdo, creo K7QX2M' }),
      parse('None', [code], 0.5),
      asking,
    );
    expect(withCode.intent).toBe('cancel_reservation');
  });

  it('takes a greeting or a yes shouted at "which booking code?" for what it says, not for a code', () => {
    const asking = freshState({ dialogue: { flow: 'reservation_status', awaiting: 'reference', slots: {} } });
    const shouted = router.route(guestMessage({ text: 'BUENAS' }), parse('greeting', [], 0.9), asking);
    expect([shouted.intent, shouted.nlu.entities]).toEqual(['greeting', []]);
    // A code in capitals that reads as nothing, or one with a digit whatever it reads as, is a code.
    for (const [text, intent] of [
      ['GCJZPT', 'None'],
      ['K7QX2M', 'greeting'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(intent, [], 0.5), asking);
      expect([text, routed.intent, routed.via]).toEqual([text, 'reservation_status', 'slot']);
    }
  });

  it('reads a booking code on its own as a question about that booking', () => {
    const code = { ...entity.reference('7M37S4'), start: 0, end: 6 };
    for (const intent of ['None', 'confirm'] as const) {
      const routed = router.route(
        guestMessage({ text: '7M37S4.' }),
        parse(intent, [code], 0.6),
        freshState(),
      );
      expect(routed.intent).toBe('reservation_status');
    }
    const cancel = router.route(
      guestMessage({ text: 'cancel 7M37S4' }),
      parse('cancel_reservation', [{ ...code, start: 7, end: 13 }]),
      freshState(),
    );
    expect(cancel.intent).toBe('cancel_reservation');
  });

  it.each([
    ['booking RX6USK', 'None'],
    ['booking P5K3FQ', 'cancel_reservation'],
    ['reserva E4RTST', 'None'],
    ['mi reserva: E4RTST', 'None'],
    ['HH6MV4 sigue activa?', 'None'],
    ['hi, booking ref RX6USK, is it still on?', 'greeting'],
  ] as const)(
    'reads %j (heard as %s) as a question about that booking (QA 31, H12: a cancellation asked, or not understood)',
    (text, intent) => {
      const code = /[A-Z0-9]{6}/.exec(text)?.[0] ?? '';
      const start = text.indexOf(code);
      const routed = router.route(
        guestMessage({ text }),
        parse(intent, [{ ...entity.reference(code), start, end: start + 6 }], 0.5),
        freshState(),
      );
      expect(routed.intent).toBe('reservation_status');
    },
  );

  it.each(['cancela la reserva E4RTST', 'booking E4RTST - add breakfast', 'cancel booking P5K3FQ'])(
    'leaves %j to its reading',
    (text) => {
      const start = text.indexOf('E4RTST') >= 0 ? text.indexOf('E4RTST') : text.indexOf('P5K3FQ');
      const routed = router.route(
        guestMessage({ text }),
        parse('cancel_reservation', [
          { ...entity.reference(text.slice(start, start + 6)), start, end: start + 6 },
        ]),
        freshState(),
      );
      expect(routed.intent).toBe('cancel_reservation');
    },
  );

  it('falls back when nothing fits', () => {
    const routed = router.route(guestMessage({ text: 'asdf qwer' }), parse('None', [], 0.1), freshState());
    expect(routed.intent).toBeNull();
  });

  it('reads stay details with nothing else around them as an availability question', () => {
    const party = router.route(
      guestMessage({ text: 'somos 3' }),
      parse('None', [entity.guests(3)], 0.6),
      freshState(),
    );
    const dates = router.route(
      guestMessage({ text: 'del 12 al 15 de diciembre' }),
      parse('None', [entity.range('2026-12-12', '2026-12-15')], 0.7),
      freshState(),
    );
    expect([party.intent, dates.intent]).toEqual(['check_availability', 'check_availability']);
  });

  it('leaves stay details to the running flow, and off-topic text without them to the fallback', () => {
    const cancelling = freshState({
      dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} },
    });
    const inCancel = router.route(
      guestMessage({ text: 'somos 3' }),
      parse('None', [entity.guests(3)]),
      cancelling,
    );
    const offTopic = router.route(
      guestMessage({ text: 'quién ganó ayer' }),
      parse('None', [], 0.9),
      freshState(),
    );
    expect([inCancel.intent, offTopic.intent]).toEqual([null, null]);
  });

  it('follows the classifier when no flow is running', () => {
    expect(router.route(guestMessage(), parse('location'), freshState()).intent).toBe('location');
  });
});
