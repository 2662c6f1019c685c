import type { Ref } from 'react';
import type { ColorOf, CopyLink, ShowDetail } from '../item-views/detail-callbacks.ts';
import { StatementQuote } from '../item-views/statement-quote.tsx';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { StatementDetail } from '../selectors/select-detail.ts';
import { getDetailTitle } from './get-detail-title.ts';
import { StatementList } from './statement-list.tsx';

interface StatementDetailViewProps {
  detail: StatementDetail;
  /** Id of the heading that names the panel. */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  onShow: ShowDetail;
  colorOf?: ColorOf;
  onCopyLink?: CopyLink;
}

/** One statement, large, with its occasion, targets and source, then the statements about it. */
export function StatementDetailView({ detail, headingId, headingRef, onShow, colorOf, onCopyLink }: StatementDetailViewProps) {
  const { statement } = detail;
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
      <StatementList
        title="Statements about this"
        items={detail.responses}
        onShow={onShow}
        currentId={statement.id}
        colorOf={colorOf}
        onCopyLink={onCopyLink}
      />
    </article>
  );
}
