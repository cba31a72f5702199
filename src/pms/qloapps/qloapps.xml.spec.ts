import { fixture } from '../../../test/support/fake-qloapps-hotel';
import { buildHotelAriXml, buildOrderHistoryXml, escapeXml } from './qloapps.xml';

const squeeze = (xml: string): string => xml.replace(/>\s+</g, '><').trim();

describe('QloApps XML bodies', () => {
  it('builds the hotel_ari request of the reference, children 0 included', () => {
    const xml = buildHotelAriXml({
      hotelId: 1,
      dateFrom: '2026-12-12',
      dateTo: '2026-12-15',
      adults: 2,
      children: 0,
    });
    expect(squeeze(xml)).toBe(squeeze(fixture('hotel-ari-request.xml')));
  });

  it('asks about one room type when given one', () => {
    const xml = buildHotelAriXml({
      hotelId: 1,
      dateFrom: '2026-12-12',
      dateTo: '2026-12-15',
      roomTypeId: 4,
      adults: 1,
      children: 0,
    });
    expect(xml).toContain('<id_room_type>4</id_room_type>');
  });

  it('builds the order history that cancels an order', () => {
    expect(squeeze(buildOrderHistoryXml(42, 4))).toBe(squeeze(fixture('order-history-cancel.xml')));
  });

  it.each([
    ['Ana & <Bob>', 'Ana &amp; &lt;Bob&gt;'],
    [`"it's"`, '&quot;it&apos;s&quot;'],
    ['tab\there', 'tab\there'],
    ['bell\u0007 and lone \ud800 surrogate', 'bell and lone  surrogate'],
    ['García 🌞', 'García 🌞'],
  ])('escapes %p as %p', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});
