import { WhatsAppClient } from '../../src/gateway/whatsapp/whatsapp.client';
import { bootApp } from '../support/app-harness';

describe('the Graph client', () => {
  it('is one for the sender and the media downloader, closed once at shutdown', async () => {
    const t = await bootApp({});
    const client = t.app.get(WhatsAppClient);
    const close = jest.spyOn(client, 'close');
    await t.close();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
