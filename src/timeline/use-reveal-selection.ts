import { useCallback, useEffect, useRef } from 'react';
import type { EventId, Model, StatementId, TimeSpan } from '../model/types';
import type { Selection } from '../view-state/view-state';
import type { TimelineViewport } from './use-timeline-viewport';

/** Narrowest window a reveal from afar zooms to around one item, so it is seen amid its neighbours. */
const REVEAL_MIN_SPAN = 10 * 86_400_000;
/** An item at least this share of the window wide is fitted whole (with a margin), not centred. */
const FIT_SHARE = 0.8;

interface RevealOptions {
  readonly model: Model;
  readonly selection: Selection | null;
  readonly viewport: Pick<TimelineViewport, 'shown' | 'show'>;
  /** The scene is laid out at a real width, all of it (not only the first paint's rows). */
  readonly ready: boolean;
  /** True for a selection that arrives with a window of its own to keep (a story step's): not revealed. */
  readonly keepsWindow?: (id: string) => boolean;
}

/**
 * The window that shows `item`, or undefined when `shown` already does. An item inside the window is
 * drawn as its own mark: the scene always draws the emphasised item (the selection, or the event the
 * keyboard walked to) on its own, so there is no need to zoom in until a cluster lets go of it.
 */
export function windowRevealing(item: TimeSpan, shown: TimeSpan): { window: TimeSpan; fit: boolean } | undefined {
  if (item.start >= shown.start && item.end <= shown.end) return undefined;
  const length = item.end - item.start;
  const span = Math.max(shown.end - shown.start, REVEAL_MIN_SPAN);
  if (length >= span * FIT_SHARE) return { window: item, fit: true };
  const centre = (item.start + item.end) / 2;
  return { window: { start: centre - span / 2, end: centre + span / 2 }, fit: false };
}

/**
 * Brings an item (an event, or a statement's quote marker) into view, panning at the same zoom where
 * it can; and does so for a selection made elsewhere (search, list, URL, host page).
 */
export function useRevealSelection({ model, selection, viewport, ready, keepsWindow }: RevealOptions) {
  const { shown, show } = viewport;
  const reveal = useCallback(
    (id: string) => {
      const span = model.events.get(id as EventId)?.span ?? model.statements.get(id as StatementId)?.date;
      const target = span && windowRevealing(span, shown);
      if (target) show(target.window, { fit: target.fit });
    },
    [model, shown, show],
  );

  const revealId = selection && selection.kind !== 'actor' ? selection.id : undefined;
  const lastRevealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!revealId || revealId === lastRevealed.current || !ready) return;
    lastRevealed.current = revealId;
    if (keepsWindow?.(revealId)) return;
    reveal(revealId);
    // keepsWindow is asked at the moment a selection arrives, not a reason to reveal again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealId, ready, reveal]);

  return reveal;
}
