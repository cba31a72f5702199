import { setStayAside } from '../booking/stay-set-aside';
import { endFlow } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';

/**
 * A goodbye ("adiós", "thanks, bye"): the flow ends. At rooms, an offer or a summary for a whole stay,
 * no question stands (no later "sí" books), but the stay does, so that "wait, I still want the room"
 * picks it up again (until the flow idles out).
 */
export function takeLeave(turn: Turn): void {
  if (setStayAside(turn.state)) return turn.say('goodbye.stay_kept', { name: turn.nameOrNone });
  endFlow(turn.state);
  turn.say('goodbye', { name: turn.nameOrNone });
}
