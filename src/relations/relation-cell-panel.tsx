import { useId, useMemo, type Ref } from 'react';
import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import { StatementQuote } from '../item-views/statement-quote.tsx';
import type { Model, StatementId } from '../model/types.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';
import { selectRelationCellStatements } from '../selectors/select-relations-matrix.ts';
import type { VisibleItems } from '../selectors/select-visible-items.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import '../item-views/item-views.css';
import './relations.css';

export interface RelationCellPanelProps {
  model: Model;
  /** The statements the matrix counts (the filters), so the list matches the cell's number. */
  visible: VisibleItems;
  /** Opens an actor, event or statement in the panel. */
  onShow: ShowDetail;
  /** Gets the heading, to move focus there when the cell opens. */
  headingRef?: Ref<HTMLHeadingElement>;
  colorOf?: ColorOf;
}

/** Only while the panel closes: the app shows this panel when a cell is set. */
const NO_CELL = { speaker: '', subject: '' };

/**
 * The statements of one relations cell, as the panel: a complementary landmark named "Donald Trump
 * about Vladimir Putin", each statement as a full quote (speaker, date, setting, source) that opens in
 * the panel or where it sits on the timeline.
 */
export function RelationCellPanel({ model, visible, onShow, headingRef, colorOf }: RelationCellPanelProps) {
  const headingId = useId();
  // The cell, window and folding of the matrix come from the store, as the matrix reads them.
  const cell = useViewStore((s) => s.relationCell) ?? NO_CELL;
  const window = useViewStore((s) => s.window);
  const fold = useViewStore((s) => s.foldActors);
  const onClose = useViewStore((s) => s.clearSelection);
  const onShowOnTimeline = useViewStore((s) => s.showStatementOnTimeline);
  const ids = useMemo(() => {
    const from = window && parsePartialDate(window.from);
    const to = window && parsePartialDate(window.to);
    const span = from && to ? { start: from.start, end: to.end } : null;
    return selectRelationCellStatements(model, { statements: visible.statements, window: span, fold }, cell.speaker, cell.subject);
  }, [model, visible.statements, window, fold, cell]);
  const summaries = useMemo(
    () => ids.flatMap((id) => {
      const statement = model.statements.get(id as StatementId);
      return statement ? [selectStatementSummary(model, statement)] : [];
    }),
    [model, ids],
  );
  const name = (id: string) => model.actors.get(id as never)?.name ?? id;
  const title = `${name(cell.speaker)} about ${name(cell.subject)}`;

  return (
    <aside className="relation-cell-panel" aria-labelledby={headingId}>
      <div className="relation-cell-panel__toolbar">
        <button type="button" className="button" aria-label="Close details" onClick={onClose}>
          <span aria-hidden="true">✕ </span>Close
        </button>
      </div>
      <header className="relation-cell-panel__header">
        <p className="relation-cell-panel__kicker">{fold ? 'Relations, people folded into their states' : 'Relations'}</p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="relation-cell-panel__title">
          {title}
        </h2>
        <p className="relation-cell-panel__count">
          {ids.length === 0
            ? 'No statements in this time window and these filters.'
            : `${ids.length} ${ids.length === 1 ? 'statement' : 'statements'}${window ? `, ${window.from} to ${window.to}` : ''}, earliest first.`}
        </p>
      </header>
      <ol className="detail-quotes relation-cell-panel__quotes" aria-labelledby={headingId}>
        {summaries.map((summary) => (
          <li key={summary.statement.id}>
            <StatementQuote summary={summary} onShow={onShow} colorOf={colorOf} />
            <p className="relation-cell-panel__context">
              <button type="button" className="button" onClick={() => onShowOnTimeline(summary.statement.id)}>
                Show on the timeline
              </button>
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
