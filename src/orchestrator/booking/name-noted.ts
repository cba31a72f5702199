import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';

/**
 * "Al final somos 3, a nombre de Laura Gómez" at "whose name?", or the name typed at the rooms
 * offered: when the stay goes back to its rooms rather than to the summary (which shows the name),
 * the guest hears first that the name is kept, not an offer that seems to ignore it. `from`: where
 * this turn's booking replies begin.
 */
export function sayNameNoted(turn: Turn, slots: BookingSlots, from: number): void {
  const name = turn.entity('guest_name')?.value.name;
  if (!name || slots.guestName !== name || slots.step === 'summary') return;
  if (turn.state.dialogue.awaiting === 'guest_name') return;
  turn.replies.splice(from, 0, { type: 'text', text: turn.text('booking.name_noted', { name }) });
}
