import { useState } from 'react';
import type { ShowDetail } from '../item-views/detail-callbacks.ts';
import type { ReplyLink } from '../selectors/select-reply-links.ts';
import { DetailSection } from './detail-section.tsx';
import { ReplyLinkItem } from './reply-link-item.tsx';

/** Longer lists show this many items and a button for the rest. */
const SHOWN = 4;

interface ReplyLinkListProps {
  /** The heading, which names the list: "In reply to", "Replies". */
  title: string;
  links: readonly ReplyLink[];
  onShow: ShowDetail;
}

/**
 * A headed list of statements in a reply relation, each naming its occasion unless the one before was
 * said at the same; past four, the rest wait behind "Show all". Nothing when the list is empty.
 */
export function ReplyLinkList({ title, links, onShow }: ReplyLinkListProps) {
  const [expanded, setExpanded] = useState(false);
  if (links.length === 0) return null;
  const shown = expanded || links.length <= SHOWN + 1 ? links : links.slice(0, SHOWN);
  return (
    <>
      <DetailSection title={`${title} (${links.length})`} listClassName="reply-links">
        {shown.map((link, i) => (
          <ReplyLinkItem
            key={link.statement.id}
            link={link}
            onShow={onShow}
            showOccasion={i === 0 || shown[i - 1]?.occasion?.id !== link.occasion?.id}
          />
        ))}
      </DetailSection>
      {shown.length < links.length && (
        <p className="reply-links__more">
          <button type="button" className="button detail-action" onClick={() => setExpanded(true)}>
            {`Show all ${links.length}`}
          </button>
        </p>
      )}
    </>
  );
}
