import { PermanentSendError } from '../../messaging/channel-sender.port';
import type { OutboundMessage, ReplyContent } from '../../messaging/outbound-message';
import { toGraphPayloads } from './whatsapp-payloads';

const GUEST = '34611111111';
const ENVELOPE = { messaging_product: 'whatsapp', recipient_type: 'individual', to: GUEST };

function reply(content: ReplyContent): OutboundMessage {
  return {
    tenantId: 'demo',
    channel: 'whatsapp',
    to: GUEST,
    inReplyTo: 'wamid.IN1',
    index: 0,
    content,
    phoneNumberId: '100000000000001',
  };
}

describe('toGraphPayloads', () => {
  describe('text', () => {
    it('sends a short text as one text message without link preview', () => {
      expect(toGraphPayloads(reply({ type: 'text', text: 'Hola, Ana.' }))).toEqual([
        { ...ENVELOPE, type: 'text', text: { preview_url: false, body: 'Hola, Ana.' } },
      ]);
    });

    it('sends a text of exactly 4096 characters as one message and 4097 as two', () => {
      expect(toGraphPayloads(reply({ type: 'text', text: 'a'.repeat(4096) }))).toHaveLength(1);
      expect(toGraphPayloads(reply({ type: 'text', text: 'a'.repeat(4097) }))).toHaveLength(2);
    });

    it('splits a long text into text messages of at most 4096 characters, in order', () => {
      const sentences = Array.from({ length: 400 }, (_, i) => `Frase número ${i}.`);
      const payloads = toGraphPayloads(reply({ type: 'text', text: sentences.join(' ') }));
      const bodies = payloads.map((p) => (p.type === 'text' ? p.text.body : ''));
      expect(bodies.length).toBeGreaterThan(1);
      expect(bodies.every((body) => body.length <= 4096)).toBe(true);
      expect(bodies.join(' ')).toBe(sentences.join(' '));
    });

    it('refuses an empty text as a permanent error', () => {
      expect(() => toGraphPayloads(reply({ type: 'text', text: '  ' }))).toThrow(PermanentSendError);
    });
  });

  describe('buttons', () => {
    it('renders reply buttons with the body text', () => {
      const payloads = toGraphPayloads(
        reply({ type: 'buttons', text: '¿Confirmo la reserva?', buttons: [{ id: 'yes', title: 'Sí' }] }),
      );
      expect(payloads).toEqual([
        {
          ...ENVELOPE,
          type: 'interactive',
          interactive: {
            type: 'button',
            body: { text: '¿Confirmo la reserva?' },
            action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Sí' } }] },
          },
        },
      ]);
    });

    it('keeps the first three buttons and shortens titles to 20 characters with an ellipsis', () => {
      const buttons = [
        { id: 'a', title: 'Habitación doble superior' },
        { id: 'b', title: 'Exactamente veinte c' },
        { id: 'c', title: 'Suite' },
        { id: 'd', title: 'Cuarta' },
      ];
      const [payload] = toGraphPayloads(reply({ type: 'buttons', text: 'Elija', buttons }));
      expect(payload.type === 'interactive' && payload.interactive.action).toEqual({
        buttons: [
          { type: 'reply', reply: { id: 'a', title: 'Habitación doble su…' } },
          { type: 'reply', reply: { id: 'b', title: 'Exactamente veinte c' } },
          { type: 'reply', reply: { id: 'c', title: 'Suite' } },
        ],
      });
    });

    it('sends body text beyond 1024 characters as a text message ahead of the buttons', () => {
      const intro = 'Le cuento las opciones. '.repeat(60).trim();
      const text = `${intro}\n\n¿Cuál prefiere?`;
      const payloads = toGraphPayloads(reply({ type: 'buttons', text, buttons: [{ id: 'x', title: 'X' }] }));
      expect(payloads.map((p) => p.type)).toEqual(['text', 'interactive']);
      const [first, second] = payloads;
      const body = second.type === 'interactive' ? second.interactive.body.text : '';
      expect(body.length).toBeLessThanOrEqual(1024);
      expect(`${first.type === 'text' ? first.text.body : ''} ${body}`.replace(/\s+/g, ' ')).toBe(
        text.replace(/\s+/g, ' '),
      );
    });

    it('keeps a body of exactly 1024 characters on the buttons message', () => {
      const payloads = toGraphPayloads(
        reply({ type: 'buttons', text: 'b'.repeat(1024), buttons: [{ id: 'x', title: 'X' }] }),
      );
      expect(payloads.map((p) => p.type)).toEqual(['interactive']);
    });

    it('refuses buttons without any button', () => {
      expect(() => toGraphPayloads(reply({ type: 'buttons', text: 'Elija', buttons: [] }))).toThrow(
        PermanentSendError,
      );
    });
  });

  describe('list', () => {
    it('renders sections and rows within the list limits', () => {
      const payloads = toGraphPayloads(
        reply({
          type: 'list',
          text: 'Estas son nuestras habitaciones',
          buttonLabel: 'Ver todas las habitaciones',
          sections: [
            {
              title: 'Habitaciones con vistas al mar',
              rows: [
                { id: 'double', title: 'Doble', description: '109 €/noche' },
                { id: 'suite', title: 'Suite junior con terraza privada', description: 'd'.repeat(80) },
              ],
            },
          ],
        }),
      );
      expect(payloads).toEqual([
        {
          ...ENVELOPE,
          type: 'interactive',
          interactive: {
            type: 'list',
            body: { text: 'Estas son nuestras habitaciones' },
            action: {
              button: 'Ver todas las habit…',
              sections: [
                {
                  title: 'Habitaciones con vistas…',
                  rows: [
                    { id: 'double', title: 'Doble', description: '109 €/noche' },
                    { id: 'suite', title: 'Suite junior con terraz…', description: `${'d'.repeat(71)}…` },
                  ],
                },
              ],
            },
          },
        },
      ]);
    });

    it('keeps at most ten rows across sections and drops sections left empty', () => {
      const rows = (prefix: string, n: number) =>
        Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `${prefix} ${i}` }));
      const [payload] = toGraphPayloads(
        reply({
          type: 'list',
          text: 'Elija',
          buttonLabel: 'Ver',
          sections: [
            { title: 'A', rows: rows('a', 6) },
            { title: 'B', rows: rows('b', 6) },
            { title: 'C', rows: rows('c', 2) },
          ],
        }),
      );
      const sections =
        payload.type === 'interactive' && payload.interactive.type === 'list'
          ? payload.interactive.action.sections
          : [];
      expect(sections.map((s) => [s.title, s.rows.length])).toEqual([
        ['A', 6],
        ['B', 4],
      ]);
    });

    it('refuses a list without rows', () => {
      expect(() =>
        toGraphPayloads(
          reply({ type: 'list', text: 'x', buttonLabel: 'Ver', sections: [{ title: 'A', rows: [] }] }),
        ),
      ).toThrow(PermanentSendError);
    });
  });

  it('renders a location with its name and address', () => {
    const content: ReplyContent = {
      type: 'location',
      latitude: 40.4153,
      longitude: -3.7074,
      name: 'Hotel Demo',
      address: 'Calle Mayor 10, Madrid',
    };
    expect(toGraphPayloads(reply(content))).toEqual([
      {
        ...ENVELOPE,
        type: 'location',
        location: {
          latitude: 40.4153,
          longitude: -3.7074,
          name: 'Hotel Demo',
          address: 'Calle Mayor 10, Madrid',
        },
      },
    ]);
  });

  it('leaves out a location name and address it does not have', () => {
    const [payload] = toGraphPayloads(reply({ type: 'location', latitude: 1, longitude: 2 }));
    expect(payload).toEqual({ ...ENVELOPE, type: 'location', location: { latitude: 1, longitude: 2 } });
  });

  describe('image', () => {
    it('sends an image by link with its caption', () => {
      const content: ReplyContent = {
        type: 'image',
        url: 'https://cdn.example/suite.jpg',
        caption: 'La suite',
      };
      expect(toGraphPayloads(reply(content))).toEqual([
        { ...ENVELOPE, type: 'image', image: { link: 'https://cdn.example/suite.jpg', caption: 'La suite' } },
      ]);
    });

    it('sends an image without a caption when it has none', () => {
      const [payload] = toGraphPayloads(
        reply({ type: 'image', url: 'https://cdn.example/a.jpg', caption: ' ' }),
      );
      expect(payload).toEqual({ ...ENVELOPE, type: 'image', image: { link: 'https://cdn.example/a.jpg' } });
    });

    it('sends caption text beyond 1024 characters as a text message ahead of the image', () => {
      const caption = 'Vista de la suite desde la terraza. '.repeat(40);
      const payloads = toGraphPayloads(reply({ type: 'image', url: 'https://cdn.example/a.jpg', caption }));
      expect(payloads.map((p) => p.type)).toEqual(['text', 'image']);
      const last = payloads[1];
      expect(last.type === 'image' && (last.image.caption ?? '').length).toBeLessThanOrEqual(1024);
    });
  });
});
