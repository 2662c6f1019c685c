import type { CSSProperties } from 'react';
import { Badge } from '../components/badge.tsx';
import { isHttpUrl } from '../components/is-http-url.ts';
import { LinkButton } from '../components/link-button.tsx';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { StatementSummary } from '../selectors/select-detail.ts';
import { AboutLinks } from './about-links.tsx';
import { CiteButton } from './cite-button.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import type { ColorOf, CopyLink, ShowDetail } from './detail-callbacks.ts';
import { DetailNote } from './detail-note.tsx';
import { formatLanguage } from './format-language.ts';
import { SourceCitation } from './source-citation.tsx';
import './item-views.css';

interface StatementQuoteProps {
  /** The statement with its references resolved (see selectStatementSummary). */
  summary: StatementSummary;
  /** Opens a speaker, occasion, target or the statement itself. */
  onShow: ShowDetail;
  /** Id of what the panel shows; links back to it are left out, as they would go nowhere. */
  currentId?: string;
  /** The speaker's colour for the rule beside the quote; var(--accent) when absent. */
  colorOf?: ColorOf;
  /** Offers "Copy link" for this statement when given. */
  onCopyLink?: CopyLink;
  /** `large` for the statement on show, `normal` in lists. */
  size?: 'normal' | 'large';
}

/**
 * One statement with everything a reader needs to weigh it: who, when, where, at what occasion, about
 * what, from which source, and whether it is a paraphrase or a translation. The text is rendered
 * exactly as in the model. A paraphrase is not a quotation, so it gets no <blockquote> and no quote mark.
 */
export function StatementQuote({ summary, onShow, currentId, colorOf, onCopyLink, size = 'normal' }: StatementQuoteProps) {
  const { statement, speaker, occasion, about, source } = summary;
  const isParaphrase = statement.mode === 'paraphrase';
  const sourceUrl = source?.source.url;
  const date = formatPartialDate(statement.date, 'long');
  const speakerName = speaker?.name ?? 'Unknown speaker';
  const style = colorOf ? ({ '--quote-color': colorOf(statement.speaker) } as CSSProperties) : undefined;
  const targets = about.filter((t) => targetId(t) !== currentId);
  const showOccasion = occasion !== undefined && occasion.id !== currentId;

  return (
    <figure className={`quote quote--${statement.mode} quote--${size}`} style={style}>
      {(isParaphrase || statement.translated) && (
        <p className="quote-badges">
          {isParaphrase && <Badge className="quote-badge quote-badge--paraphrase">Paraphrase</Badge>}
          {statement.translated && (
            <Badge className="quote-badge">
              {statement.language ? `Translated from ${formatLanguage(statement.language)}` : 'Translated'}
            </Badge>
          )}
        </p>
      )}
      {isParaphrase ? (
        <div className="quote-text quote-text--paraphrase">
          <span className="quote-paraphrase-label">Paraphrase:</span>
          <p>{statement.text}</p>
        </div>
      ) : (
        <blockquote className="quote-text" cite={isHttpUrl(sourceUrl) ? sourceUrl : undefined}>
          <p>{statement.text}</p>
        </blockquote>
      )}
      <figcaption className="quote-caption">
        {/* An attribution line, not a paragraph: as a <p> of bold text it would read as a heading. */}
        <div className="quote-speaker">
          {speaker && speaker.id !== currentId ? (
            <LinkButton className="detail-link quote-speaker-name" onClick={() => onShow('actor', speaker.id)}>
              {speakerName}
            </LinkButton>
          ) : (
            <span className="quote-speaker-name">{speakerName}</span>
          )}
          {speaker?.title !== undefined && <span className="quote-speaker-title">, {speaker.title}</span>}
        </div>
        <p className="quote-meta">
          <time dateTime={statement.date.raw}>{date}</time>
          {statement.setting !== undefined && <span className="quote-setting"> · {statement.setting}</span>}
        </p>
        {(showOccasion || targets.length > 0 || source) && (
          <dl className="quote-facts">
            {showOccasion && (
              <>
                <dt>Said at</dt>
                <dd>
                  <LinkButton className="detail-link" onClick={() => onShow('event', occasion.id)}>
                    {occasion.title}
                  </LinkButton>
                </dd>
              </>
            )}
            {targets.length > 0 && (
              <>
                <dt>About</dt>
                <dd>
                  <AboutLinks targets={targets} onShow={onShow} />
                </dd>
              </>
            )}
            {source && (
              <>
                <dt>Source</dt>
                <dd>
                  <SourceCitation source={source.source} locator={source.locator} />
                </dd>
              </>
            )}
          </dl>
        )}
        {statement.note !== undefined && <DetailNote text={statement.note} />}
        <p className="quote-actions">
          {statement.id !== currentId && (
            <button
              type="button"
              className="button detail-action"
              aria-label={`Open statement by ${speakerName}, ${date}`}
              onClick={() => onShow('statement', statement.id)}
            >
              Open statement
            </button>
          )}
          {onCopyLink && (
            <CopyLinkButton
              className="button detail-action"
              label={`Copy link to statement by ${speakerName}, ${date}`}
              onCopy={() => onCopyLink('statement', statement.id)}
            />
          )}
          <CiteButton className="button detail-action" label={`Cite statement by ${speakerName}, ${date}`} summary={summary} />
        </p>
      </figcaption>
    </figure>
  );
}

function targetId(target: StatementSummary['about'][number]): string {
  switch (target.kind) {
    case 'event':
      return target.event.id;
    case 'actor':
      return target.actor.id;
    case 'statement':
      return target.statement.id;
    case 'source':
      return target.source.id;
  }
}
