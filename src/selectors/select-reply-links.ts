import type { Actor, EventId, Model, Statement, StatementId, TimelineEvent } from '../model/types.ts';
import { selectReplies } from './select-replies.ts';

/** A statement named in a reply list: enough to say who, when and where, and to open it. */
export interface ReplyLink {
  readonly statement: Statement;
  readonly speaker?: Actor;
  /** The event it was said at. */
  readonly occasion?: TimelineEvent;
}

/** A reply to statements said at an event, with the statements of that event it answers. */
export interface ReplyDrawn extends ReplyLink {
  /** The statements said at the event that it answers, in time order. */
  readonly answers: readonly ReplyLink[];
}

function linkOf(model: Model, id: StatementId): ReplyLink | undefined {
  const statement = model.statements.get(id);
  if (!statement) return undefined;
  return {
    statement,
    speaker: model.actors.get(statement.speaker),
    occasion: statement.event === undefined ? undefined : model.events.get(statement.event),
  };
}

function linksOf(model: Model, ids: readonly StatementId[] | undefined): ReplyLink[] {
  const links: ReplyLink[] = [];
  for (const id of ids ?? []) {
    const link = linkOf(model, id);
    if (link) links.push(link);
  }
  return links;
}

/** What a statement answers and what answered it (selectReplies), resolved, each in time order. */
export function selectReplyLinks(model: Model, id: string): { inReplyTo: ReplyLink[]; replies: ReplyLink[] } {
  const { inReplyTo, replies } = selectReplies(model);
  return { inReplyTo: linksOf(model, inReplyTo.get(id as StatementId)), replies: linksOf(model, replies.get(id as StatementId)) };
}

/**
 * The replies that the statements said at an event drew from others, each once, in time order, with
 * the statements of the event each one answers: one reply to a whole news conference is listed once.
 */
export function selectRepliesDrawn(model: Model, eventId: string): ReplyDrawn[] {
  const { replies, position } = selectReplies(model);
  const answersOf = new Map<StatementId, StatementId[]>();
  for (const id of model.statementsAtEvent.get(eventId as EventId) ?? []) {
    for (const reply of replies.get(id) ?? []) {
      const list = answersOf.get(reply);
      if (list) list.push(id);
      else answersOf.set(reply, [id]);
    }
  }
  const drawn: ReplyDrawn[] = [];
  for (const reply of [...answersOf.keys()].sort((a, b) => position.get(a)! - position.get(b)!)) {
    const link = linkOf(model, reply);
    if (link) drawn.push({ ...link, answers: linksOf(model, answersOf.get(reply)) });
  }
  return drawn;
}
