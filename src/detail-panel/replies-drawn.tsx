import { useMemo } from 'react';
import type { ShowDetail } from '../item-views/detail-callbacks.ts';
import { formatOpeningWords } from '../item-views/format-opening-words.ts';
import type { Model } from '../model/types.ts';
import { selectRepliesDrawn } from '../selectors/select-reply-links.ts';
import { DetailSection } from './detail-section.tsx';
import { ReplyLinkItem } from './reply-link-item.tsx';

/** At most this many answered statements are quoted after a reply; the rest are counted. */
const ANSWERS_SHOWN = 2;

/** The replies that what was said at an event drew from others, each with what it answers. */
export function RepliesDrawn({ model, eventId, onShow }: { model: Model; eventId: string; onShow: ShowDetail }) {
  const drawn = useMemo(() => selectRepliesDrawn(model, eventId), [model, eventId]);
  if (drawn.length === 0) return null;
  return (
    <DetailSection title="Replies to what was said here" listClassName="reply-links">
      {drawn.map((reply) => {
        const rest = reply.answers.length - ANSWERS_SHOWN;
        return (
          <ReplyLinkItem key={reply.statement.id} link={reply} onShow={onShow}>
            <span className="reply-link__answers">
              {' answering '}
              {reply.answers.slice(0, ANSWERS_SHOWN).map((a, i) => (
                <span key={a.statement.id}>
                  {i > 0 && ' and '}
                  {a.speaker?.name ?? a.statement.speaker}
                  {a.statement.mode === 'verbatim' ? <> <q>{formatOpeningWords(a.statement.text, 40)}</q></> : ` (paraphrase: ${formatOpeningWords(a.statement.text, 40)})`}
                </span>
              ))}
              {rest > 0 && ` and ${rest} more ${rest === 1 ? 'statement' : 'statements'} said here`}
            </span>
          </ReplyLinkItem>
        );
      })}
    </DetailSection>
  );
}
