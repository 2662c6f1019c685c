import type { ReactNode } from 'react';
import type { ShowDetail } from '../item-views/detail-callbacks.ts';
import { formatOpeningWords } from '../item-views/format-opening-words.ts';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { ReplyLink } from '../selectors/select-reply-links.ts';

interface ReplyLinkItemProps {
  link: ReplyLink;
  onShow: ShowDetail;
  /** Says where it was said; lists leave it out when the item before was said at the same occasion. */
  showOccasion?: boolean;
  /** Shown after the link, e.g. what a reply answers. */
  children?: ReactNode;
}

/**
 * One statement in a reply list: speaker, date and opening words, as a link that opens it, then where
 * it was said. A paraphrase is marked as one and never put in quotation marks.
 */
export function ReplyLinkItem({ link, onShow, showOccasion = true, children }: ReplyLinkItemProps) {
  const { statement, speaker, occasion } = link;
  const opening = formatOpeningWords(statement.text);
  return (
    <li className="reply-link">
      <button type="button" className="detail-link reply-link__open" onClick={() => onShow('statement', statement.id)}>
        <span className="reply-link__who">{speaker?.name ?? statement.speaker}</span>
        {', '}
        <time dateTime={statement.date.raw}>{formatPartialDate(statement.date, 'long')}</time>
        {': '}
        {statement.mode === 'paraphrase' ? <span className="reply-link__text">(paraphrase) {opening}</span> : <q className="reply-link__text">{opening}</q>}
      </button>
      {showOccasion && occasion && <span className="reply-link__at"> at {occasion.title}</span>}
      {children}
    </li>
  );
}
