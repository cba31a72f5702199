import type { ReplyContent } from '../../messaging/outbound-message';

/**
 * Replies by e-mail arrive as separate mails, so texts are folded into the reply that follows them
 * (a question with options keeps its options): one mail per answer instead of a trickle.
 */
export function foldForEmail(replies: ReplyContent[]): ReplyContent[] {
  const folded: ReplyContent[] = [];
  let pending: string[] = [];
  for (const reply of replies) {
    if (reply.type === 'text') {
      pending.push(reply.text);
      continue;
    }
    if ((reply.type === 'buttons' || reply.type === 'list') && pending.length > 0) {
      folded.push({ ...reply, text: [...pending, reply.text].join('\n\n') });
    } else {
      if (pending.length > 0) folded.push({ type: 'text', text: pending.join('\n\n') });
      folded.push(reply);
    }
    pending = [];
  }
  if (pending.length > 0) folded.push({ type: 'text', text: pending.join('\n\n') });
  return folded;
}
