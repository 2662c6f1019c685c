import { ChipButton } from '../components/chip-button.tsx';
import { LinkButton } from '../components/link-button.tsx';
import { formatDateRange } from '../model/format-partial-date.ts';
import type { ActorDetail } from '../selectors/select-detail.ts';
import { capitalize } from '../item-views/capitalize.ts';
import { DetailSection } from './detail-section.tsx';
import { StatementList } from './statement-list.tsx';
import type { DetailViewProps } from './detail-view-props.ts';

type ActorDetailViewProps = DetailViewProps<ActorDetail>;

/** An actor: who they are, whom they belong to, the events they took part in, what they said and who spoke of them. */
export function ActorDetailView({ detail, headingId, headingRef, onShow, colorOf, onCopyLink }: ActorDetailViewProps) {
  const { actor, affiliations, members, events, statements, mentionedIn } = detail;
  const lists = { onShow, colorOf, onCopyLink, currentId: actor.id };
  const chip = (other: (typeof members)[number]) => (
    <li key={other.id}>
      <ChipButton className="detail-chip" onClick={() => onShow('actor', other.id)}>
        {other.name}
      </ChipButton>
    </li>
  );

  return (
    <article className="detail-view">
      <header className="detail-header">
        <p className="detail-kicker">
          <span>{capitalize(actor.kind)}</span>
        </p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="detail-title">
          {actor.name}
        </h2>
        {actor.title !== undefined && <p className="detail-deck">{actor.title}</p>}
        {actor.aliases.length > 0 && (
          <p className="detail-aliases">
            <span className="detail-label">Also known as </span>
            {actor.aliases.join(', ')}
          </p>
        )}
      </header>

      {actor.description !== undefined && <p className="detail-summary">{actor.description}</p>}

      {affiliations.length > 0 && (
        <DetailSection title="Affiliated with" listClassName="detail-chips">
          {affiliations.map(chip)}
        </DetailSection>
      )}
      {members.length > 0 && (
        <DetailSection title="Members and representatives" listClassName="detail-chips">
          {members.map(chip)}
        </DetailSection>
      )}

      {events.length > 0 && (
        <DetailSection title="Took part in" listClassName="detail-events" ordered>
          {events.map(({ event, role }) => (
            <li key={event.id}>
              <span className="detail-date-short">{formatDateRange(event.start, event.end, 'short')}</span>
              <LinkButton className="detail-link" onClick={() => onShow('event', event.id)}>
                {event.title}
              </LinkButton>
              {role !== undefined && <span className="detail-role">{role}</span>}
            </li>
          ))}
        </DetailSection>
      )}

      <StatementList title="Statements" items={statements} {...lists} />
      <StatementList title="Mentioned in" items={mentionedIn} {...lists} />
    </article>
  );
}
