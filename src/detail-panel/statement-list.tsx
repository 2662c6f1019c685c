import { useId } from 'react';
import type { ColorOf, CopyLink, ShowDetail } from '../item-views/detail-callbacks.ts';
import { StatementQuote } from '../item-views/statement-quote.tsx';
import type { StatementSummary } from '../selectors/select-detail.ts';

interface StatementListProps {
  /** The heading of the group, which also names the list, e.g. "Said at this event". */
  title: string;
  /** The statements, in the order given. */
  items: readonly StatementSummary[];
  onShow: ShowDetail;
  /** Id of what the panel shows; quotes leave out links back to it. */
  currentId?: string;
  colorOf?: ColorOf;
  onCopyLink?: CopyLink;
}

/** A headed group of quotes; renders nothing when there are none. */
export function StatementList({ title, items, onShow, currentId, colorOf, onCopyLink }: StatementListProps) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section className="detail-section">
      <h3 id={headingId} className="detail-section-title">
        {title} <span className="detail-count">({items.length})</span>
      </h3>
      <ul className="detail-quotes" aria-labelledby={headingId}>
        {items.map((summary) => (
          <li key={summary.statement.id}>
            <StatementQuote
              summary={summary}
              onShow={onShow}
              currentId={currentId}
              colorOf={colorOf}
              onCopyLink={onCopyLink}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
