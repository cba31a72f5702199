import type { ReplyContent } from '../../messaging/outbound-message';
import type { Language } from '../../nlp/nlp.types';
import type { ConversationState } from '../dialogue/conversation-state';

export type ProcessOutcome =
  | 'answered'
  | 'fallback'
  | 'handoff'
  | 'silenced'
  | 'throttled'
  | 'ignored'
  | 'unsupported'
  | 'voice_unavailable'
  | 'timeout'
  | 'error';

/** What one guest message produced. */
export interface PipelineResult {
  replies: ReplyContent[];
  /** Messages for the hotel's staff (a handoff notice), in the hotel's language. */
  staffNotices: string[];
  /** The conversation to save; null keeps the stored one (only the message is marked handled). */
  state: ConversationState | null;
  /** The intent that answered, for metrics and the session's history ('none' when no handler ran). */
  intent: string;
  confidence: number;
  outcome: ProcessOutcome;
  language: Language;
}

/** A result that leaves the conversation as it was: no state to save, no intent. */
export function quietResult(
  outcome: ProcessOutcome,
  language: Language,
  replies: ReplyContent[] = [],
  staffNotices: string[] = [],
): PipelineResult {
  return { replies, staffNotices, state: null, intent: 'none', confidence: 0, outcome, language };
}
