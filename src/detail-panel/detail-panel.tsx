import { useId, useMemo, type Ref } from 'react';
import type { ColorOf, CopyLink, ShowDetail } from '../item-views/detail-callbacks.ts';
import type { Model } from '../model/types.ts';
import { selectDetail, type DetailSelection } from '../selectors/select-detail.ts';
import { selectPositionDetail } from '../selectors/select-position-detail.ts';
import { selectActorPositions, selectPositionsShownBy } from '../selectors/select-positions-shown-by.ts';
import type { ActorId, StatementId } from '../model/types.ts';
import { ActorDetailView } from './actor-detail-view.tsx';
import { DetailToolbar } from './detail-toolbar.tsx';
import { EventDetailView } from './event-detail-view.tsx';
import { PositionDetailView } from './position-detail-view.tsx';
import { PositionList } from './position-list.tsx';
import { StatementDetailView } from './statement-detail-view.tsx';
import { CompareAccountsView } from './compare-accounts-view.tsx';
import { selectEventAccounts } from '../selectors/select-event-accounts.ts';
// The shared item views' sheet first, so the panel's own rules come after it.
import '../item-views/item-views.css';
import './detail-panel.css';

export interface DetailPanelProps {
  /** The model to read from. */
  model: Model;
  /** What to show: an event, actor, statement or position by id. */
  selection: DetailSelection;
  /** Called when the reader opens another event, actor or statement from the panel. */
  onShow: ShowDetail;
  /** Called by the "Close details" button. Escape is left to the app. */
  onClose: () => void;
  /** Shows the previous item in time order; absent disables Previous (absent with onNext: no walk buttons). */
  onPrevious?: () => void;
  /** Shows the next item in time order; absent disables Next. */
  onNext?: () => void;
  /** Zero-based index of the selection among `total`, shown as "3 of 24". */
  position?: { index: number; total: number };
  /** Copies a link to an event, actor or statement; no "Copy link" buttons when absent. */
  onCopyLink?: CopyLink;
  /** Gets the panel's heading (focusable with tabIndex -1), e.g. to move focus there on selection. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The colour of a speaker, for the rule beside their quotes; var(--accent) when absent. */
  colorOf?: ColorOf;
  /** Narrows the timeline and list to a statement's thread, or (null) shows everything; no "Show thread" when absent. */
  onShowThread?: (statementId: string | null) => void;
  /** The statement whose thread is shown now. */
  thread?: string | null;
  /** Shows an event's accounts side by side (true) or the event again; no "Compare accounts" when absent. */
  onCompare?: (compare: boolean) => void;
  /** Show the selected event's accounts side by side, when more than one side spoke at it. */
  compare?: boolean;
}

/**
 * The detail of the selected event, actor or statement, as a complementary landmark named by its
 * heading. A pure view: it reads the model and reports what the reader asks for through callbacks.
 */
export function DetailPanel({
  model, selection, onShow, onClose, onPrevious, onNext, position, onCopyLink, headingRef, colorOf, onShowThread, thread, onCompare, compare,
}: DetailPanelProps) {
  const { kind, id } = selection;
  const detail = useMemo(() => selectDetail(model, { kind, id }), [model, kind, id]);
  const positionDetail = useMemo(() => (kind === 'position' ? selectPositionDetail(model, id) : undefined), [model, kind, id]);
  // An actor's positions; for an event or a statement, the positions its statements are evidence for.
  const shownPositions = useMemo(() => {
    if (model.positions.size === 0) return [];
    if (kind === 'actor') return selectActorPositions(model, id as ActorId);
    const statements = kind === 'statement' ? [id as StatementId] : kind === 'event' ? (model.statementsAtEvent.get(id as never) ?? []) : [];
    return selectPositionsShownBy(model, statements);
  }, [model, kind, id]);
  const found = detail ?? positionDetail;
  const accounts = useMemo(() => (kind === 'event' ? selectEventAccounts(model, id) : []), [model, kind, id]);
  const headingId = useId();
  const views = { headingId, headingRef, onShow, colorOf, onCopyLink, model };
  const comparing = !!compare && accounts.length > 1 && detail?.kind === 'event';

  return (
    <aside className="detail-panel" aria-labelledby={headingId}>
      <DetailToolbar
        // A new selection starts with a fresh "Link copied" status.
        key={`${kind}:${id}`}
        noun={kind}
        onClose={onClose}
        onPrevious={onPrevious}
        onNext={onNext}
        position={position}
        onCopyLink={found && onCopyLink ? () => onCopyLink(kind, id) : undefined}
      />
      <div className="detail-body">
        {comparing && (
          <CompareAccountsView event={detail.event} accounts={accounts} onBack={() => onCompare?.(false)} {...views} />
        )}
        {detail?.kind === 'event' && !comparing && (
          <EventDetailView detail={detail} sides={accounts.length} {...(onCompare && { onCompare: () => onCompare(true) })} {...views} />
        )}
        {detail?.kind === 'actor' && <ActorDetailView detail={detail} {...views} />}
        {detail?.kind === 'statement' && <StatementDetailView detail={detail} onShowThread={onShowThread} thread={thread} {...views} />}
        {positionDetail && <PositionDetailView detail={positionDetail} {...views} />}
        {!comparing && (
          <PositionList
            model={model}
            title={kind === 'event' ? 'Positions its statements show' : kind === 'actor' ? 'Positions' : 'Positions this statement shows'}
            positions={shownPositions}
            onShow={onShow}
          />
        )}
        {found === undefined && (
          <article className="detail-view">
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-title">
              Not found
            </h2>
            <p className="detail-empty">
              This timeline has no {kind} with the id “{id}”. It may have been renamed or removed.
            </p>
          </article>
        )}
      </div>
    </aside>
  );
}

