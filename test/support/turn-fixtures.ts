import { BUNDLED_TENANTS_FILE } from '../../src/config/app-config';
import type { UnifiedMessage } from '../../src/messaging/unified-message';
import type { Entity, ParseResult } from '../../src/nlp/nlp.types';
import type { ConversationState } from '../../src/orchestrator/dialogue/conversation-state';
import { Turn } from '../../src/orchestrator/dialogue/turn';
import { Phrasebook } from '../../src/orchestrator/replies/phrasebook';
import type { Tenant } from '../../src/tenants/tenant';
import { loadTenantFile } from '../../src/tenants/tenant-file';

/** The bundled demo hotel, as the app loads it. */
export function demoTenant(): Tenant {
  return structuredClone(loadTenantFile(BUNDLED_TENANTS_FILE)[0]);
}

export function guestMessage(overrides: Partial<UnifiedMessage> = {}): UnifiedMessage {
  return {
    id: 'wamid.T1',
    channel: 'whatsapp',
    tenantId: 'demo',
    from: '34611111111',
    fromName: 'Ana López',
    kind: 'text',
    text: 'hola',
    phoneNumberId: '100000000000001',
    receivedAt: '2026-11-25T10:00:00.000Z',
    correlationId: 'c-1',
    ...overrides,
  };
}

export function parse(
  intent: ParseResult['intent'],
  entities: Entity[] = [],
  confidence = 0.95,
): ParseResult {
  return { intent, confidence, language: 'es', entities };
}

export function freshState(overrides: Partial<ConversationState> = {}): ConversationState {
  return {
    language: 'es',
    guestName: null,
    dialogue: { flow: null, awaiting: null, slots: {} },
    fallbackCount: 0,
    handoff: false,
    ...overrides,
  };
}

export function makeTurn(
  options: {
    nlu?: ParseResult;
    state?: ConversationState;
    message?: Partial<UnifiedMessage>;
    tenant?: Tenant;
    signal?: AbortSignal;
    now?: Date;
  } = {},
): Turn {
  return new Turn(
    guestMessage(options.message),
    options.tenant ?? demoTenant(),
    options.nlu ?? parse('None', [], 0),
    options.state ?? freshState(),
    options.signal ?? new AbortController().signal,
    options.now ?? new Date('2026-11-25T10:00:00Z'),
    new Phrasebook(),
  );
}

export const entity = {
  range: (checkIn: string, checkOut: string): Entity => ({
    type: 'date_range',
    value: { checkIn, checkOut },
    text: '',
    start: 0,
    end: 0,
  }),
  date: (date: string): Entity => ({ type: 'date', value: { date }, text: '', start: 0, end: 0 }),
  nights: (nights: number): Entity => ({ type: 'nights', value: { nights }, text: '', start: 0, end: 0 }),
  month: (month: number): Entity => ({ type: 'month', value: { month }, text: '', start: 0, end: 0 }),
  guests: (total: number): Entity => ({
    type: 'guests',
    value: { adults: total, children: 0, infants: 0, total },
    text: '',
    start: 0,
    end: 0,
  }),
  rooms: (rooms: number): Entity => ({ type: 'rooms', value: { rooms }, text: '', start: 0, end: 0 }),
  /** `alsoFits`: the other room types the same words name ("la doble": the Superior too). */
  room: (roomTypeId: string, alsoFits?: string[]): Entity => ({
    type: 'room_type',
    value: alsoFits ? { roomTypeId, alsoFits } : { roomTypeId },
    text: '',
    start: 0,
    end: 0,
  }),
  reference: (reference: string): Entity => ({
    type: 'reference',
    value: { reference },
    text: '',
    start: 0,
    end: 0,
  }),
  name: (name: string): Entity => ({ type: 'guest_name', value: { name }, text: '', start: 0, end: 0 }),
  email: (email: string): Entity => ({ type: 'email', value: { email }, text: email, start: 0, end: 0 }),
  topic: (topic: Extract<Entity, { type: 'info_topic' }>['value']['topic']): Entity => ({
    type: 'info_topic',
    value: { topic },
    text: '',
    start: 0,
    end: 0,
  }),
};
