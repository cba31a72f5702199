import fc from 'fast-check';
import { cleanEmailText, htmlToEmailText, MAX_EMAIL_TEXT_CHARS } from './email-text';

describe('cleanEmailText', () => {
  it.each([
    [
      'a Spanish Gmail quote header',
      'Hola, ¿hay parking?\n\nEl lun, 24 nov 2026 a las 9:00, Hotel Demo <r@h.example> escribió:\n> Gracias',
      'Hola, ¿hay parking?',
    ],
    [
      'an English quote header wrapped over two lines',
      'Is breakfast included?\n\nOn Mon, Nov 24, 2026 at 9:00 AM Hotel Demo <\nreservas@hoteldemo.example> wrote:\n> Hi',
      'Is breakfast included?',
    ],
    [
      'a French quote header with a space before the colon',
      'Avez-vous une chambre ?\n\nLe lun. 24 nov. 2026 à 09:00, Hotel <r@h.example> a écrit :\n> Bonjour',
      'Avez-vous une chambre ?',
    ],
    [
      'an Outlook original-message separator',
      'Sí, confirmo.\n\n-----Mensaje original-----\nDe: Hotel',
      'Sí, confirmo.',
    ],
    [
      'an Outlook From/Sent block',
      'Perfecto.\n\nFrom: Hotel Demo <r@h.example>\nSent: Monday, November 24, 2026 9:00 AM\nTo: Ana',
      'Perfecto.',
    ],
    ['quoted lines anywhere', 'Primera línea\n> citado\nSegunda línea', 'Primera línea\nSegunda línea'],
    ['a signature after "-- "', '¿Aceptan perros?\n\n-- \nAna García\nTel. 600 000 000', '¿Aceptan perros?'],
    [
      'a mobile tail in Spanish',
      '¿A qué hora es el check-in?\n\nEnviado desde mi iPhone',
      '¿A qué hora es el check-in?',
    ],
    ['a mobile tail in English', 'What time is check-in?\n\nSent from my iPhone', 'What time is check-in?'],
    ['a sign-off with a name', 'Quería reservar.\n\nUn saludo,\nAna García', 'Quería reservar.'],
    ['a sign-off without a name', 'Quería reservar.\n\nThanks!', 'Quería reservar.'],
    ['CRLF line ends and extra blank lines', 'Uno\r\n\r\n\r\n\r\nDos\r\n', 'Uno\n\nDos'],
  ])('removes %s', (_case, input, expected) => {
    expect(cleanEmailText(input)).toBe(expected);
  });

  it.each([
    ['a message that is only a sign-off', 'Gracias,\nAna', 'Gracias,\nAna'],
    [
      'a line that merely starts like a quote header',
      'El lunes llegamos a las 9.\nGracias',
      'El lunes llegamos a las 9.',
    ],
    [
      'a sign-off followed by more than a name',
      'Gracias,\nllegaremos tarde, sobre las 23:00',
      'Gracias,\nllegaremos tarde, sobre las 23:00',
    ],
  ])('keeps %s', (_case, input, expected) => {
    expect(cleanEmailText(input)).toBe(expected);
  });

  it('keeps an answer written below the quote when nothing is above it', () => {
    const bottomPosted =
      'On Mon, Nov 24, 2026 at 9:00 AM Hotel <r@h.example> wrote:\n> ¿Cuántas noches?\n\nTres noches.';
    expect(cleanEmailText(bottomPosted)).toBe('Tres noches.');
  });

  it('bounds the text it returns', () => {
    expect(cleanEmailText('a'.repeat(MAX_EMAIL_TEXT_CHARS * 10)).length).toBe(MAX_EMAIL_TEXT_CHARS);
  });

  it('never throws and never returns surrounding whitespace', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '-- ',
        '> quoted',
        'Gracias,',
        'On Mon wrote:',
        'El lun escribió:',
        'From: x',
        'Sent: y',
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = cleanEmailText(lines.join('\n'));
        expect(text).toBe(text.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlToEmailText', () => {
  it("drops Gmail's quote and signature blocks, images and link targets", () => {
    const html =
      '<div dir="ltr">Hola, <b>¿tienen</b> cuna?<br><img src="cid:x"><a href="https://x.example">web</a></div>' +
      '<div class="gmail_signature">Ana · 600 000 000</div>' +
      '<div class="gmail_quote">El lun escribió:<blockquote class="gmail_quote">Hola</blockquote></div>';
    expect(htmlToEmailText(html).trim()).toBe('Hola, ¿tienen cuna?\nweb');
  });

  it('cuts oversized HTML quietly', () => {
    const warn = jest.spyOn(console, 'warn');
    expect(htmlToEmailText(`<p>${'a'.repeat(600 * 1024)}</p>`).length).toBeLessThanOrEqual(512 * 1024);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('decodes entities and keeps headings in their case', () => {
    expect(htmlToEmailText('<h1>Reserva</h1><p>2 adultos &amp; 1 ni&ntilde;o</p>')).toBe(
      'Reserva\n\n2 adultos & 1 niño',
    );
  });
});
