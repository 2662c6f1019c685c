import { ChipButton } from '../components/chip-button.tsx';
import { LinkButton } from '../components/link-button.tsx';
import { DetailNote } from '../item-views/detail-note.tsx';
import { formatStance, formatStanceMeaning } from '../item-views/format-stance.ts';
import { StanceBadge } from '../item-views/stance-badge.tsx';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { PositionDetail } from '../selectors/select-position-detail.ts';
import { getPositionTitle } from '../selectors/get-position-title.ts';
import type { Model } from '../model/types.ts';
import { DetailSection } from './detail-section.tsx';
import { StatementList } from './statement-list.tsx';
import type { DetailViewProps } from './detail-view-props.ts';

interface PositionDetailViewProps extends DetailViewProps<PositionDetail> {
  model: Model;
}

/**
 * One position: the stance in words and what it means, since when (and until when), its conditions and
 * note, the quotes it rests on, and the actor's positions on the topic in time order, each linked.
 */
export function PositionDetailView({ model, detail, headingId, headingRef, onShow, colorOf, onCopyLink }: PositionDetailViewProps) {
  const { position, actor, topic, until, evidence, history } = detail;
  const actorName = actor?.name ?? position.actor;
  const from = formatPartialDate(position.date, 'long');
  return (
    <article className="detail-view">
      <header className="detail-header">
        <p className="detail-kicker">
          <span>Position</span>
        </p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-title">
          {getPositionTitle(model, position)}
        </h2>
        <p className="detail-dateline">
          <span>
            {until ? 'From ' : 'Since '}
            <time dateTime={position.date.raw}>{from}</time>
            {until && (
              <>
                {' until '}
                <time dateTime={until.raw}>{formatPartialDate(until, 'long')}</time>
              </>
            )}
          </span>
        </p>
      </header>

      <p className="detail-stance">
        <StanceBadge stance={position.stance} />
        <span className="detail-stance-meaning">{formatStanceMeaning(position.stance)}</span>
      </p>
      {topic?.description !== undefined && <p className="detail-topic-description">{topic.description}</p>}

      {position.conditions.length > 0 && (
        <DetailSection title="Conditions" listClassName="detail-conditions">
          {position.conditions.map((condition, i) => (
            <li key={i}>{condition}</li>
          ))}
        </DetailSection>
      )}
      {position.note !== undefined && <DetailNote text={position.note} />}

      <StatementList title="Evidence" items={evidence} onShow={onShow} colorOf={colorOf} onCopyLink={onCopyLink} />

      <DetailSection title={`${actorName}’s positions on this topic`} listClassName="detail-position-history" ordered>
        {history.map((step) => (
          <li key={step.id} className={`stance--${step.stance}`} {...(step.id === position.id && { 'aria-current': 'true' as const })}>
            <span className="detail-date-short">{formatPartialDate(step.date, 'short')}</span>{' '}
            {step.id === position.id ? (
              <span className="detail-position-step is-current">
                <StanceBadge stance={step.stance} /> <span className="detail-date-short">(shown)</span>
              </span>
            ) : (
              <LinkButton className="detail-link detail-position-step" onClick={() => onShow('position', step.id)}>
                {formatStance(step.stance)}, from {formatPartialDate(step.date, 'long')}
              </LinkButton>
            )}
          </li>
        ))}
      </DetailSection>

      {actor && (
        <DetailSection title="Actor" listClassName="detail-chips">
          <li>
            <ChipButton className="detail-chip" onClick={() => onShow('actor', actor.id)}>
              {actor.name}
            </ChipButton>
          </li>
        </DetailSection>
      )}
    </article>
  );
}
