import { useId, useMemo, type Ref } from 'react';
import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import { StatementQuote } from '../item-views/statement-quote.tsx';
import { formatDateRange } from '../model/format-partial-date.ts';
import type { Model, TimelineEvent } from '../model/types.ts';
import type { EventAccount } from '../selectors/select-event-accounts.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';

interface CompareAccountsViewProps {
  model: Model;
  event: TimelineEvent;
  /** At least two sides' accounts (selectEventAccounts). */
  accounts: readonly EventAccount[];
  /** Id of the heading that names the panel. */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  onShow: ShowDetail;
  /** Back to the event on its own. */
  onBack: () => void;
  colorOf?: ColorOf;
}

/**
 * Two (or more) accounts of one event side by side: a column per side under the side's name, each
 * with its statements in time order (speaker, mode, source). The columns wrap into a stack, each
 * under its heading, when the panel is too narrow for them (a phone).
 */
export function CompareAccountsView({ model, event, accounts, headingId, headingRef, onShow, onBack, colorOf }: CompareAccountsViewProps) {
  const baseId = useId();
  const summaries = useMemo(() => accounts.map((a) => a.statements.map((s) => selectStatementSummary(model, s))), [model, accounts]);
  return (
    <article className="detail-view compare-accounts">
      <header className="detail-header">
        <p className="detail-kicker">
          <span>Accounts compared</span>
          <span className="detail-kicker-kind">{formatDateRange(event.start, event.end, 'short')}</span>
        </p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-title">
          {event.title}
        </h2>
        <p className="compare-accounts__intro">
          {`What each of the ${accounts.length} sides said at this event, under its name. Their accounts need not agree.`}
        </p>
        <p>
          <button type="button" className="button detail-action" onClick={onBack}>
            Back to the event
          </button>
        </p>
      </header>
      <div className="compare-accounts__columns">
        {accounts.map((account, i) => (
          <section key={account.side} className="compare-accounts__side" aria-labelledby={`${baseId}-${i}`}>
            <h3 id={`${baseId}-${i}`} className="compare-accounts__side-name">
              {account.name} <span className="detail-count">({account.statements.length})</span>
            </h3>
            <ol className="detail-quotes" aria-labelledby={`${baseId}-${i}`}>
              {summaries[i]!.map((summary) => (
                <li key={summary.statement.id}>
                  <StatementQuote summary={summary} onShow={onShow} currentId={event.id} colorOf={colorOf} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </article>
  );
}
