import { useMemo } from 'react';
import type { ShowDetail } from '../item-views/detail-callbacks.ts';
import type { Model } from '../model/types.ts';
import { selectReplyLinks } from '../selectors/select-reply-links.ts';
import { selectThread } from '../selectors/select-thread.ts';
import type { StatementId } from '../model/types.ts';
import { ReplyLinkList } from './reply-link-list.tsx';

interface StatementRepliesProps {
  model: Model;
  /** The statement on show. */
  statementId: string;
  onShow: ShowDetail;
  /** Narrows the timeline and the list to a thread, or (null) shows everything again; no button when absent. */
  onShowThread?: (statementId: string | null) => void;
  /** The statement whose thread is shown now, if any. */
  thread?: string | null;
}

/** "In reply to" and "Replies" of a statement (the reply rule of selectReplies), and "Show thread". */
export function StatementReplies({ model, statementId, onShow, onShowThread, thread }: StatementRepliesProps) {
  const { inReplyTo, replies } = useMemo(() => selectReplyLinks(model, statementId), [model, statementId]);
  const threadIds = useMemo(() => selectThread(model, statementId as StatementId), [model, statementId]);
  const shown = !!thread && threadIds.includes(thread as StatementId);
  return (
    <>
      {/* Keyed by statement: another statement starts with its lists folded again. */}
      <ReplyLinkList key={`in-${statementId}`} title="In reply to" links={inReplyTo} onShow={onShow} />
      <ReplyLinkList key={`re-${statementId}`} title="Replies" links={replies} onShow={onShow} />
      {onShowThread && threadIds.length > 1 && (
        <p className="reply-thread-action">
          <button type="button" className="button detail-action" aria-pressed={shown} onClick={() => onShowThread(shown ? null : statementId)}>
            {`Show thread (${threadIds.length} statements)`}
          </button>
        </p>
      )}
    </>
  );
}
