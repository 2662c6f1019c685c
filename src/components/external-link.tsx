import type { ReactNode } from 'react';
import { isHttpUrl } from './is-http-url.ts';

interface ExternalLinkProps {
  /** Where the link goes; anything but an absolute http(s) URL renders as plain text instead. */
  href: string | undefined;
  children: ReactNode;
  /** Class of the link (or of the text that stands in for it). */
  className?: string;
}

/**
 * A link to another site that opens in a new tab without handing it `window.opener` or a referrer.
 * An unsafe or missing URL never becomes a link: the text is shown as is.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  if (!isHttpUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
