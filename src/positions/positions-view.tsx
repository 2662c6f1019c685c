import { useId, useMemo } from 'react';
import type { Model } from '../model/types.ts';
import { formatPartialDate } from '../model/format-partial-date.ts';
import { selectPositionGrid } from '../selectors/select-position-grid.ts';
import { selectAdjacentChanges, selectPositionChanges } from '../selectors/select-position-changes.ts';
import { selectPositionsDate } from '../selectors/select-positions-date.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { PositionCellButton } from './position-cell-button.tsx';
import { StanceLegend } from './stance-legend.tsx';
import '../item-views/item-views.css';
import './positions.css';

interface PositionsViewProps {
  /** The model whose topics and positions are shown. */
  model: Model;
}

/**
 * Where each actor stands on each topic at one date: a table of actors (rows) × topics (columns), each
 * cell naming the stance in words with its icon and since when, and opening the position in the panel.
 * The date is the URL's `at`, else the end of the timeline's window; Previous change and Next change
 * step through the dates on which any position changed.
 */
export function PositionsView({ model }: PositionsViewProps) {
  const chosen = useViewStore((s) => s.positionsAt);
  const windowTo = useViewStore((s) => s.window?.to);
  const selection = useViewStore((s) => s.selection);
  const setPositionsDate = useViewStore((s) => s.setPositionsDate);
  const showPosition = useViewStore((s) => s.showPosition);
  const captionId = useId();

  const date = useMemo(() => selectPositionsDate(model, chosen, windowTo), [model, chosen, windowTo]);
  const changes = useMemo(() => selectPositionChanges(model), [model]);
  const grid = useMemo(() => (date ? selectPositionGrid(model, date) : undefined), [model, date]);
  const { previous, next } = date ? selectAdjacentChanges(changes, date) : {};
  const selectedId = selection?.kind === 'position' ? selection.id : undefined;

  if (!date || !grid || grid.topics.length === 0) {
    return (
      <section className="positions-view" aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="positions-view__heading">Positions</h2>
        <p className="positions-view__empty">This timeline records no positions.</p>
      </section>
    );
  }
  const when = formatPartialDate(date, 'long');

  return (
    <section className="positions-view" aria-labelledby="positions-heading">
      <header className="positions-view__header">
        <h2 id="positions-heading" className="positions-view__heading">Positions</h2>
        <p className="positions-view__intro">
          Where each side stood on each question, and since when. Open a position for the quotes it rests on.
        </p>
        <div className="positions-view__dates" role="group" aria-label="Date shown">
          <button
            type="button"
            className="button"
            disabled={!previous}
            onClick={() => previous && setPositionsDate(previous.raw)}
            {...(previous && { title: `Show the positions on ${formatPartialDate(previous, 'long')}` })}
          >
            <span aria-hidden="true">← </span>Previous change
          </button>
          <p className="positions-view__date" aria-live="polite">
            <time dateTime={date.raw}>{when}</time>
          </p>
          <button
            type="button"
            className="button"
            disabled={!next}
            onClick={() => next && setPositionsDate(next.raw)}
            {...(next && { title: `Show the positions on ${formatPartialDate(next, 'long')}` })}
          >
            Next change<span aria-hidden="true"> →</span>
          </button>
          {chosen !== null && (
            <button type="button" className="button positions-view__reset" onClick={() => setPositionsDate(null)}>
              End of the time window
            </button>
          )}
        </div>
      </header>
      {/* A wide table scrolls on its own; the region takes focus so the keyboard can scroll it too. */}
      <div className="positions-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="positions-table">
          <caption id={captionId} className="positions-table__caption">
            Positions on {when}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="positions-table__corner">
                Actor
              </th>
              {grid.topics.map((topic) => (
                <th key={topic.id} scope="col" className="positions-table__topic">
                  <span className="positions-table__topic-title">{topic.title}</span>
                  {topic.description !== undefined && <span className="positions-table__topic-description">{topic.description}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map(({ actor, cells }) => (
              <tr key={actor.id}>
                <th scope="row" className="positions-table__actor">
                  {actor.name}
                </th>
                {cells.map(({ topic, position, changed }) => (
                  <td key={topic.id} className="positions-table__cell">
                    {position ? (
                      <PositionCellButton position={position} changed={changed} selected={position.id === selectedId} onOpen={showPosition} />
                    ) : (
                      <span className="position-cell position-cell--empty">No position recorded</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StanceLegend />
    </section>
  );
}
