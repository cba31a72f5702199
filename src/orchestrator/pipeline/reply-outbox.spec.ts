import { PinoLogger } from 'nestjs-pino';
import { demoTenant, guestMessage } from '../../../test/support/turn-fixtures';
import { ReplyOutbox } from './reply-outbox';

describe('ReplyOutbox', () => {
  const outbox = new ReplyOutbox(new PinoLogger({ pinoHttp: { level: 'silent' } }));
  const reply = { type: 'text' as const, text: 'Hola' };

  it('queues a whole turn as one job, so its replies cannot overtake each other', () => {
    const location = { type: 'location' as const, latitude: 1, longitude: 2 };
    const jobs = outbox.jobs(guestMessage({ id: 'wamid.A' }), demoTenant(), [reply, location], [], 'es');
    expect(jobs.map((job) => job.id)).toEqual(['whatsapp:wamid.A:reply:0']);
    expect(jobs[0]).toMatchObject({
      queue: 'outbound',
      correlationId: 'c-1',
      data: {
        to: '34611111111',
        phoneNumberId: '100000000000001',
        inReplyTo: 'wamid.A',
        language: 'es',
        content: reply,
        then: [location],
      },
    });
  });

  it("numbers the guest's turn so the dispatcher keeps turns in order, but not the staff notices", () => {
    const turn = { key: 'reply-turn:demo:whatsapp:34611111111:1', number: 4 };
    const jobs = outbox.jobs(guestMessage(), demoTenant(), [reply], ['aviso'], 'es', turn);
    expect(jobs[0].data.turn).toEqual(turn);
    expect(jobs[1].data.turn).toBeUndefined();
  });

  it("sends a staff notice to the hotel's WhatsApp handoff number after the guest's replies", () => {
    const jobs = outbox.jobs(
      guestMessage({ id: 'wamid.B' }),
      demoTenant(),
      [reply],
      ['Un huésped pide una persona.'],
      'en',
    );
    expect(jobs[1]).toMatchObject({
      id: 'whatsapp:wamid.B:reply:1',
      data: { channel: 'whatsapp', to: '34600000000', phoneNumberId: '100000000000001', language: 'es' },
    });
  });

  it('mails the notice in a new thread when the hotel has no WhatsApp handoff contact', () => {
    const tenant = { ...demoTenant(), handoff: { email: 'recepcion@hoteldemo.example' } };
    const jobs = outbox.jobs(
      guestMessage({ channel: 'gmail', id: 'g1', from: 'ana@example.com' }),
      tenant,
      [],
      ['Aviso. Detalle'],
      'es',
    );
    expect(jobs[0].data).toMatchObject({
      channel: 'gmail',
      to: 'recepcion@hoteldemo.example',
      email: { mailbox: 'reservas@hoteldemo.example', subject: 'Aviso.' },
    });
    expect(jobs[0].data.email?.threadId).toBeUndefined();
  });

  it('drops (and logs) a notice when the hotel has no handoff contact at all', () => {
    const tenant = { ...demoTenant(), handoff: {} };
    expect(outbox.jobs(guestMessage(), tenant, [], ['x'], 'es')).toEqual([]);
  });
});
