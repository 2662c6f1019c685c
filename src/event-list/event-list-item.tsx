import { memo } from 'react';
import { LinkButton } from '../components/link-button.tsx';
import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import { formatRelation } from '../item-views/format-relation.ts';
import { ParticipantChipItems } from '../item-views/participant-chip-items.tsx';
import { SourceCitation } from '../item-views/source-citation.tsx';
import { formatDateRange } from '../model/format-partial-date.ts';
import { formatEventDate } from './format-event-date.ts';
import type { EventEntry } from './list-event-entries.ts';
import { getEntryId } from './use-scroll-to-selected.ts';
import { EventListQuote } from './event-list-quote.tsx';
import { capitalize } from '../item-views/capitalize.ts';
import { formatKind } from '../item-views/format-kind.ts';

interface EventListItemProps {
  /** The event with its references resolved. */
  entry: EventEntry;
  /** Whether the panel shows this event: marks the entry with aria-current. */
  selected: boolean;
  /** Id of a statement of this entry that the panel shows, marked with aria-current. */
  selectedStatementId?: string;
  /** Opens an event, actor or statement in the panel. */
  onShow: ShowDetail;
  /** The colour of a speaker, for the rule beside their quotes. */
  colorOf?: ColorOf;
  /** Opens the event's accounts side by side in the panel; offered when two or more sides spoke at it. */
  onCompare?: (eventId: string) => void;
}



/**
 * One event as a self-contained article: the heading names it, then date, kind and place, summary,
 * participants, what was said there, related events and sources, all linked like the panel links them.
 * Memoized: a new selection re-renders only the entries whose marking changes.
 */
export const EventListItem = memo(function EventListItem({
  entry, selected, selectedStatementId, onShow, colorOf, onCompare,
}: EventListItemProps) {
  const { event, participants, related, saidAt, sources } = entry;
  const entryId = getEntryId(event.id);
  const titleId = `${entryId}-title`;
  return (
    <article
      id={entryId}
      className={selected ? 'event-list__event is-selected' : 'event-list__event'}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
    >
      <header className="event-list__header">
        <h3 id={titleId} className="event-list__title">
          {event.title}
        </h3>
        <p className="event-list__dateline">
          <time dateTime={event.start.raw}>{formatEventDate(event)}</time>
          <span className="event-list__kind">
            <span className="visually-hidden">Kind: </span>
            {capitalize(formatKind(event.kind))}
          </span>
          {entry.sides > 1 && <span className="event-list__accounts">{`Accounts from ${entry.sides} sides`}</span>}
          {event.location && (
            <span className="event-list__location">
              <span className="visually-hidden">Location: </span>
              {event.location.name}
            </span>
          )}
        </p>
        <p className="event-list__actions">
          <button
            type="button"
            className="button detail-action event-list__open"
            // Escape in the panel returns focus to the element carrying the selected event's id.
            data-event-id={event.id}
            aria-label={`Open in panel: ${event.title}`} onClick={() => onShow('event', event.id)}>
            Open in panel
          </button>
          {onCompare && entry.sides > 1 && (
            <button type="button" className="button detail-action" aria-label={`Compare accounts: ${event.title}`} onClick={() => onCompare(event.id)}>
              Compare accounts
            </button>
          )}
          {selected && <span className="event-list__shown">Shown in the panel</span>}
        </p>
      </header>

      {event.summary !== undefined && <p className="event-list__summary">{event.summary}</p>}
      {event.note !== undefined && (
        <p className="event-list__note">
          <strong>Note:</strong> {event.note}
        </p>
      )}

      {participants.length > 0 && (
        <div className="event-list__group">
          <h4 id={`${entryId}-participants`} className="event-list__group-title">
            Participants
          </h4>
          <ul className="detail-chips event-list__chips" aria-labelledby={`${entryId}-participants`}>
            <ParticipantChipItems participants={participants} onShow={onShow} />
          </ul>
        </div>
      )}

      {saidAt.length > 0 && (
        <div className="event-list__group">
          <h4 id={`${entryId}-said`} className="event-list__group-title">
            Said at this event <span className="event-list__count">({saidAt.length})</span>
          </h4>
          <ul className="detail-quotes event-list__quotes" aria-labelledby={`${entryId}-said`}>
            {saidAt.map((summary) => (
              <EventListQuote key={summary.statement.id} summary={summary} selected={summary.statement.id === selectedStatementId} onShow={onShow} currentId={event.id} colorOf={colorOf} />
            ))}
          </ul>
        </div>
      )}

      {related.length > 0 && (
        <div className="event-list__group">
          <h4 id={`${entryId}-related`} className="event-list__group-title">
            Related events
          </h4>
          <ul className="detail-related event-list__related" aria-labelledby={`${entryId}-related`}>
            {related.map(({ event: other, relation, direction }, i) => (
              <li key={`${direction}-${other.id}-${i}`}>
                <span className="detail-relation">{capitalize(formatRelation(relation, direction))}</span>{' '}
                <LinkButton className="detail-link" onClick={() => onShow('event', other.id)}>
                  {other.title}
                </LinkButton>{' '}
                <span className="detail-date-short">({formatDateRange(other.start, other.end, 'short')})</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {sources.length > 0 && (
        <div className="event-list__group">
          <h4 id={`${entryId}-sources`} className="event-list__group-title">
            Sources
          </h4>
          <ol className="detail-sources event-list__sources" aria-labelledby={`${entryId}-sources`}>
            {sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </article>
  );
});
