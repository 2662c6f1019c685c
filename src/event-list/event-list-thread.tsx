import { useMemo } from 'react';
import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import type { Model, StatementId } from '../model/types.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';
import { EventListQuote } from './event-list-quote.tsx';

interface EventListThreadProps {
  model: Model;
  /** The thread's statements that pass the filters, in time order. */
  statements: readonly StatementId[];
  selectedStatementId?: string;
  onShow: ShowDetail;
  colorOf?: ColorOf;
}

/**
 * The list while a reply thread is shown (`thread=`): the conversation itself, every statement in
 * time order with its speaker, date, occasion and source, instead of the events it was said at.
 */
export function EventListThread({ model, statements, selectedStatementId, onShow, colorOf }: EventListThreadProps) {
  const summaries = useMemo(
    () => statements.flatMap((id) => {
      const statement = model.statements.get(id);
      return statement ? [selectStatementSummary(model, statement)] : [];
    }),
    [model, statements],
  );
  return (
    <div className="event-list">
      <section className="event-list__section" aria-labelledby="event-list-heading">
        <h2 id="event-list-heading" className="event-list__heading">
          Thread in order
        </h2>
        <p className="event-list__summary-line">
          {`${summaries.length} ${summaries.length === 1 ? 'statement' : 'statements'} connected by replies, earliest first.`}
        </p>
        <ol className="detail-quotes event-list__quotes">
          {summaries.map((summary) => (
            <EventListQuote key={summary.statement.id} summary={summary} selected={summary.statement.id === selectedStatementId} onShow={onShow} colorOf={colorOf} />
          ))}
        </ol>
      </section>
    </div>
  );
}
