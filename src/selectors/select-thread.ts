import type { Model, StatementId } from '../model/types.ts';
import { selectReplies } from './select-replies.ts';

/**
 * The thread of a statement: every statement connected to it by replies, in either direction and over
 * any number of steps, itself included, in time order. Empty for an unknown id.
 */
export function selectThread(model: Model, id: StatementId): StatementId[] {
  if (!model.statements.has(id)) return [];
  const { inReplyTo, replies, position } = selectReplies(model);
  const seen = new Set<StatementId>([id]);
  const queue: StatementId[] = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const next of [...(inReplyTo.get(current) ?? []), ...(replies.get(current) ?? [])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen].sort((a, b) => position.get(a)! - position.get(b)!);
}
