import type { EventId, Model, StatementId } from '../model/types.ts';
import type { Selection } from '../view-state/view-state.ts';
import { selectReplies } from './select-replies.ts';
import { selectThread } from './select-thread.ts';

/** One reply, drawn as an arc from the reply to what it answers. */
export interface ReplyArc {
  readonly reply: StatementId;
  readonly original: StatementId;
}

/**
 * The replies to draw on the timeline: for a selected statement, what it answers and what answered it;
 * for a selected event, the same for every statement said at it; for a thread (`thread=`), every reply
 * within it. Each pair once, replies in time order.
 */
export function selectReplyArcs(model: Model, selection: Selection | null, thread: string | null): ReplyArc[] {
  const { inReplyTo, replies, position } = selectReplies(model);
  const seen = new Set<string>();
  const arcs: ReplyArc[] = [];
  const add = (reply: StatementId, original: StatementId) => {
    const key = `${reply}\u0000${original}`;
    if (seen.has(key)) return;
    seen.add(key);
    arcs.push({ reply, original });
  };
  const around = (id: StatementId) => {
    for (const original of inReplyTo.get(id) ?? []) add(id, original);
    for (const reply of replies.get(id) ?? []) add(reply, id);
  };
  if (selection?.kind === 'statement') around(selection.id as StatementId);
  else if (selection?.kind === 'event') for (const id of model.statementsAtEvent.get(selection.id as EventId) ?? []) around(id);
  if (thread) {
    const members = new Set(selectThread(model, thread as StatementId));
    for (const id of members) for (const original of inReplyTo.get(id) ?? []) if (members.has(original)) add(id, original);
  }
  return arcs.sort((a, b) => position.get(a.reply)! - position.get(b.reply)! || position.get(a.original)! - position.get(b.original)!);
}
