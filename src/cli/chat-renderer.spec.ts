import { toGraphPayloads } from '../gateway/whatsapp/whatsapp-payloads';
import type { OutboundMessage, ReplyContent } from '../messaging/outbound-message';
import { isReadReceipt, mapsLink, pickChoice, renderGraphMessage } from './chat-renderer';

/** The Graph bodies the real WhatsApp sender would post for `content`. */
function bodiesOf(content: ReplyContent): unknown[] {
  const message: OutboundMessage = {
    tenantId: 'demo',
    channel: 'whatsapp',
    to: '34600123001',
    inReplyTo: 'wamid.GUEST1',
    index: 0,
    content,
  };
  return toGraphPayloads(message);
}

function renderOne(content: ReplyContent) {
  const [body] = bodiesOf(content);
  return renderGraphMessage(body);
}

describe('renderGraphMessage', () => {
  it('shows a text message as its text', () => {
    expect(renderOne({ type: 'text', text: '¡Hola! ¿En qué te ayudo?' })).toEqual({
      text: '¡Hola! ¿En qué te ayudo?',
      choices: [],
    });
  });

  it('numbers reply buttons after the body and returns them as choices', () => {
    const rendered = renderOne({
      type: 'buttons',
      text: '¿La confirmo?',
      buttons: [
        { id: 'confirm_yes', title: 'Sí, confirmar' },
        { id: 'confirm_no', title: 'No' },
      ],
    });
    expect(rendered.text).toBe('¿La confirmo?\n  [1] Sí, confirmar  [2] No');
    expect(rendered.choices).toEqual([
      { kind: 'button_reply', id: 'confirm_yes', title: 'Sí, confirmar' },
      { kind: 'button_reply', id: 'confirm_no', title: 'No' },
    ]);
  });

  it('numbers list rows across sections, with their descriptions', () => {
    const rendered = renderOne({
      type: 'list',
      text: 'Elige habitación',
      buttonLabel: 'Ver habitaciones',
      sections: [
        { title: 'Dobles', rows: [{ id: 'room:double', title: 'Doble', description: '109 €/noche' }] },
        { title: 'Suites', rows: [{ id: 'room:suite', title: 'Suite Junior' }] },
      ],
    });
    expect(rendered.text).toBe(
      [
        'Elige habitación',
        '  (Ver habitaciones)',
        '  Dobles',
        '  [1] Doble — 109 €/noche',
        '  Suites',
        '  [2] Suite Junior',
      ].join('\n'),
    );
    expect(rendered.choices.map((choice) => [choice.kind, choice.id])).toEqual([
      ['list_reply', 'room:double'],
      ['list_reply', 'room:suite'],
    ]);
  });

  it('shows a location with its name, address, coordinates and a maps link', () => {
    const rendered = renderOne({
      type: 'location',
      latitude: 40.4153,
      longitude: -3.7074,
      name: 'Hotel Demo',
      address: 'Calle Mayor 10, Madrid',
    });
    expect(rendered.text).toBe(
      '📍 Hotel Demo — Calle Mayor 10, Madrid (40.4153, -3.7074)\n   https://www.google.com/maps?q=40.4153,-3.7074',
    );
    expect(rendered.choices).toEqual([]);
  });

  it('shows a bare location as its coordinates', () => {
    expect(renderOne({ type: 'location', latitude: 1.5, longitude: 2 }).text).toBe(
      `📍 (1.5, 2)\n   ${mapsLink(1.5, 2)}`,
    );
  });

  it('shows an image as its caption and link', () => {
    expect(renderOne({ type: 'image', url: 'https://example.com/a.jpg', caption: 'Doble' }).text).toBe(
      '🖼  Doble <https://example.com/a.jpg>',
    );
    expect(renderOne({ type: 'image', url: 'https://example.com/a.jpg' }).text).toBe(
      '🖼  <https://example.com/a.jpg>',
    );
  });

  it('names what it cannot show instead of failing', () => {
    expect(renderGraphMessage({ type: 'sticker', sticker: {} }).text).toBe('[sticker]');
    expect(renderGraphMessage('not a body').text).toBe('[?]');
    expect(renderGraphMessage({ type: 'interactive' })).toEqual({ text: '', choices: [] });
  });
});

describe('isReadReceipt', () => {
  it('tells read receipts from messages', () => {
    expect(isReadReceipt({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.X' })).toBe(
      true,
    );
    expect(isReadReceipt(bodiesOf({ type: 'text', text: 'hola' })[0])).toBe(false);
    expect(isReadReceipt(null)).toBe(false);
  });
});

describe('pickChoice', () => {
  const choices = [
    { kind: 'button_reply' as const, id: 'confirm_yes', title: 'Sí' },
    { kind: 'button_reply' as const, id: 'confirm_no', title: 'No' },
  ];

  it('picks the option with the typed number', () => {
    expect(pickChoice('2', choices)?.id).toBe('confirm_no');
    expect(pickChoice(' 1 ', choices)?.id).toBe('confirm_yes');
  });

  it('picks nothing for text, numbers out of range, or when nothing was offered', () => {
    expect(pickChoice('sí', choices)).toBeUndefined();
    expect(pickChoice('3', choices)).toBeUndefined();
    expect(pickChoice('0', choices)).toBeUndefined();
    expect(pickChoice('2 personas', choices)).toBeUndefined();
    expect(pickChoice('1', [])).toBeUndefined();
  });
});
