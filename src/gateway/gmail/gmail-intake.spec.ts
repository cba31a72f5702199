import { FakeGoogle } from '../../../test/support/fake-google';
import { MemoryKeyspace } from '../../storage/memory-keyspace';
import { MemoryStore } from '../../storage/memory.store';
import type { Tenant } from '../../tenants/tenant';
import { GmailApiClient } from './gmail-api.client';
import { GmailIntake, type GmailIntakeLogger, historyKey } from './gmail-intake';
import { GmailApiError } from './google-http';

const GMAIL = {
  address: 'reservas@hoteldemo.example',
  clientId: 'client-1',
  clientSecret: 'secret-1',
  refreshToken: 'refresh-1',
};
const TENANT: Pick<Tenant, 'id' | 'channels'> = { id: 'demo', channels: { gmail: GMAIL } };
const KEY = historyKey(GMAIL.address);

class RecordingLogger implements GmailIntakeLogger {
  readonly events: Array<{ level: string; event: string; fields: object }> = [];
  debug(fields: object, event: string): void {
    this.events.push({ level: 'debug', event, fields });
  }
  info(fields: object, event: string): void {
    this.events.push({ level: 'info', event, fields });
  }
  warn(fields: object, event: string): void {
    this.events.push({ level: 'warn', event, fields });
  }
}

describe('GmailIntake', () => {
  let google: FakeGoogle;
  let store: MemoryStore;
  let logger: RecordingLogger;
  let intake: GmailIntake;

  beforeAll(async () => {
    google = await FakeGoogle.start();
  });

  afterAll(() => google.stop());

  beforeEach(() => {
    google.reset();
    google.addMailbox(GMAIL, 1000);
    store = new MemoryStore('test:', new MemoryKeyspace({ maxKeys: 10000 }));
    logger = new RecordingLogger();
    intake = new GmailIntake(store, new GmailApiClient(google.settings), logger);
  });

  afterEach(() => store.close());

  const guest = (text: string, extra: object = {}) =>
    google.seed(GMAIL.address, { from: 'Ana García <ana@example.com>', text, ...extra });
  const pushFor = (historyId: string) => ({ emailAddress: GMAIL.address, historyId });

  it('reads what arrived since the stored historyId, oldest first', async () => {
    const before = guest('ya respondido');
    await store.set(KEY, before.historyId);
    const first = guest('¿Tienen parking?');
    const second = guest('¿Y cuánto cuesta?');

    const result = await intake.collect(pushFor(second.historyId), TENANT);

    expect(result.messages.map((m) => [m.id, m.text])).toEqual([
      [first.id, '¿Tienen parking?'],
      [second.id, '¿Y cuánto cuesta?'],
    ]);
    expect(result.messages[0]).toMatchObject({
      channel: 'gmail',
      from: 'ana@example.com',
      fromName: 'Ana García',
      email: { mailbox: GMAIL.address, threadId: first.threadId, subject: 'Consulta' },
    });
    expect(result.historyId).toBe(google.mailboxHistoryId(GMAIL.address));
    expect(google.requests.find((r) => r.route === 'history')?.query.startHistoryId).toBe(before.historyId);
  });

  it('starts a mailbox it has never read at the push’s historyId minus one', async () => {
    guest('antiguo, de antes del servicio');
    const announced = guest('Quiero reservar');
    const result = await intake.collect(pushFor(announced.historyId), TENANT);
    expect(result.messages.map((m) => m.id)).toEqual([announced.id]);
    expect(google.requests.find((r) => r.route === 'history')?.query.startHistoryId).toBe(
      String(Number(announced.historyId) - 1),
    );
  });

  it('ignores our own mail, sent copies and auto-replies, and says why', async () => {
    await store.set(KEY, google.mailboxHistoryId(GMAIL.address));
    const own = google.seed(GMAIL.address, { from: `Hotel Demo <${GMAIL.address}>`, text: 'Nota interna' });
    const sentCopy = guest('copia enviada', { labels: ['INBOX', 'SENT'] });
    const autoReply = guest('Estoy de vacaciones', { headers: { 'Auto-Submitted': 'auto-replied' } });
    const real = guest('¿Hay cuna?');

    const result = await intake.collect(pushFor(real.historyId), TENANT);

    expect(result.messages.map((m) => m.id)).toEqual([real.id]);
    expect(result.ignored).toEqual(
      expect.arrayContaining([
        { id: own.id, reason: 'own_address' },
        { id: sentCopy.id, reason: 'sent' },
        { id: autoReply.id, reason: 'auto_reply' },
      ]),
    );
    const fetched = google.requests.filter((r) => r.route === 'get').map((r) => r.path.split('/').pop());
    expect(fetched).not.toContain(sentCopy.id);
    expect(logger.events.filter((e) => e.event === 'gmail.message.ignored')).toHaveLength(3);
    expect(JSON.stringify(logger.events)).not.toContain('ana@example.com');
  });

  it('stores the new historyId only when commit is called, and never moves it back', async () => {
    await store.set(KEY, '1000');
    const message = guest('Hola');
    const result = await intake.collect(pushFor(message.historyId), TENANT);
    expect(await store.get(KEY)).toBe('1000');

    await result.commit();
    expect(await store.get(KEY)).toBe(result.historyId);

    await store.set(KEY, '5000');
    await result.commit();
    expect(await store.get(KEY)).toBe('5000');
  });

  it('reads the same history again when the caller crashed before committing', async () => {
    await store.set(KEY, '1000');
    const message = guest('Hola');
    const first = await intake.collect(pushFor(message.historyId), TENANT);
    const again = await intake.collect(pushFor(message.historyId), TENANT);
    expect(again.messages.map((m) => m.id)).toEqual(first.messages.map((m) => m.id));
  });

  it('answers a push it has already read past without calling Gmail', async () => {
    const message = guest('Hola');
    await store.set(KEY, google.mailboxHistoryId(GMAIL.address));
    const requestsBefore = google.requests.length;
    const result = await intake.collect(pushFor(message.historyId), TENANT);
    expect(result.messages).toEqual([]);
    expect(google.requests).toHaveLength(requestsBefore);
    await result.commit();
    expect(await store.get(KEY)).toBe(google.mailboxHistoryId(GMAIL.address));
  });

  it('falls back to recent INBOX mail when the stored historyId is too old, resuming at the push', async () => {
    await store.set(KEY, '1000');
    const message = guest('Hola de nuevo');
    google.expireHistoryBefore(GMAIL.address, 1500);
    const result = await intake.collect(pushFor(message.historyId), TENANT);
    expect(result.messages.map((m) => m.id)).toEqual([message.id]);
    expect(result.historyId).toBe(message.historyId);
    expect(logger.events.some((e) => e.event === 'gmail.history.expired' && e.level === 'warn')).toBe(true);
  });

  it('skips a message deleted between listing and fetching', async () => {
    await store.set(KEY, '1000');
    const gone = guest('borrado');
    const kept = guest('sigue aquí');
    google.fault('get', { status: 404 });
    const result = await intake.collect(pushFor(kept.historyId), TENANT);
    expect(result.messages.map((m) => m.id)).toEqual([kept.id]);
    expect(result.ignored).toEqual([{ id: gone.id, reason: 'gone' }]);
  });

  it('fails the whole push on a transient Gmail error, leaving the stored historyId alone', async () => {
    await store.set(KEY, '1000');
    const message = guest('Hola');
    google.fault('history', { status: 503 });
    await expect(intake.collect(pushFor(message.historyId), TENANT)).rejects.toMatchObject({
      outcome: 'http_5xx',
      isRetryable: true,
    });
    expect(await store.get(KEY)).toBe('1000');
  });

  it('refuses a push for another mailbox, a tenant without credentials, and a bad historyId', async () => {
    await expect(
      intake.collect({ emailAddress: 'otro@hotel.example', historyId: '5' }, TENANT),
    ).rejects.toThrow('another mailbox');
    const bare = { id: 'demo', channels: { gmail: { address: GMAIL.address } } };
    await expect(intake.collect(pushFor('5'), bare)).rejects.toBeInstanceOf(GmailApiError);
    await expect(intake.collect(pushFor('x'), TENANT)).rejects.toThrow(RangeError);
  });
});
