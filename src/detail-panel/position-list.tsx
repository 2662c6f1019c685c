import { LinkButton } from '../components/link-button.tsx';
import type { ShowDetail } from '../item-views/detail-callbacks.ts';
import { formatPositionSince } from '../item-views/format-stance.ts';
import { StanceIcon } from '../item-views/stance-icon.tsx';
import type { Model, Position } from '../model/types.ts';
import { getPositionTitle } from '../selectors/get-position-title.ts';
import { DetailSection } from './detail-section.tsx';

interface PositionListProps {
  model: Model;
  /** The heading, e.g. "Positions it is evidence for". */
  title: string;
  positions: readonly Position[];
  onShow: ShowDetail;
}

/**
 * Positions as links that open them: "Russia: A general 30-day ceasefire — Conditional · since
 * 13 March 2025", each with its stance icon. Renders nothing when there are none.
 */
export function PositionList({ model, title, positions, onShow }: PositionListProps) {
  if (positions.length === 0) return null;
  return (
    <DetailSection title={title} listClassName="detail-positions">
      {positions.map((position) => (
        <li key={position.id} className={`stance--${position.stance}`}>
          <StanceIcon stance={position.stance} />
          <LinkButton className="detail-link" onClick={() => onShow('position', position.id)}>
            {getPositionTitle(model, position)} — {formatPositionSince(position)}
          </LinkButton>
        </li>
      ))}
    </DetailSection>
  );
}
