import { ExternalLink } from '../components/external-link.tsx';
import { isHttpUrl } from '../components/is-http-url.ts';
import { formatPartialDate } from '../model/format-partial-date.ts';
import type { CitedSource } from '../selectors/select-detail.ts';
import './item-views.css';

/**
 * A source as a newsroom credit: "Reuters: <title>, paragraph 3 · 12 March 2025 · archived copy".
 * The title links to the source only when its URL is http(s).
 */
export function SourceCitation({ source, locator }: CitedSource) {
  return (
    <span className="detail-source">
      {source.publisher !== undefined && (
        <>
          <span className="detail-source-publisher">{source.publisher}</span>
          {': '}
        </>
      )}
      <ExternalLink href={source.url} className="detail-source-title">
        <cite>{source.title}</cite>
      </ExternalLink>
      {locator !== undefined && <span className="detail-source-locator">, {locator}</span>}
      {source.published !== undefined && (
        <span className="detail-source-date">
          {' · published '}
          <time dateTime={source.published.raw}>{formatPartialDate(source.published, 'long')}</time>
        </span>
      )}
      {isHttpUrl(source.archived) && (
        <span className="detail-source-archive">
          {' · '}
          <ExternalLink href={source.archived}>archived copy</ExternalLink>
        </span>
      )}
    </span>
  );
}
