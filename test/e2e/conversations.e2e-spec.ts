import request from 'supertest';
import { hs256Token } from '../support/admin-tokens';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { FakeGraphApi, oggBytes } from '../support/fake-graph-api';
import { GuestChat, type Reply, said, tap, text, voice } from '../support/guest-chat';
import { describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { APP_SECRET, VERIFY_TOKEN } from '../support/whatsapp-builders';
import type { RawEnvironment } from '../../src/config/load-config';
import { PmsAdapter } from '../../src/pms/pms-adapter.port';
import { Store } from '../../src/storage/store.port';

// Conversations with the demo hotel (data/tenants.demo.json, local PMS) through the signed WhatsApp
// webhook, the real pipeline and queues, and a loopback Graph API that receives the replies.

jest.setTimeout(180_000);

const ADMIN_SECRET = 'admin-secret-for-the-conversation-tests-0000';
/** The demo hotel's handoff number (+34600000000) as Graph gets it. */
const STAFF = '34600000000';
/** Stays are asked for next year, so they are in the future whenever the suite runs. */
const YEAR = new Date().getFullYear() + 1;
const REFERENCE = /\b([A-Z0-9]{6})\b/;

const choicesOf = (replies: Reply[]): string[] => replies.flatMap((reply) => reply.choices);
const typesOf = (replies: Reply[]): string[] => replies.map((reply) => String(reply.body.type));
const referenceIn = (replies: Reply[]): string => {
  const match = /(?:código es|code is) ([A-Z0-9]{6})/.exec(said(replies));
  if (!match) throw new Error(`no booking reference in: ${said(replies)}`);
  return match[1];
};
const nightsOf = (checkIn: string, checkOut: string): string[] => {
  const nights: string[] = [];
  for (
    let day = Date.parse(`${checkIn}T00:00:00Z`);
    day < Date.parse(`${checkOut}T00:00:00Z`);
    day += 86_400_000
  )
    nights.push(new Date(day).toISOString().slice(0, 10));
  return nights;
};

function conversations(modeEnv: () => RawEnvironment, label: string): void {
  let t: TestApp;
  let graph: FakeGraphApi;
  let adminToken: string;
  let phone = label === 'redis' ? 34611200000 : 34611100000;
  const guest = (name = 'Ana'): GuestChat => new GuestChat(t.app, graph, String(++phone), { name });
  /** The hotel's staff WhatsApp, read from now on. */
  const staffInbox = (): GuestChat => {
    const staff = new GuestChat(t.app, graph, STAFF);
    staff.newReplies();
    return staff;
  };
  const release = (guestId: string) =>
    request(t.app.getHttpServer())
      .post(`/admin/conversations/demo/whatsapp/${guestId}/release`)
      .set('authorization', `Bearer ${adminToken}`);

  beforeAll(async () => {
    graph = await FakeGraphApi.start(['graph-token']);
    t = await bootApp({
      ...modeEnv(),
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_ACCESS_TOKEN: 'graph-token',
      WHATSAPP_API_BASE_URL: graph.baseUrl,
      ADMIN_JWT_SECRET: ADMIN_SECRET,
      QUEUE_BACKOFF_MS: '20',
    });
    adminToken = await hs256Token(ADMIN_SECRET, { sub: 'ops', role: 'admin' });
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
  });

  describe('greetings', () => {
    it('greets a Spanish guest in Spanish, by the name WhatsApp gives', async () => {
      const replies = await guest('Ana').send('Hola, buenas tardes');
      expect(replies).toHaveLength(1);
      expect(said(replies)).toMatch(/Hola, Ana/);
      expect(said(replies)).toMatch(/asistente de Hotel Demo/);
    });

    it('greets an English guest in English', async () => {
      const replies = await guest('John').send('Hello, good afternoon');
      expect(replies).toHaveLength(1);
      expect(said(replies)).toMatch(/Hello, John/);
      expect(said(replies)).toMatch(/Hotel Demo assistant/);
      expect(said(replies)).not.toMatch(/Hola|asistente/);
    });

    it('keeps answering an English guest in English', async () => {
      const john = guest('John');
      await john.send('Hi there');
      const replies = await john.send('Do you have wifi?');
      expect(said(replies)).toMatch(/free wifi/);
    });
  });

  describe('hotel information', () => {
    it.each([
      ['¿Tenéis wifi?', /wifi gratis.*HotelDemo-Guest/],
      ['¿Tenéis parking?', /Sí, tenemos parking.*18\s?€/],
      ['¿A qué hora es el desayuno?', /desayuno.*14\s?€.*07:00/],
      ['¿Admitís mascotas?', /admitimos mascotas.*10 kg/i],
      ['¿A qué hora es el check-in?', /check-in.*15:00/],
      ['¿Qué servicios tiene el hotel?', /gimnasio.*piscina/],
      ['¿Cuál es la política de cancelación?', /Cancelación gratuita hasta 48 horas/],
      ['¿Cuál es vuestro teléfono?', /\+34 910 000 000.*reservas@hoteldemo\.example/],
    ])('answers the Spanish question "%s" from the hotel’s data', async (question, answer) => {
      const replies = await guest().send(question);
      expect(said(replies)).toMatch(answer);
    });

    it.each([
      ['Do you have wifi?', /free wifi.*HotelDemo-Guest/],
      ['Is there parking?', /Yes, we have parking.*€18/],
      ['What time is breakfast?', /Breakfast.*€14.*07:00/],
      ['Do you allow pets?', /pets are welcome.*10 kg/i],
      ['What time is check-in?', /Check-in.*15:00/],
      ['What amenities do you have?', /gym.*rooftop pool/],
      ['What is your cancellation policy?', /Free cancellation up to 48 hours/],
      ["What's your phone number?", /\+34 910 000 000.*reservas@hoteldemo\.example/],
    ])('answers the English question "%s" from the hotel’s data, in English', async (question, answer) => {
      const replies = await guest('John').send(question);
      expect(said(replies)).toMatch(answer);
    });

    it.each([
      ['¿Cómo puedo contactaros?', /\+34 910 000 000/],
      ['How can I contact you?', /\+34 910 000 000/],
    ])('gives the phone and e-mail to "%s"', async (question, answer) => {
      const replies = await guest().send(question);
      expect(said(replies)).toMatch(answer);
    });

    it.each([
      ['¿Dónde estáis?', /Calle Mayor 10/],
      ['Where are you located?', /We're at Calle Mayor 10/],
    ])(
      'answers "%s" with the address and a Graph location message with the hotel’s coordinates',
      async (question, address) => {
        const replies = await guest().send(question);
        const pin = replies.find((reply) => reply.body.type === 'location');
        expect(pin?.body.location).toMatchObject({
          latitude: 40.4153,
          longitude: -3.7074,
          name: 'Hotel Demo',
        });
        expect(said(replies)).toMatch(address);
      },
    );

    it.each([
      ['¿Tenéis fotos de las habitaciones?', /Suite Junior/],
      ['Can I see photos of the rooms?', /Junior Suite/],
    ])(
      'answers "%s" with image messages of the rooms, captioned in the guest’s language',
      async (question, caption) => {
        const replies = await guest().send(question);
        const images = replies.filter((reply) => reply.body.type === 'image');
        expect(images.length).toBeGreaterThanOrEqual(2);
        for (const image of images)
          expect((image.body.image as { link: string }).link).toMatch(/^https:\/\/.+\.jpg$/);
        expect(said(images)).toMatch(caption);
      },
    );

    it('answers each of two questions of other intents in one message, in the order asked (QA 27, E22)', async () => {
      const replies = await guest('John').send('Where are you located? And can I see photos of the suite?');
      expect(typesOf(replies)).toEqual(['text', 'location', 'text', 'image']);
      expect(said(replies)).toMatch(/We're at Calle Mayor 10.*photos of the Junior Suite/s);
    });

    it.each([
      ['Where are you located? And can I see photos of the suite?', 'room_photos'],
      // Two questions of the same intent: where they are is the pipeline's business too.
      ['Do you have parking? What time is check-out?', 'hotel_info'],
    ])('keeps POST /admin/nlp/parse to its four fields for %j (design §3)', async (text, intent) => {
      const res = await request(t.app.getHttpServer())
        .post('/admin/nlp/parse')
        .set('authorization', `Bearer ${adminToken}`)
        .send({ text })
        .expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['confidence', 'entities', 'intent', 'language']);
      expect(res.body).toMatchObject({ intent, language: 'en' });
    });

    it('answers a question beside a stay before the booking’s own question, which comes last', async () => {
      const replies = await guest().send(
        `Quiero una doble del 12 al 15 de diciembre de ${YEAR} para 2. ¿Dónde estáis ubicados?`,
      );
      expect(typesOf(replies).slice(0, 2)).toEqual(['text', 'location']);
      expect(said(replies)).toMatch(/Calle Mayor 10.*¿A nombre de quién hago la reserva\?$/s);
    });

    it('sends a turn’s replies in the order it wrote them: the introduction before the photos', async () => {
      const replies = await guest().send('¿Tenéis fotos de la suite?');
      expect(typesOf(replies)[0]).toBe('text');
      expect(replies[0].text).toMatch(/fotos/);
      expect(typesOf(replies).slice(1)).toEqual(expect.arrayContaining(['image']));
    });
  });

  describe('availability', () => {
    it('lists the free rooms with their prices for the dates and the party, a choice per room (Spanish)', async () => {
      const replies = await guest().send(`¿Tenéis habitación del 12 al 15 de diciembre de ${YEAR} para 2?`);
      const offer = said(replies);
      expect(offer).toMatch(/12 dic.*15 dic.*3 noches.*2 personas/s);
      expect(offer).toMatch(/Doble Estándar: 109\s?€\/noche, total 327\s?€/);
      expect(offer).toMatch(/Suite Junior: 219\s?€\/noche, total 657\s?€/);
      expect(offer).not.toMatch(/Individual/); // sleeps one
      expect(choicesOf(replies)).toEqual(['room:double', 'room:superior', 'room:suite']);
    });

    it('lists the free rooms with their prices for the dates and the party, a choice per room (English)', async () => {
      const replies = await guest('John').send(
        `Do you have a room from December 12 to 15, ${YEAR} for 2 people?`,
      );
      const offer = said(replies);
      expect(offer).toMatch(/Dec 12.*Dec 15.*3 nights.*2 guests/s);
      expect(offer).toMatch(/Standard Double: €109\/night, €327 in total/);
      expect(offer).toMatch(/Junior Suite: €219\/night, €657 in total/);
      expect(choicesOf(replies)).toEqual(['room:double', 'room:superior', 'room:suite']);
    });

    it('counts "me and my dog" as one guest with a pet (QA 27, E20: the party was asked)', async () => {
      const replies = await guest('John').send(`Me and my dog need a room from December 12 to 15, ${YEAR}`);
      const offer = said(replies);
      expect(offer).toMatch(/Pets are welcome/);
      expect(offer).toMatch(/3 nights\), 1 guest,.*Single Room: €79\/night/s);
      expect(offer).toMatch(/With a pet, add €60/);
    });

    it('takes bare stay details ("somos 3", then the dates) as an availability question', async () => {
      const ana = guest();
      const asked = await ana.send('somos 3');
      expect(said(asked)).toMatch(/fechas|cuándo/i);
      const replies = await ana.send(`del 12 al 15 de diciembre de ${YEAR}`);
      expect(said(replies)).toMatch(/3 noches.*3 personas/s);
      expect(choicesOf(replies)).toEqual(['room:superior', 'room:suite']);
    });

    it('changes the offer when a Spanish guest follows up with "¿y para 3 personas?"', async () => {
      const ana = guest();
      await ana.send(`¿Tenéis habitación del 12 al 15 de diciembre de ${YEAR} para 2?`);
      const replies = await ana.send('¿y para 3 personas?');
      expect(said(replies)).toMatch(/3 personas/);
      expect(choicesOf(replies)).toEqual(['room:superior', 'room:suite']);
    });

    it('offers the suite for the same stay when a Spanish guest follows up with "¿y la suite?"', async () => {
      const ana = guest();
      await ana.send(`¿Tenéis habitación del 12 al 15 de diciembre de ${YEAR} para 2?`);
      const replies = await ana.send('¿y la suite?');
      expect(said(replies)).toMatch(/Suite Junior: 219\s?€\/noche, total 657\s?€/);
      expect(choicesOf(replies)).toEqual(['confirm_yes', 'confirm_no']);
      expect(typesOf(replies)).not.toContain('image');
    });

    it('changes the offer when an English guest follows up with "What about 3 people?"', async () => {
      const john = guest('John');
      await john.send(`Do you have a room from December 12 to 15, ${YEAR} for 2 people?`);
      const replies = await john.send('What about 3 people?');
      expect(said(replies)).toMatch(/3 guests/);
      expect(choicesOf(replies)).toEqual(['room:superior', 'room:suite']);
    });

    it('offers the suite for the same stay when an English guest follows up with "And the suite?"', async () => {
      const john = guest('John');
      await john.send(`Do you have a room from December 12 to 15, ${YEAR} for 2 people?`);
      const replies = await john.send('And the suite?');
      expect(said(replies)).toMatch(/Junior Suite: €219\/night, €657 in total/);
      expect(choicesOf(replies)).toEqual(['confirm_yes', 'confirm_no']);
    });
  });

  describe('booking', () => {
    it('books in Spanish step by step, then tells the status and cancels by the reference', async () => {
      const ana = guest();
      expect(said(await ana.send('Quiero reservar una habitación'))).toMatch(/qué fechas/);
      expect(said(await ana.send(`del 3 al 6 de marzo de ${YEAR}`))).toMatch(/cuántas personas/);
      const offer = await ana.send('2');
      expect(choicesOf(offer)).toContain('room:double');
      expect(said(await ana.send(tap('room:double')))).toMatch(/nombre/);
      const summary = await ana.send('Ana García');
      expect(said(summary)).toMatch(
        /Doble Estándar.*3 mar.*6 mar.*3 noches.*2 personas.*Ana García.*327\s?€/s,
      );
      expect(choicesOf(summary)).toEqual(['confirm_yes', 'confirm_no']);

      const confirmed = await ana.send(tap('confirm_yes'));
      expect(said(confirmed)).toMatch(/Reserva confirmada/);
      const reference = referenceIn(confirmed);
      expect(reference).toMatch(REFERENCE);

      const status = await ana.send(`¿Cómo está mi reserva ${reference}?`);
      expect(said(status)).toMatch(new RegExp(`${reference}.*Doble Estándar.*confirmada`, 's'));

      const question = await ana.send(`Quiero cancelar la reserva ${reference}`);
      expect(said(question)).toMatch(new RegExp(`cancelar la reserva ${reference}`));
      expect(choicesOf(question)).toEqual(['confirm_yes', 'confirm_no']);
      const cancelled = await ana.send('sí');
      expect(said(cancelled)).toMatch(new RegExp(`Reserva ${reference} cancelada`));
      expect(said(await ana.send(`¿Cómo está mi reserva ${reference}?`))).toMatch(/cancelada/);
    });

    it('books in English step by step, then tells the status and cancels by the reference', async () => {
      const emily = guest('Emily');
      expect(said(await emily.send('I want to book a room'))).toMatch(/which dates/);
      expect(said(await emily.send(`from March 3 to 6, ${YEAR}`))).toMatch(/how many people/);
      const offer = await emily.send('2 people');
      expect(choicesOf(offer)).toContain('room:superior');
      expect(said(await emily.send(tap('room:superior')))).toMatch(/Whose name/);
      const summary = await emily.send('Emily Clarke');
      expect(said(summary)).toMatch(/Superior Double.*Mar 3.*Mar 6.*3 nights.*2 guests.*Emily Clarke.*€417/s);
      expect(choicesOf(summary)).toEqual(['confirm_yes', 'confirm_no']);

      const confirmed = await emily.send(tap('confirm_yes'));
      expect(said(confirmed)).toMatch(/Booking confirmed/);
      const reference = referenceIn(confirmed);

      const status = await emily.send(`What's the status of booking ${reference}?`);
      expect(said(status)).toMatch(new RegExp(`${reference}.*Superior Double.*confirmed`, 's'));

      const question = await emily.send(`I want to cancel booking ${reference}`);
      expect(said(question)).toMatch(new RegExp(`cancel booking ${reference}`));
      expect(choicesOf(question)).toEqual(['confirm_yes', 'confirm_no']);
      const cancelled = await emily.send(tap('confirm_yes'));
      expect(said(cancelled)).toMatch(new RegExp(`Booking ${reference} is cancelled`));
    });

    it('books two rooms of one request, then cancels both after one yes', async () => {
      const ana = guest();
      await ana.send(
        `Quiero reservar 2 habitaciones dobles del 10 al 12 de febrero de ${YEAR} para 4 personas`,
      );
      await ana.send('Ana García');
      const first = referenceIn(await ana.send(tap('confirm_yes')));
      await ana.send(tap('confirm_yes'));
      const second = referenceIn(await ana.send(tap('confirm_yes')));
      expect(second).not.toBe(first);

      const question = await ana.send('cancela las dos');
      expect(said(question)).toMatch(
        new RegExp(
          `cancelar estas 2 reservas\\?\\n• ${first}: Doble Estándar.*\\n• ${second}: Doble Estándar`,
        ),
      );
      expect(choicesOf(question)).toEqual(['confirm_yes', 'confirm_no']);
      expect(said(await ana.send(tap('confirm_yes')))).toMatch(
        new RegExp(`Reservas ${first} y ${second} canceladas`),
      );
      const both = said(await ana.send('mis reservas'));
      expect(both).toMatch(new RegExp(`${first}: .*Cancelada`));
      expect(both).toMatch(new RegExp(`${second}: .*Cancelada`));
    });

    it('keeps the booking when the guest says no to the cancellation question', async () => {
      const emily = guest('Emily');
      await emily.send(`I'd like to book a room from April 7 to 9, ${YEAR} for 2`);
      await emily.send(tap('room:double'));
      await emily.send('Emily Clarke');
      const reference = referenceIn(await emily.send(tap('confirm_yes')));

      const question = await emily.send(`Please cancel booking ${reference}`);
      expect(choicesOf(question)).toEqual(['confirm_yes', 'confirm_no']);
      expect(said(await emily.send(tap('confirm_no')))).toMatch(new RegExp(`keep your booking ${reference}`));
      expect(said(await emily.send(`What's the status of booking ${reference}?`))).toMatch(
        /Status: confirmed/,
      );
    });

    it('books nothing when the guest says no to the summary', async () => {
      const checkIn = `${YEAR}-01-20`;
      const checkOut = `${YEAR}-01-22`;
      const ana = guest();
      await ana.send(`Quiero reservar del 20 al 22 de enero de ${YEAR} para 2 personas`);
      await ana.send(tap('room:suite'));
      expect(choicesOf(await ana.send('Ana García'))).toEqual(['confirm_yes', 'confirm_no']);
      const declined = await ana.send('no');
      expect(said(declined)).toMatch(/no hago la reserva/);
      expect(said(declined)).not.toMatch(REFERENCE);
      // A party of 4 was never asked for these dates: the PMS answers, not the availability cache.
      const availability = await t.app
        .get(PmsAdapter)
        .checkAvailability({ tenantId: 'demo', checkIn, checkOut, guests: 4 });
      expect(availability.offers.find((offer) => offer.roomTypeId === 'suite')?.roomsLeft).toBe(1);
      // And a "yes" afterwards confirms nothing.
      expect(said(await ana.send(tap('confirm_yes')))).not.toMatch(/confirmada/);
    });

    it.each([
      ['es', 'Me llamo Juan Pérez', 'Juan Pérez'],
      ['es', 'María López', 'María López'],
      ['es', 'A nombre de Carlos Pérez', 'Carlos Pérez'],
      ['en', 'My name is John Smith', 'John Smith'],
      ['en', 'John Smith', 'John Smith'],
    ])(
      'takes the %s answer "%s" to "whose name?" as the name the booking is under',
      async (language, answer, name) => {
        const chat = guest();
        await chat.send(
          language === 'en'
            ? `I'd like to book a room from March 10 to 12, ${YEAR} for 2`
            : `Quiero reservar del 10 al 12 de marzo de ${YEAR} para 2`,
        );
        expect(said(await chat.send(tap('room:double')))).toMatch(/A nombre de quién|Whose name/);
        const summary = await chat.send(answer);
        expect(said(summary)).toMatch(new RegExp(`(A nombre de|Name:) ${name}\\b`));
        expect(choicesOf(summary)).toEqual(['confirm_yes', 'confirm_no']);
      },
    );

    it.each([
      ['Pérez', 'Juan Pérez'],
      ['no hace falta', 'Juan'],
    ])('asks the surname of a first name alone once; "%s" makes the name %s', async (answer, name) => {
      const chat = guest();
      await chat.send(`Quiero reservar del 10 al 12 de marzo de ${YEAR} para 2`);
      await chat.send(tap('room:double'));
      const asked = await chat.send('Juan');
      expect(said(asked)).toMatch(/apellido\? .*a nombre de Juan\./);
      expect(choicesOf(asked)).toEqual([]);
      const summary = await chat.send(answer);
      expect(said(summary)).toMatch(new RegExp(`A nombre de ${name}\\n`));
      expect(choicesOf(summary)).toEqual(['confirm_yes', 'confirm_no']);
    });
  });

  describe('the last suite', () => {
    const checkIn = `${YEAR}-02-02`;
    const checkOut = `${YEAR}-02-05`;
    const names = ['Ana García', 'Luis Martín', 'Carmen Ruiz', 'Pedro Sánchez', 'Jorge Díaz', 'Pablo Castro'];

    it('is booked by exactly one of six guests who confirm it at the same moment; the others hear it sold out', async () => {
      const chats = names.map((name) => guest(name.split(' ')[0]));
      await Promise.all(
        chats.map(async (chat, i) => {
          const offer = await chat.send(`Quiero reservar del 2 al 5 de febrero de ${YEAR} para 2 personas`);
          expect(choicesOf(offer)).toContain('room:suite');
          await chat.send(tap('room:suite'));
          const summary = await chat.send(names[i]);
          expect(said(summary)).toMatch(/Suite Junior.*657\s?€/s);
          expect(choicesOf(summary)).toEqual(['confirm_yes', 'confirm_no']);
        }),
      );

      const taps = await Promise.all(chats.map((chat) => chat.post([tap('confirm_yes')])));
      await Promise.all(chats.map((chat, i) => chat.handled(taps[i][0], 20_000)));
      const answers = await Promise.all(chats.map(async (chat) => said(await chat.awaitReplies(1))));

      const confirmed = answers.filter((answer) => /Reserva confirmada/.test(answer));
      const soldOut = answers.filter((answer) => /se acaba de agotar/.test(answer));
      expect(confirmed).toHaveLength(1);
      expect(soldOut).toHaveLength(5);
      expect(confirmed[0]).toMatch(/código es [A-Z0-9]{6}/);

      // The PMS has one booking: one room taken each night (never more), none left for any party.
      const store = t.app.get(Store);
      for (const night of nightsOf(checkIn, checkOut)) {
        expect(await store.get(`pms:demo:inventory:suite:${night}`)).toBe('1');
      }
      const uncached = await t.app
        .get(PmsAdapter)
        .checkAvailability({ tenantId: 'demo', checkIn, checkOut, guests: 3 });
      expect(uncached.offers.map((offer) => offer.roomTypeId)).not.toContain('suite');
    });

    it('no longer offers the suite for those dates once it is sold', async () => {
      const availability = await t.app
        .get(PmsAdapter)
        .checkAvailability({ tenantId: 'demo', checkIn, checkOut, guests: 2 });
      expect(availability.offers.map((offer) => offer.roomTypeId)).not.toContain('suite');
      const offer = await guest().send(`¿Tenéis habitación del 2 al 5 de febrero de ${YEAR} para 2?`);
      expect(choicesOf(offer)).not.toContain('room:suite');
      expect(said(offer)).not.toMatch(/Suite Junior/);
    });
  });

  describe('handoff to a person', () => {
    it('hands a Spanish guest to the staff, stays silent until released, then answers again', async () => {
      const staff = staffInbox();
      const ana = guest('Ana');
      const ack = await ana.send('Quiero hablar con una persona');
      expect(said(ack)).toMatch(/aviso a una persona del equipo/);
      const notices = await staff.awaitReplies(1);
      expect(notices).toHaveLength(1);
      expect(notices[0].body).toMatchObject({ to: STAFF, type: 'text' });
      expect(notices[0].text).toMatch(new RegExp(`Ana \\(${ana.phone}\\).*WhatsApp.*hablar con una persona`));

      expect(await ana.sendExpectingSilence('¿Tenéis parking?')).toEqual([]);
      expect(await ana.sendExpectingSilence('¿Hola? ¿Hay alguien? Es urgente')).toEqual([]);
      // Silent to the guest, but what they write meanwhile reaches the staff, urgent first when said.
      const meanwhile = await staff.awaitReplies(2);
      expect(meanwhile.map((notice) => notice.text)).toEqual([
        expect.stringMatching(new RegExp(`^💬 Ana \\(${ana.phone}\\).*escribe: «¿Tenéis parking\\?»`)),
        expect.stringMatching(/^🚨 URGENTE\. 💬 .*«¿Hola\? ¿Hay alguien\? Es urgente»/),
      ]);

      const released = await release(ana.phone).expect(200);
      expect(released.body).toMatchObject({ tenantId: 'demo', channel: 'whatsapp', wasInHandoff: true });
      expect(said(await ana.send('¿Tenéis parking?'))).toMatch(/tenemos parking/);
      expect((await release(ana.phone).expect(200)).body.wasInHandoff).toBe(false);
    });

    it('hands an English guest over in English and tells the staff in the hotel’s language', async () => {
      const staff = staffInbox();
      const john = guest('John');
      expect(said(await john.send('I want to talk to a person'))).toMatch(
        /letting a member of our team know/,
      );
      const [notice] = await staff.awaitReplies(1);
      expect(notice.text).toMatch(new RegExp(`John \\(${john.phone}\\).*pide hablar con una persona`));
      expect(await john.sendExpectingSilence('Is there parking?')).toEqual([]);
      await release(john.phone).expect(200);
      expect(said(await john.send('Is there parking?'))).toMatch(/we have parking/);
    });

    it('tells the staff, in the hotel’s language, of a breakdown in the guest’s room rather than a person asked for', async () => {
      const staff = staffInbox();
      const john = guest('John');
      expect(said(await john.send("the AC in my room isn't working"))).toMatch(/^I'm so sorry\./);
      const [notice] = await staff.awaitReplies(1);
      expect(notice.text).toContain(
        "🔧 Avería / incidencia en la habitación: «the AC in my room isn't working»",
      );
      expect(notice.text).toMatch(new RegExp(`Huésped: John \\(${john.phone}\\) \\(WhatsApp\\)`));
      expect(notice.text).not.toContain('pide hablar con una persona');
      await release(john.phone).expect(200);
    });

    it('offers a person after the second message in a row it did not understand, and hands over on yes', async () => {
      const staff = staffInbox();
      const ana = guest();
      const first = await ana.send('asdf qwer zxcv');
      expect(said(first)).toMatch(/no te he entendido/);
      expect(choicesOf(first)).toEqual([]);
      const second = await ana.send('blorp zzz glub');
      expect(said(second)).toMatch(/atienda una persona/);
      expect(choicesOf(second)).toEqual(['human_yes', 'human_no']);
      expect(said(await ana.send(tap('human_yes')))).toMatch(/aviso a una persona/);
      expect(await staff.awaitReplies(1)).toHaveLength(1);
      await release(ana.phone).expect(200);
    });

    it('keeps the bot when the guest declines the offer of a person', async () => {
      const ana = guest();
      await ana.send('asdf qwer zxcv');
      await ana.send('blorp zzz glub');
      expect(said(await ana.send(tap('human_no')))).toMatch(/otra cosa/);
      expect(said(await ana.send('¿Tenéis wifi?'))).toMatch(/wifi gratis/);
    });
  });

  describe('bursts and media', () => {
    /** Three questions in one webhook call; the answers must come back in the order they were asked. */
    async function expectBurstAnsweredInOrder(): Promise<void> {
      const ana = guest();
      const ids = await ana.post([
        text('¿Tenéis wifi?'),
        text('¿Tenéis parking?'),
        text('¿Admitís mascotas?'),
      ]);
      await ana.handled(ids[2]);
      const replies = await ana.awaitReplies(3);
      expect(replies.map((reply) => reply.text)).toEqual([
        expect.stringMatching(/wifi/),
        expect.stringMatching(/parking/),
        expect.stringMatching(/mascotas/),
      ]);
    }

    it('answers three messages delivered in one webhook call in the order they were written', async () => {
      await expectBurstAnsweredInOrder();
    });

    it('keeps the answers to a burst in order when Graph is slow to take the first one', async () => {
      // The first Graph call of the burst (marking the first message read) answers 400 ms late.
      graph.failNext(1, { delayMs: 400 }, 'messages');
      await expectBurstAnsweredInOrder();
    });

    it('asks the guest to write when voice notes cannot be transcribed (no TRANSCRIPTION_BASE_URL)', async () => {
      graph.addMedia('media-voice-unconfigured', { bytes: oggBytes(4096), mimeType: 'audio/ogg' });
      const replies = await guest().send(voice('media-voice-unconfigured'));
      expect(replies).toHaveLength(1);
      expect(said(replies)).toMatch(/no puedo escuchar audios.*escribes/);
    });
  });
}

describe('conversations, embedded mode', () => {
  conversations(() => ({}), 'embedded');
});

describeWithRedis('conversations, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  conversations(() => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('conv') }), 'redis');
  afterAll(async () => redis?.stop());
});
