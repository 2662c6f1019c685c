/**
 * Cuts `text` to fit `width` px at an estimated `charWidth` px per character, ending in "…".
 * An estimate, because jsdom and SSR cannot measure text; err towards a generous `charWidth`.
 */
export function truncateToWidth(text: string, width: number, charWidth = 7): string {
  const chars = Array.from(text); // by code point, so an emoji or accented letter is never split in two
  const fits = Math.floor(width / charWidth + 1e-9);
  if (chars.length <= fits) return text;
  if (fits < 2) return fits === 1 ? '…' : '';
  return `${chars.slice(0, fits - 1).join('').trimEnd()}…`;
}
