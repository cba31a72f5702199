import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsRejectedError } from '../../pms/pms.errors';
import type { Reservation } from '../../pms/pms.types';
import type { FlowName } from './conversation-state';
import { startFlow } from './conversation-state';
import { answerPmsUnavailable } from './pms-trouble';
import type { Turn } from './turn';

/**
 * The reservation the guest means: the code they wrote, or the one booked earlier in this
 * conversation. Asks for the code when there is none; answers "not found" or "cannot check now"
 * itself. Returns the reservation, or null when the guest has been answered already.
 */
export async function findGuestReservation(
  turn: Turn,
  pms: PmsAdapter,
  flow: FlowName,
): Promise<Reservation | null> {
  startFlow(turn.state, flow);
  const named = turn.entity('reference')?.value.reference;
  const misnamed = named ? undefined : notACode(turn.message.text ?? '');
  if (misnamed) {
    // "cancel booking 12345" is about 12345: never the booking made earlier in the conversation.
    turn.say('reference.not_found', { reference: misnamed });
    turn.state.dialogue.awaiting = 'reference';
    return null;
  }
  const remembered = turn.state.dialogue.slots.lastReference;
  const reference = named ?? (typeof remembered === 'string' ? remembered : undefined);
  if (!reference) {
    turn.say('ask.reference');
    turn.state.dialogue.awaiting = 'reference';
    return null;
  }
  try {
    return await pms.getReservation(turn.tenant.id, reference, turn.signal);
  } catch (error) {
    if (error instanceof PmsRejectedError && error.reason === 'unknown_reference') {
      turn.say('reference.not_found', { reference });
      turn.state.dialogue.awaiting = 'reference';
      return null;
    }
    if (answerPmsUnavailable(turn, error)) return null;
    throw error;
  }
}

/** A code named after a cue ("booking 12345", "reserva nº 4411-B") that is not one of ours. */
const CUED_TOKEN =
  /\b(?:reservas?|reservation|booking|codigo|código|code|localizador|referencia|reference|ref)\b[\s:#nº°.]*(?:(?:is|es|number|numero|número)\s+)?([A-Za-z0-9][A-Za-z0-9-]{2,14})\b/iu;

function notACode(text: string): string | undefined {
  const token = CUED_TOKEN.exec(text)?.[1];
  return token && /\d/.test(token) ? token : undefined;
}
