import type { ActorId, EventId, Model, PositionId, StatementId, TopicId } from '../model/types.ts';
import type { ViewState } from './view-state.ts';

/**
 * Drops what the loaded model does not have: a selection, thread or relations cell of an unknown id, an unknown
 * stance topic, unknown actors in the actor filter, unknown event kinds in the kind filter, each with a notice such as
 * `No event "x" in this model.` Fields that need no change are returned as they were (same object).
 */
export function reconcileWithModel<S extends Partial<ViewState>>(state: S, model: Model): { state: S; notices: string[] } {
  const notices: string[] = [];
  const next: { -readonly [K in keyof ViewState]?: ViewState[K] } = { ...state };

  const selection = state.selection;
  if (selection) {
    const known =
      selection.kind === 'event' ? model.events.has(selection.id as EventId)
      : selection.kind === 'actor' ? model.actors.has(selection.id as ActorId)
      : selection.kind === 'position' ? model.positions.has(selection.id as PositionId)
      : model.statements.has(selection.id as StatementId);
    if (!known) {
      notices.push(`No ${selection.kind} "${selection.id}" in this model.`);
      next.selection = null;
    }
  }

  if (state.thread && !model.statements.has(state.thread as StatementId)) {
    notices.push(`No statement "${state.thread}" in this model.`);
    next.thread = null;
  }

  const cell = state.relationCell;
  const missing = cell && [cell.speaker, cell.subject].find((id) => !model.actors.has(id as ActorId));
  if (missing) {
    notices.push(`No actor "${missing}" in this model.`);
    next.relationCell = null;
  }

  if (state.actorFilter?.length) {
    const unknown = state.actorFilter.filter((id) => !model.actors.has(id as ActorId));
    for (const id of unknown) notices.push(`No actor "${id}" in this model; it was left out of the filter.`);
    if (unknown.length > 0) next.actorFilter = state.actorFilter.filter((id) => model.actors.has(id as ActorId));
  }

  if (state.kindFilter?.length) {
    const kinds = new Set<string>();
    for (const event of model.events.values()) kinds.add(event.kind);
    const unknown = state.kindFilter.filter((kind) => !kinds.has(kind));
    for (const kind of unknown) notices.push(`No events of kind "${kind}" in this model; it was left out of the filter.`);
    if (unknown.length > 0) next.kindFilter = state.kindFilter.filter((kind) => kinds.has(kind));
  }

  if (state.view === 'positions' && model.topics.size === 0) {
    notices.push('This model records no positions; showing the timeline.');
    next.view = 'timeline';
  }

  if (state.stanceTopic && !model.topics.has(state.stanceTopic as TopicId)) {
    notices.push(`No topic "${state.stanceTopic}" in this model; no stances are drawn on the timeline.`);
    next.stanceTopic = null;
  }

  return { state: notices.length > 0 ? (next as S) : state, notices };
}
