import type { TextRange } from '../selectors/select-search-results.ts';

export interface HighlightedTextProps {
  /** Text from the model, rendered as text only. */
  readonly text: string;
  /** Sorted, non-overlapping ranges of `text` to wrap in <mark>. */
  readonly ranges: readonly TextRange[];
}

/** `text` with the given ranges marked; the pieces are React text nodes, never HTML. */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
