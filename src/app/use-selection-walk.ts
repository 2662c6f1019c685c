import { useMemo } from 'react';
import type { VisibleItems } from '../selectors/select-visible-items';
import type { Selection } from '../view-state/view-state';

/** Previous/next event in time order among the visible events, for the panel's walk buttons. */
export function useSelectionWalk(visible: VisibleItems, selection: Selection | null, showEvent: (id: string) => void) {
  return useMemo(() => {
    if (selection?.kind !== 'event') return {};
    const index = visible.events.indexOf(selection.id as never);
    if (index < 0) return {};
    const previous = visible.events[index - 1];
    const next = visible.events[index + 1];
    return {
      position: { index, total: visible.events.length },
      ...(previous ? { onPrevious: () => showEvent(previous) } : {}),
      ...(next ? { onNext: () => showEvent(next) } : {}),
    };
  }, [visible, selection, showEvent]);
}
