import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// Someone, or a baby, said to come once the room is chosen or the booking made.

async function atTheName(language: 'es' | 'en', roomTypeId = 'double', guests = 2): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue(language);
  await dialogue.say(`habitación del 10 al 12 de dic para ${guests}`, {
    intent: 'check_availability',
    entities: [
      ['habitación', entity.room(roomTypeId)],
      ['del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
      [`para ${guests}`, entity.guests(guests)],
    ],
  });
  await dialogue.say('1', { intent: 'None' });
  expect(dialogue.state.dialogue.awaiting).toBe('guest_name');
  return dialogue;
}

describe('a party that grows once the room is chosen', () => {
  it('counts a colleague who joins a booking for one, with the two rooms asked for', async () => {
    const dialogue = await atTheName('en', 'single', 1);
    const answer = await dialogue.say('wait, my colleague is coming too, so we need 2 single rooms', {
      intent: 'make_reservation',
      entities: [
        ['2 single rooms', entity.rooms(2)],
        ['single rooms', entity.room('single')],
      ],
    });
    expect(answer).not.toMatch(/2 rooms for 1 guest/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, rooms: 2, roomTypeId: 'single' });
  });

  it('puts a baby said at the name in a cot, and tells the staff once booked', async () => {
    const dialogue = await atTheName('es');
    await dialogue.say('ah, y vamos con un bebe de 1 año', { intent: 'None' });
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, infants: 1 });
    expect(await dialogue.say('Luis Pérez', { intent: 'None' })).toMatch(/2 personas y 1 bebé \(en cuna\)/);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/^👶 La reserva BOOK1X .*una cuna/));
  });

  it('takes a baby said in English at the name, however the classifier reads it', async () => {
    const dialogue = await atTheName('en');
    await dialogue.say("oh wait we're bringing our baby too, he's 1", { intent: 'hotel_info' });
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, infants: 1 });
  });
});

describe('a cot asked for once the booking is made', () => {
  it('is noted for that booking and the staff told, with no new booking started', async () => {
    const dialogue = await atTheName('es');
    await dialogue.say('Laura Gil', { intent: 'None' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    expect(await dialogue.say('necesitamos una cuna para el bebé', { intent: 'make_reservation' })).toBe(
      'Anotado: una cuna para tu reserva BOOK1X. Se lo paso al equipo para que esté lista en la habitación.',
    );
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(/^👶 La reserva BOOK1X .*Laura Gil\).*una cuna/),
    ]);
    expect(dialogue.state.dialogue.flow).toBeNull();
    // Asked again: the staff know already (QA 26, S20: a second notice before).
    expect(await dialogue.say('¿nos ponéis la cuna?', { intent: 'make_reservation' })).toBe(
      'La cuna ya está anotada para tu reserva BOOK1X 👍 El equipo ya lo sabe.',
    );
    expect(dialogue.staffNotices).toEqual([]);
  });

  it('is not told to the staff twice when the baby was said when booking', async () => {
    const dialogue = await atTheName('es');
    await dialogue.say('ah, y vamos con un bebe de 1 año', { intent: 'None' });
    await dialogue.say('Luis Pérez', { intent: 'None' });
    await dialogue.say('sí', { intent: 'confirm' });
    expect(await dialogue.say('necesitaremos cuna para el bebé', { intent: 'make_reservation' })).toBe(
      'La cuna ya está anotada para tu reserva BOOK1X 👍 El equipo ya lo sabe.',
    );
    expect(dialogue.staffNotices).toEqual([]);
  });
});

describe('someone said to come at the summary (QA 26, E6)', () => {
  async function atTheSummary(language: 'es' | 'en'): Promise<RoutedDialogue> {
    const dialogue = new RoutedDialogue(language);
    const reply = await dialogue.say('a double dec 8 to 10 for 2 under Mary Poppins', {
      intent: 'make_reservation',
      entities: [
        ['double', entity.room('double')],
        ['dec 8 to 10', entity.range('2026-12-08', '2026-12-10')],
        ['for 2', entity.guests(2)],
        ['Mary Poppins', entity.name('Mary Poppins')],
      ],
    });
    expect(dialogue.state.dialogue.slots.step).toBe('summary');
    expect(reply).not.toBe('');
    return dialogue;
  }

  it('adds a child said to come, however it reads, and looks for a room that takes them', async () => {
    const dialogue = await atTheSummary('en');
    // Before: "Sorry, I didn't quite get that", then a yes booked the double for 2.
    const reply = await dialogue.say('our son is coming too', { intent: 'None' });
    expect(reply).toMatch(/^The Standard Double sleeps at most 2 guests\.[^]*2 adults and 1 child/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 3, children: 1 });
  });

  it('adds a colleague said to come with "espera", which is no pause then', async () => {
    const dialogue = await atTheSummary('es');
    // Before: "Claro, sin prisa", and the summary for 2 stood.
    expect(await dialogue.say('espera, viene un compañero', { intent: 'None' })).not.toMatch(/sin prisa/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 3 });
  });

  it('still waits for a guest who only asks for a moment', async () => {
    const dialogue = await atTheSummary('es');
    expect(await dialogue.say('espera, que lo consulto con mi pareja', { intent: 'None' })).toMatch(
      /sin prisa/,
    );
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2, step: 'summary' });
  });
});
