import type { ActorId, Model, StatementId } from '../model/types.ts';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { ViewStore } from '../view-state/view-store.ts';
import type { FilterChip } from './active-filter-chips.tsx';
import { formatKind } from '../item-views/format-kind.ts';

type FilterState = Pick<ViewStore, 'actorFilter' | 'kindFilter' | 'verbatimOnly' | 'dateFilter'> & { thread?: string | null };
type FilterActions = Pick<ViewStore, 'toggleActorFilter' | 'toggleKindFilter' | 'setVerbatimOnly' | 'setDateFilter'> & Partial<Pick<ViewStore, 'showThread'>>;

/** One removable chip per active filter: a reply thread, actors, kinds, the two ends of the date range, verbatim. */
export function listFilterChips(model: Model, state: FilterState, actions: FilterActions): FilterChip[] {
  const { since, until } = state.dateFilter;
  const thread = state.thread ? model.statements.get(state.thread as StatementId) : undefined;
  return [
    ...(thread && actions.showThread
      ? [{
          key: 'thread',
          label: `Thread: ${model.actors.get(thread.speaker)?.name ?? thread.speaker}, ${formatPartialDate(thread.date, 'short')}`,
          onRemove: () => actions.showThread?.(null),
        }]
      : []),
    ...state.actorFilter.map((id) => ({
      key: `actor:${id}`,
      label: `Actor: ${model.actors.get(id as ActorId)?.name ?? id}`,
      onRemove: () => actions.toggleActorFilter(id),
    })),
    ...state.kindFilter.map((kind) => ({
      key: `kind:${kind}`,
      label: `Kind: ${formatKind(kind)}`,
      onRemove: () => actions.toggleKindFilter(kind),
    })),
    ...(since ? [{ key: 'since', label: `Since: ${since}`, onRemove: () => actions.setDateFilter({ until }) }] : []),
    ...(until ? [{ key: 'until', label: `Until: ${until}`, onRemove: () => actions.setDateFilter({ since }) }] : []),
    ...(state.verbatimOnly
      ? [{ key: 'verbatim', label: 'Verbatim quotes only', onRemove: () => actions.setVerbatimOnly(false) }]
      : []),
  ];
}
