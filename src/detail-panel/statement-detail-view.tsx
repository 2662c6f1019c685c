import { StatementQuote } from '../item-views/statement-quote.tsx';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { StatementDetail } from '../selectors/select-detail.ts';
import { getDetailTitle } from './get-detail-title.ts';
import { StatementList } from './statement-list.tsx';
import { StatementReplies } from './statement-replies.tsx';
import type { Model } from '../model/types.ts';
import { selectReplies } from '../selectors/select-replies.ts';
import type { DetailViewProps } from './detail-view-props.ts';

interface StatementDetailViewProps extends DetailViewProps<StatementDetail> {
  /** The model, for the replies. */
  model: Model;
  /** See DetailPanelProps. */
  onShowThread?: (statementId: string | null) => void;
  thread?: string | null;
}

/** One statement, large, with its occasion, targets and source, then the statements about it. */
export function StatementDetailView({ detail, headingId, headingRef, onShow, colorOf, onCopyLink, model, onShowThread, thread }: StatementDetailViewProps) {
  const { statement } = detail;
  // Replies are listed above in short; the statements about this one that are not replies keep their quotes.
  const replies = selectReplies(model).replies.get(statement.id) ?? [];
  const others = detail.responses.filter((r) => !replies.includes(r.statement.id));
  return (
    <article className="detail-view">
      <header className="detail-header">
        <p className="detail-kicker">
          <span>{statement.mode === 'paraphrase' ? 'Statement, paraphrased' : 'Statement'}</span>
          <span className="detail-kicker-kind">{formatPartialDate(statement.date, 'short')}</span>
        </p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-title detail-title--small">
          {getDetailTitle({ kind: 'statement', ...detail })}
        </h2>
      </header>
      {/* The panel's own "Copy link" covers this statement, so the quote does not repeat it. */}
      <StatementQuote summary={detail} onShow={onShow} currentId={statement.id} colorOf={colorOf} size="large" />
      <StatementReplies model={model} statementId={statement.id} onShow={onShow} onShowThread={onShowThread} thread={thread} />
      <StatementList
        title={replies.length > 0 ? 'Other statements about this' : 'Statements about this'}
        items={others}
        onShow={onShow}
        currentId={statement.id}
        colorOf={colorOf}
        onCopyLink={onCopyLink}
      />
    </article>
  );
}
