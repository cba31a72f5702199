// XML request bodies: `hotel_ari` and the classic entities take XML only (`<qloapps><entity>…`).

export interface HotelAriRequest {
  hotelId: number;
  /** `YYYY-MM-DD`. */
  dateFrom: string;
  /** Check-out, `YYYY-MM-DD`. */
  dateTo: string;
  roomTypeId?: number;
  adults: number;
  children: number;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Characters XML 1.0 cannot carry: control characters other than tab and newlines, lone surrogates.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an XML element or attribute; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

function element(name: string, value: string | number): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function document(entity: string, children: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<qloapps>',
    `  <${entity}>`,
    ...children.map((child) => `    ${child}`),
    `  </${entity}>`,
    '</qloapps>',
    '',
  ].join('\n');
}

/**
 * One room, one `room_occupancy`: `total_price` then covers one room. `children` must be present even
 * when 0, and `get_available_rooms` makes QloApps list the free rooms we count.
 */
export function buildHotelAriXml(request: HotelAriRequest): string {
  return document('hotel_ari', [
    element('id_hotel', request.hotelId),
    element('date_from', request.dateFrom),
    element('date_to', request.dateTo),
    ...(request.roomTypeId === undefined ? [] : [element('id_room_type', request.roomTypeId)]),
    element('get_available_rooms', 1),
    '<associations>',
    '  <room_occupancies>',
    `    <room_occupancy>${element('adults', request.adults)}${element('children', request.children)}</room_occupancy>`,
    '  </room_occupancies>',
    '</associations>',
  ]);
}

/** A new order history entry: how QloApps changes an order's state (4 = cancelled). */
export function buildOrderHistoryXml(orderId: number, orderStateId: number): string {
  return document('order_history', [element('id_order', orderId), element('id_order_state', orderStateId)]);
}
