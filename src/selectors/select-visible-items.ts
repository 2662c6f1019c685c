import type { EventId, Model, StatementId } from '../model/types';
import type { ViewState } from '../view-state/view-state';
import { parsePartialDate } from '../model/partial-date';

export type ItemFilters = Pick<ViewState, 'actorFilter' | 'kindFilter' | 'verbatimOnly' | 'dateFilter'> & {
  /**
   * Only these statements (a reply thread, selectThread) and the events they were said at. The caller
   * resolves the thread, so the reply rule's code stays out of the first paint's script.
   */
  readonly threadIds?: ReadonlySet<string> | null;
};

/** What survives the filters, in time order; the timeline and the list both draw exactly this. */
export interface VisibleItems {
  readonly events: readonly EventId[];
  readonly statements: readonly StatementId[];
  readonly eventSet: ReadonlySet<EventId>;
  readonly statementSet: ReadonlySet<StatementId>;
  /** True when some filter is active, so views can say "12 of 40 events". */
  readonly isFiltered: boolean;
}

function overlaps(start: number, end: number, since: number, until: number): boolean {
  return end > since && start < until;
}

/**
 * Applies the thread and the actor, kind, verbatim and date filters. An event passes when one of its participants is
 * in the actor filter or affiliated with an actor in it; a statement passes when its speaker is, or when it was said at a passing event.
 */
export function selectVisibleItems(model: Model, filters: ItemFilters): VisibleItems {
  // Memoized on the last call: the app shell and the filter bar ask for the same items in one render,
  // and at 10,000 events each pass is a noticeable part of the first paint.
  const last = lastCall;
  if (last && last.model === model && isSameFilters(last.filters, filters)) return last.result;
  const result = computeVisibleItems(model, filters);
  lastCall = { model, filters: { ...filters }, result };
  return result;
}

let lastCall: { model: Model; filters: ItemFilters; result: VisibleItems } | undefined;

/** The filter values are replaced, never mutated, by the store: identity says whether they changed. */
function isSameFilters(a: ItemFilters, b: ItemFilters): boolean {
  return a.actorFilter === b.actorFilter && a.kindFilter === b.kindFilter && a.verbatimOnly === b.verbatimOnly && a.dateFilter === b.dateFilter && a.threadIds === b.threadIds;
}

function computeVisibleItems(model: Model, filters: ItemFilters): VisibleItems {
  // Choosing a state (or an organisation) includes the people affiliated with it: "Russia" shows Putin's events.
  const actors = new Set<string>(filters.actorFilter);
  if (actors.size > 0) {
    for (const actor of model.actors.values()) if (actor.affiliations.some((a) => filters.actorFilter.includes(a))) actors.add(actor.id);
  }
  const kinds = new Set(filters.kindFilter);
  const since = filters.dateFilter.since ? (parsePartialDate(filters.dateFilter.since)?.start ?? -Infinity) : -Infinity;
  const until = filters.dateFilter.until ? (parsePartialDate(filters.dateFilter.until)?.end ?? Infinity) : Infinity;
  // A thread keeps its statements and the events they were said at: the conversation and its occasions.
  const thread = filters.threadIds ?? undefined;
  const occasions = thread && new Set([...thread].map((id) => model.statements.get(id as StatementId)?.event));
  const isFiltered = actors.size > 0 || kinds.size > 0 || filters.verbatimOnly || since > -Infinity || until < Infinity || !!thread;
  // Nothing to filter: everything, in the model's own order, without a lookup per item (at 100,000
  // events those were ~0.1 s of the first paint).
  if (!isFiltered) return withLazySets(model.eventOrder, model.statementOrder, false, undefined);

  // Index loops, and no occasion lookup nor Set unless a filter needs them: at 10,000 events this
  // runs before the first paint, and with no filter set every one of those was work for nothing.
  const events: EventId[] = [];
  const eventOrder = model.eventOrder;
  for (let i = 0; i < eventOrder.length; i++) {
    const id = eventOrder[i]!;
    const event = model.events.get(id);
    if (!event) continue;
    if (occasions && !occasions.has(id)) continue;
    if (kinds.size > 0 && !kinds.has(event.kind)) continue;
    if (actors.size > 0 && !event.participants.some((p) => actors.has(p.actor))) continue;
    if (!overlaps(event.span.start, event.span.end, since, until)) continue;
    events.push(id);
  }
  const eventSet = actors.size > 0 ? new Set(events) : undefined;

  const statements: StatementId[] = [];
  const statementOrder = model.statementOrder;
  for (let i = 0; i < statementOrder.length; i++) {
    const id = statementOrder[i]!;
    const statement = model.statements.get(id);
    if (!statement) continue;
    if (thread && !thread.has(id)) continue;
    if (filters.verbatimOnly && statement.mode !== 'verbatim') continue;
    if (actors.size > 0 && !actors.has(statement.speaker) && !(statement.event && eventSet?.has(statement.event))) continue;
    // A statement said at an event of another kind goes with it; one without an occasion stays. The
    // occasion's kind is checked directly: the event may be out for another reason (its dates, its actors).
    if (kinds.size > 0) {
      const occasion = statement.event && model.events.get(statement.event);
      if (occasion && !kinds.has(occasion.kind)) continue;
    }
    if (!overlaps(statement.date.start, statement.date.end, since, until)) continue;
    statements.push(id);
  }
  return withLazySets(events, statements, isFiltered, eventSet);
}

/**
 * The items with their id sets built on first use: only "is this search result hidden?" asks, after
 * the first paint if ever, and 15,000 insertions are a noticeable part of that first paint.
 */
function withLazySets(events: readonly EventId[], statements: readonly StatementId[], isFiltered: boolean, eventSet: Set<EventId> | undefined): VisibleItems {
  let statementSet: Set<StatementId> | undefined;
  return {
    events,
    statements,
    get eventSet() {
      return (eventSet ??= new Set(events));
    },
    get statementSet() {
      return (statementSet ??= new Set(statements));
    },
    isFiltered,
  };
}
