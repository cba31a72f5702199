import { parseText, type ParseRequest } from './parse-text';

// On the real model (trained once for the file, about 5 s).
const request = (text: string, extra: Partial<ParseRequest> = {}): ParseRequest => ({
  text,
  sessionLanguage: 'es',
  tenantLanguages: ['es', 'en'],
  timezone: 'Europe/Madrid',
  roomTypes: [],
  nowMs: Date.UTC(2026, 10, 26, 10),
  ...extra,
});

describe('parseText in a conversation in one language', () => {
  jest.setTimeout(30_000);

  it('reads a message no intent of that language fits in the hotel’s other one, when that is sure', async () => {
    // "thanks" after a booking in Spanish: no Spanish intent, English thanks; the conversation stays in Spanish.
    expect(await parseText(request('thanks'))).toMatchObject({ intent: 'thanks', language: 'es' });
    expect(await parseText(request('thank you so much!'))).toMatchObject({
      intent: 'thanks',
      language: 'en',
    });
  });

  it('keeps the conversation’s language for what it reads there, and for what neither reads surely', async () => {
    expect(await parseText(request('gracias'))).toMatchObject({ intent: 'thanks', language: 'es' });
    const offTopic = await parseText(request('mi gato se llama Michi'));
    expect(offTopic).toMatchObject({ intent: 'None', language: 'es' });
    // A language asked for explicitly is never left.
    expect(await parseText(request('thanks', { language: 'es' }))).toMatchObject({
      intent: 'None',
      language: 'es',
    });
    // Only the hotel's languages are tried.
    expect(await parseText(request('thanks', { tenantLanguages: ['es'] }))).toMatchObject({
      intent: 'None',
      language: 'es',
    });
  });
});
