import { truncateToWidth } from './truncate-to-width';

/**
 * Breaks `text` into at most `maxLines` lines of `width` px at an estimated `charWidth` px per
 * character, between words; what the last line cannot hold (or a word longer than a line) is cut
 * with "…" (see truncateToWidth). So "Mohammed bin Salman" in a phone's lane gutter reads
 * "Mohammed / bin Salman" rather than "Mohamma…".
 */
export function wrapToWidth(text: string, width: number, charWidth = 7, maxLines = 2): string[] {
  const fits = Math.floor(width / charWidth + 1e-9);
  const lines: string[] = [];
  let rest = text.trim().split(/\s+/);
  while (rest.length > 0 && lines.length < maxLines - 1) {
    // As many words as fit, and at least one (cut below if it is too long).
    let count = 1;
    while (count < rest.length && Array.from(rest.slice(0, count + 1).join(' ')).length <= fits) count += 1;
    lines.push(truncateToWidth(rest.slice(0, count).join(' '), width, charWidth));
    rest = rest.slice(count);
  }
  if (rest.length > 0) lines.push(truncateToWidth(rest.join(' '), width, charWidth));
  return lines.filter((line) => line !== '');
}
