import { useMemo } from 'react';
import type { ShowDetail } from '../item-views/detail-callbacks.ts';
import { StanceBadge } from '../item-views/stance-badge.tsx';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { Model } from '../model/types.ts';
import { selectTopicPositions } from '../selectors/select-topic-positions.ts';

interface EventListPositionsProps {
  model: Model;
  /** Opens a position (or its actor) in the panel. */
  onShow: ShowDetail;
  /** The position open in the panel, marked. */
  selectedId?: string;
}

/**
 * The list view's "Positions": each topic with every position taken on it in time order, as text
 * (who, stance, since when, on what conditions, the curator's note), so the list and its print say
 * what the positions table shows.
 */
export function EventListPositions({ model, onShow, selectedId }: EventListPositionsProps) {
  const topics = useMemo(() => selectTopicPositions(model), [model]);
  if (topics.length === 0) return null;
  return (
    <section className="event-list__section event-list__positions" aria-labelledby="event-list-positions-heading">
      <h2 id="event-list-positions-heading" className="event-list__heading">
        Positions
      </h2>
      <p className="event-list__summary-line">Where each side stood on each question, in time order. Each position holds until the same side’s next one.</p>
      {topics.map(({ topic, positions }) => (
        <section key={topic.id} className="event-list__topic" aria-labelledby={`event-list-topic-${topic.id}`}>
          <h3 id={`event-list-topic-${topic.id}`} className="event-list__group-title">
            {topic.title}
          </h3>
          {topic.description !== undefined && <p className="event-list__topic-description">{topic.description}</p>}
          {positions.length === 0 ? (
            <p className="event-list__empty">No positions recorded.</p>
          ) : (
            <ol className="event-list__position-items">
              {positions.map((position) => {
                const actor = model.actors.get(position.actor);
                return (
                  <li key={position.id} className={position.id === selectedId ? 'event-list__position is-selected' : 'event-list__position'}>
                    <p className="event-list__position-line">
                      <time className="detail-date-short" dateTime={position.date.raw}>
                        {formatPartialDate(position.date, 'long')}
                      </time>{' '}
                      <button type="button" className="detail-link event-list__position-actor" onClick={() => onShow('position', position.id)}>
                        {actor?.name ?? position.actor}
                      </button>{' '}
                      <StanceBadge stance={position.stance} />
                    </p>
                    {position.conditions.length > 0 && (
                      <p className="event-list__position-conditions">
                        <span className="event-list__label">Conditions: </span>
                        {position.conditions.join('; ')}
                      </p>
                    )}
                    {position.note !== undefined && <p className="event-list__position-note">{position.note}</p>}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </section>
  );
}
