import type { RoomType } from '../../tenants/tenant';
import type { ParseResult } from '../nlp.types';
import type { ParseRequest } from '../parse-text';

/**
 * A text to parse. A hotel's room types cross the thread boundary only when the thread has not seen
 * that version of them yet: `roomTypes` is set then, and the thread keeps them under `tenantKey`.
 */
export interface ParseMessage {
  id: number;
  request: Omit<ParseRequest, 'roomTypes'>;
  tenantKey: string;
  roomTypesVersion: number;
  roomTypes?: readonly RoomType[];
}

export type ThreadMessage =
  | { kind: 'ready'; trainingMs: number }
  | { kind: 'training-failed'; message: string }
  | { kind: 'parsed'; id: number; result: ParseResult }
  | { kind: 'failed'; id: number; message: string };
