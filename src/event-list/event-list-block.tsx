import { memo } from 'react';
import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import { EventListItem } from './event-list-item.tsx';
import type { EventEntry } from './list-event-entries.ts';

interface EventListBlockProps {
  /** A run of consecutive entries. */
  entries: readonly EventEntry[];
  /** The selected event, when it is in this block. */
  selectedEventId?: string;
  /** The selected statement, when its occasion is in this block. */
  selectedStatementId?: string;
  onShow: ShowDetail;
  colorOf?: ColorOf;
  onCompare?: (eventId: string) => void;
}

/**
 * A run of list items, memoized as a whole: adding a block or moving the selection re-renders only the
 * blocks concerned, not the other 10,000 entries.
 */
export const EventListBlock = memo(function EventListBlock({
  entries, selectedEventId, selectedStatementId, onShow, colorOf, onCompare,
}: EventListBlockProps) {
  return entries.map((entry) => (
    <li key={entry.event.id} className="event-list__item">
      <EventListItem
        entry={entry}
        selected={entry.event.id === selectedEventId}
        selectedStatementId={selectedStatementId !== undefined && entry.saidAt.some((s) => s.statement.id === selectedStatementId) ? selectedStatementId : undefined}
        onShow={onShow}
        colorOf={colorOf}
        onCompare={onCompare}
      />
    </li>
  ));
});
