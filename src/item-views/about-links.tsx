import { Fragment } from 'react';
import { ExternalLink } from '../components/external-link.tsx';
import { LinkButton } from '../components/link-button.tsx';
import { formatDateRange, formatPartialDate } from '../model/format-partial-date.ts';
import type { AboutTarget } from '../selectors/select-detail.ts';
import type { ShowDetail } from './detail-callbacks.ts';
import './item-views.css';

interface AboutLinksProps {
  /** What a statement is about, resolved. */
  targets: readonly AboutTarget[];
  /** Opens an event, actor or statement. */
  onShow: ShowDetail;
}

/** The things a statement refers to, as buttons that open them, separated by semicolons. */
export function AboutLinks({ targets, onShow }: AboutLinksProps) {
  return targets.map((target, i) => (
    <Fragment key={`${target.kind}-${i}`}>
      {i > 0 && '; '}
      <AboutLink target={target} onShow={onShow} />
    </Fragment>
  ));
}

function AboutLink({ target, onShow }: { target: AboutTarget; onShow: ShowDetail }) {
  switch (target.kind) {
    case 'event':
      return (
        <>
          <LinkButton className="detail-link" onClick={() => onShow('event', target.event.id)}>
            {target.event.title}
          </LinkButton>
          <span className="detail-date-short"> ({formatDateRange(target.event.start, target.event.end, 'short')})</span>
        </>
      );
    case 'actor':
      return (
        <LinkButton className="detail-link" onClick={() => onShow('actor', target.actor.id)}>
          {target.actor.name}
        </LinkButton>
      );
    case 'statement':
      return (
        <LinkButton className="detail-link" onClick={() => onShow('statement', target.statement.id)}>
          {`statement by ${target.speaker?.name ?? 'unknown speaker'}, ${formatPartialDate(target.statement.date, 'short')}`}
        </LinkButton>
      );
    case 'source':
      return (
        <ExternalLink href={target.source.url}>
          <cite>{target.source.title}</cite>
        </ExternalLink>
      );
  }
}
