import { truncateToWidth } from './truncate-to-width';

/**
 * Breaks `text` into at most `maxLines` lines of `width` px at an estimated `charWidth` px per
 * character, between words; a word longer than a line is cut, and whatever is left over for the
 * last line is truncated with "…" (see truncateToWidth). So "Mohammed bin Salman" in a phone's lane
 * gutter reads "Mohammed / bin Salman" rather than "Mohamma…".
 */
export function wrapToWidth(text: string, width: number, charWidth = 7, maxLines = 2): string[] {
  const fits = Math.floor(width / charWidth + 1e-9);
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines - 1) {
    let line = '';
    while (index < words.length) {
      const next = line === '' ? words[index]! : `${line} ${words[index]}`;
      if (Array.from(next).length > fits) break;
      line = next;
      index += 1;
    }
    // A word longer than a whole line: cut it rather than loop on it.
    if (line === '') {
      lines.push(truncateToWidth(words[index]!, width, charWidth));
      index += 1;
    } else {
      lines.push(line);
    }
  }
  if (index < words.length) lines.push(truncateToWidth(words.slice(index).join(' '), width, charWidth));
  return lines.filter((line) => line !== '');
}
