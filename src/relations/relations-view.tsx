import { useId, useLayoutEffect, useMemo, useState } from 'react';
import type { Model } from '../model/types.ts';
import { selectRelationsMatrix } from '../selectors/select-relations-matrix.ts';
import type { VisibleItems } from '../selectors/select-visible-items.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { RelationsMatrixTable } from './relations-matrix-table.tsx';
import { RelationsWindowForm } from './relations-window-form.tsx';
import './relations.css';

export interface RelationsViewProps {
  model: Model;
  /** What survives the filters: only these statements are counted. */
  visible: VisibleItems;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Rows and columns the table shows until the reader asks for all: 60 × 60 still fits a wide screen's
 * scroll and draws at once; a model with hundreds of actors a side would be tens of thousands of cells.
 */
export const RELATIONS_TABLE_LIMIT = 60;

/**
 * Who talks about whom: the relations matrix of the statements in the time window (the timeline's,
 * from the store) and the filters. Folding and the open cell live in the store, hence in the URL.
 */
export function RelationsView({ model, visible }: RelationsViewProps) {
  const window = useViewStore((s) => s.window);
  const fold = useViewStore((s) => s.foldActors);
  const current = useViewStore((s) => s.relationCell);
  const onWindowChange = useViewStore((s) => s.setTimeWindow);
  const onFoldChange = useViewStore((s) => s.setFoldActors);
  const onShowCell = useViewStore((s) => s.showRelationCell);
  const legendId = useId();
  const [showAll, setShowAll] = useState(false);
  const span = useMemo(() => {
    const from = window && parsePartialDate(window.from);
    const to = window && parsePartialDate(window.to);
    return from && to ? { start: from.start, end: to.end } : null;
  }, [window]);
  const limit = showAll ? undefined : RELATIONS_TABLE_LIMIT;
  const matrix = useMemo(
    () => selectRelationsMatrix(model, { statements: visible.statements, window: span, fold, limit }),
    [model, visible.statements, span, fold, limit],
  );
  const speakerCount = matrix.speakers.length + matrix.hiddenSpeakers;
  const subjectCount = matrix.subjects.length + matrix.hiddenSubjects;
  const isCut = matrix.hiddenSpeakers > 0 || matrix.hiddenSubjects > 0;

  // For the benchmark: the frame that draws the matrix of this window begins (`parley:relations-ready`,
  // before its style, layout and paint) and has been painted (`parley:relations-painted`, a task queued
  // from that frame runs after it).
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      performance.mark('parley:relations-ready');
      timer = setTimeout(() => performance.mark('parley:relations-painted'), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [matrix]);

  const scope = `${window ? `from ${window.from} to ${window.to}` : 'all dates'}${visible.isFiltered ? ', filtered' : ''}`;
  return (
    <section className="relations" aria-labelledby="relations-heading">
      <header className="relations__header">
        <h2 id="relations-heading" className="relations__heading">
          Who talks about whom
        </h2>
        <p className="relations__summary" role="status">
          {matrix.statementCount === 0
            ? `No statement about someone else, ${scope}.`
            : `${plural(matrix.statementCount, 'statement', 'statements')} by ${plural(speakerCount, 'speaker', 'speakers')} about ${plural(subjectCount, 'subject', 'subjects')}, ${scope}.`}
          {isCut &&
            ` The table shows the ${plural(matrix.speakers.length, 'speaker', 'speakers')} and the ${plural(matrix.subjects.length, 'subject', 'subjects')} with the most statements.`}
        </p>
        {isCut && (
          <button type="button" className="button relations__show-all" onClick={() => setShowAll(true)}>
            Show all {speakerCount.toLocaleString('en')} × {subjectCount.toLocaleString('en')}
          </button>
        )}
      </header>
      <div className="relations__controls">
        <RelationsWindowForm value={window} onChange={onWindowChange} />
        <label className="relations__fold">
          <input type="checkbox" checked={fold} onChange={(e) => onFoldChange(e.target.checked)} />
          Fold people into their states
        </label>
      </div>
      {matrix.statementCount > 0 && <RelationsMatrixTable model={model} matrix={matrix} current={current} onShowCell={onShowCell} describedBy={legendId} />}
      {/* Under the table, so the first screen shows the matrix itself; the table points to it. */}
      <p id={legendId} className="relations__legend">
        Each cell counts the statements of the row’s speaker about the column’s subject: the actors it names, the
        people at the events it names, the speakers of the statements it names. Darker cells hold more. Rows and
        columns are ordered so that pairs who talk a lot sit together.
      </p>
    </section>
  );
}
