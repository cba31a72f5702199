import type { IntentName } from '../../nlp/nlp.types';
import type { IntentHandler } from './intent-handler';
import type { IntentHandlerRegistry } from './intent-handler.registry';
import type { Turn } from './turn';

/**
 * The handler whose flow asked the yes/no question now pending, with its answer method; undefined
 * when no question is pending (a "sí" or "no" out of the blue).
 */
export function questionAsker(
  registry: IntentHandlerRegistry,
  turn: Turn,
  answer: 'confirm' | 'deny',
): ((turn: Turn) => Promise<void>) | undefined {
  if (turn.state.dialogue.awaiting !== 'confirmation') return undefined;
  const flow = turn.state.dialogue.flow as IntentName | null;
  const owner: IntentHandler | undefined = flow ? registry.get(flow) : undefined;
  return owner?.[answer]?.bind(owner);
}
