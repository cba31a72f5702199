import type { IntentName, ParseResult } from '../../nlp/nlp.types';

/** Where a message goes: an intent's handler, or the fallback when nothing fits. */
export interface Routing {
  intent: IntentName | null;
  /** Why, for the logs: the tapped button, a numbered choice, the awaited slot, a follow-up, the NLU. */
  via: 'choice' | 'slot' | 'follow_up' | 'nlu' | 'none';
  /** The NLU's reading, plus what a tapped choice said (a room type). */
  nlu: ParseResult;
}
