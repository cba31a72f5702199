import type { PhraseKey } from '../replies/phrasebook';
import type { Awaiting } from './conversation-state';
import type { Turn } from './turn';

/** Each detail's question, and what it asks for said plainly with an example. */
const HELP: Partial<Record<PhraseKey, PhraseKey>> = {
  'ask.dates': 'booking.help.dates',
  'ask.check_out': 'booking.help.check_out',
  'ask.guests': 'booking.help.guests',
  'ask.room_type': 'booking.help.room_type',
  'ask.guest_name': 'booking.help.guest_name',
  'ask.room_guest_name': 'booking.help.guest_name',
  'ask.guest_surname': 'booking.help.guest_name',
};

/** What a detail's question asks for, said plainly with an example. */
export function helpKeyFor(question: PhraseKey): PhraseKey | null {
  return HELP[question] ?? null;
}

/**
 * Asks a booking's detail, unless it was asked straight before and the answer filled nothing ("ok",
 * "yep go ahead" at "For how many people?"): then not the same words again, but "sorry, I didn't get
 * that" and what it asks for with an example; from the third time, also how to reach the hotel. A
 * turn that said something first (an aside answered) or carried a detail (another slot filled) asks
 * plainly and counts nothing.
 */
export function askDetail(turn: Turn, awaiting: Awaiting, key: PhraseKey): void {
  const { dialogue } = turn.state;
  // The room's question stands on its list, whose buttons say what to do.
  const help = key === 'ask.room_type' ? null : helpKeyFor(key);
  const unanswered = dialogue.awaiting === awaiting && turn.nlu.entities.length === 0;
  // Another question, or a detail said: the count starts again.
  if (!unanswered) delete dialogue.slots.timesAsked;
  if (!unanswered || turn.replies.length > 0 || !help) {
    turn.say(key);
    return;
  }
  const times = (typeof dialogue.slots.timesAsked === 'number' ? dialogue.slots.timesAsked : 1) + 1;
  dialogue.slots.timesAsked = times;
  turn.say('fallback.slot');
  turn.say(help);
  if (times >= 3)
    turn.say('booking.other_ways', { phone: turn.tenant.info.phone, email: turn.tenant.info.email });
}
