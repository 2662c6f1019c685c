import { LinkButton } from '../components/link-button.tsx';
import { DetailNote } from '../item-views/detail-note.tsx';
import { formatRelation } from '../item-views/format-relation.ts';
import { ParticipantChipItems } from '../item-views/participant-chip-items.tsx';
import { SourceCitation } from '../item-views/source-citation.tsx';
import { formatDateRange } from '../model/format-partial-date.ts';
import type { EventDetail } from '../selectors/select-detail.ts';
import { capitalize } from '../item-views/capitalize.ts';
import { formatKind } from '../item-views/format-kind.ts';
import { DetailSection } from './detail-section.tsx';
import { StatementList } from './statement-list.tsx';
import { RepliesDrawn } from './replies-drawn.tsx';
import type { Model } from '../model/types.ts';
import type { DetailViewProps } from './detail-view-props.ts';

interface EventDetailViewProps extends DetailViewProps<EventDetail> {
  /** The model, for the replies its statements drew. */
  model: Model;
  /** How many sides spoke at the event (selectEventAccounts); two or more offer "Compare accounts". */
  sides?: number;
  /** Shows the accounts side by side. */
  onCompare?: () => void;
}

/**
 * An event: dateline, summary, what was said at and about it (right after the summary, so the first
 * quote is in view without scrolling), the curator's note, participants, relations, sources.
 */
export function EventDetailView({ detail, headingId, headingRef, onShow, colorOf, onCopyLink, model, sides = 0, onCompare }: EventDetailViewProps) {
  const { event, participants, saidAt, about, related, sources } = detail;
  const hasEnd = event.end !== undefined && event.end.raw !== event.start.raw;
  const date = formatDateRange(event.start, event.end, 'long');
  const lists = { onShow, colorOf, onCopyLink, currentId: event.id };

  return (
    <article className="detail-view">
      <header className="detail-header">
        <p className="detail-kicker">
          <span>Event</span>
          {/* The kind in words of its own (formatKind): an event of kind `statement` must not read like
              the statements quoted below it. */}
          <span className="detail-kicker-kind">
            <span className="visually-hidden">Kind: </span>
            {capitalize(formatKind(event.kind))}
          </span>
        </p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-title">
          {event.title}
        </h2>
        <p className="detail-dateline">
          {hasEnd ? <span>{date}</span> : <time dateTime={event.start.raw}>{date}</time>}
          {event.location && <span className="detail-location">{event.location.name}</span>}
        </p>
      </header>

      {event.summary !== undefined && <p className="detail-summary">{event.summary}</p>}

      {onCompare && sides > 1 && (
        <p className="compare-accounts__offer">
          <button type="button" className="button detail-action" onClick={onCompare}>
            {`Compare accounts (${sides} sides)`}
          </button>
        </p>
      )}
      <StatementList title="Said at this event" items={saidAt} {...lists} />
      <RepliesDrawn model={model} eventId={event.id} onShow={onShow} />
      <StatementList title="About this event" items={about} {...lists} />
      {saidAt.length === 0 && about.length === 0 && (
        <p className="detail-empty">This timeline records no statements at or about this event.</p>
      )}
      {event.note !== undefined && <DetailNote text={event.note} />}

      {participants.length > 0 && (
        <DetailSection title="Participants" listClassName="detail-chips">
          <ParticipantChipItems participants={participants} onShow={onShow} />
        </DetailSection>
      )}

      {related.length > 0 && (
        <DetailSection title="Related events" listClassName="detail-related">
          {related.map(({ event: other, relation, direction }, i) => (
            <li key={`${direction}-${other.id}-${i}`}>
              <span className="detail-relation">{capitalize(formatRelation(relation, direction))}</span>{' '}
              <LinkButton className="detail-link" onClick={() => onShow('event', other.id)}>
                {other.title}
              </LinkButton>
              <span className="detail-date-short"> ({formatDateRange(other.start, other.end, 'short')})</span>
            </li>
          ))}
        </DetailSection>
      )}

      {sources.length > 0 && (
        <DetailSection title="Sources" listClassName="detail-sources" ordered>
          {sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </DetailSection>
      )}
    </article>
  );
}
