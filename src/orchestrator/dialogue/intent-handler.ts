import type { IntentName } from '../../nlp/nlp.types';
import type { Turn } from './turn';

/**
 * Answers one intent. Each intent has exactly one handler class, registered as a provider of the
 * orchestrator module; the registry finds them by this base class, so adding an intent touches no
 * dispatcher. Handlers that own a multi-turn flow also take the guest's yes or no to their question.
 */
export abstract class IntentHandler {
  abstract readonly intent: IntentName;

  abstract handle(turn: Turn): Promise<void>;

  /** The guest said yes to the question this handler's flow asked. */
  confirm?(turn: Turn): Promise<void>;

  /** The guest said no to it. */
  deny?(turn: Turn): Promise<void>;
}
