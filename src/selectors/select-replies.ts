import type { EntityId, EventId, Model, Statement, StatementId } from '../model/types.ts';
import { getActorSide } from './get-actor-state.ts';

/** Who answered whom: both directions of the reply relation, each list in time order. */
export interface ReplyIndex {
  /** What each statement answers; no entry for a statement that answers nothing. */
  readonly inReplyTo: ReadonlyMap<StatementId, readonly StatementId[]>;
  /** What answered each statement; no entry for a statement nobody answered. */
  readonly replies: ReadonlyMap<StatementId, readonly StatementId[]>;
  /** Each statement's place in `model.statementOrder`, for sorting ids into time order. */
  readonly position: ReadonlyMap<StatementId, number>;
}

/**
 * The reply rule, the one definition every view applies: `reply` answers `original` when
 * - they have different speakers,
 * - `reply` is not dated before `original` (overlapping dates of different precision count as not before),
 * - and `reply.about` names `original` itself, or names the event `original` was said at, provided the
 *   two speakers are on different sides (getActorSide) and `reply` was not said at that event too.
 *
 * Naming a statement is a deliberate link and counts from anyone else. Naming an event is a looser one:
 * in the bundled model it made the CIA director's remark "answer" the White House's statement on the
 * same aid pause, and the Jeddah joint statement "answer" both; one side's officials speaking about
 * their own side's act are following it up, not answering it. Two accounts of one occasion (both said
 * at it) are compared, not answered (see selectEventAccounts).
 */
export function isReplyTo(model: Model, reply: Statement, original: Statement): boolean {
  if (reply.id === original.id || reply.speaker === original.speaker) return false;
  if (reply.date.end <= original.date.start) return false;
  if (reply.about.includes(original.id)) return true;
  const occasion = original.event;
  return (
    occasion !== undefined &&
    reply.event !== occasion &&
    reply.about.includes(occasion) &&
    getActorSide(model, reply.speaker) !== getActorSide(model, original.speaker)
  );
}

const cache = new WeakMap<Model, ReplyIndex>();

/**
 * Every reply in the model, by the rule of isReplyTo, built once per model. Only statements a reply
 * names (directly, or through the event they were said at) are tested, so the cost is the number of
 * `about` links plus the statements at the events they name.
 */
export function selectReplies(model: Model): ReplyIndex {
  const cached = cache.get(model);
  if (cached) return cached;
  const position = new Map<StatementId, number>();
  model.statementOrder.forEach((id, i) => position.set(id, i));
  const inReplyTo = new Map<StatementId, StatementId[]>();
  const replies = new Map<StatementId, StatementId[]>();
  for (const replyId of model.statementOrder) {
    const reply = model.statements.get(replyId);
    if (!reply || reply.about.length === 0) continue;
    const answered = new Set<StatementId>();
    const consider = (id: StatementId) => {
      const original = model.statements.get(id);
      if (original && !answered.has(id) && isReplyTo(model, reply, original)) answered.add(id);
    };
    for (const target of reply.about) {
      if (model.statements.has(target as StatementId)) consider(target as StatementId);
      else for (const id of model.statementsAtEvent.get(target as EntityId as EventId) ?? []) consider(id);
    }
    if (answered.size === 0) continue;
    const originals = [...answered].sort((a, b) => position.get(a)! - position.get(b)!);
    inReplyTo.set(replyId, originals);
    // Replies are visited in time order, so each list of replies is in time order as it grows.
    for (const id of originals) {
      const list = replies.get(id);
      if (list) list.push(replyId);
      else replies.set(id, [replyId]);
    }
  }
  const index: ReplyIndex = { inReplyTo, replies, position };
  cache.set(model, index);
  return index;
}
