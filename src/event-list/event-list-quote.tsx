import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import { StatementQuote } from '../item-views/statement-quote.tsx';
import type { StatementSummary } from '../selectors/select-detail.ts';
import { getQuoteId } from './use-scroll-to-selected.ts';

interface EventListQuoteProps {
  summary: StatementSummary;
  /** Whether the panel shows this statement: marks it with aria-current. */
  selected: boolean;
  onShow: ShowDetail;
  colorOf?: ColorOf | undefined;
  /** The event it is listed under, if any: links back to it are left out. */
  currentId?: string;
}

/** One statement in the list: an anchor for deep links and the panel's Escape, holding the quote. */
export function EventListQuote({ summary, selected, onShow, colorOf, currentId }: EventListQuoteProps) {
  return (
    <li
      id={getQuoteId(summary.statement.id)}
      // Focus target for Escape in the panel, which looks for the statement's id.
      data-statement-id={summary.statement.id}
      tabIndex={-1}
      aria-current={selected ? 'true' : undefined}
    >
      <StatementQuote summary={summary} onShow={onShow} {...(colorOf && { colorOf })} {...(currentId !== undefined && { currentId })} />
    </li>
  );
}
