/**
 * The first words of a text, cut at a word boundary within `maxLength` characters and ended with "…"
 * when something was cut: "These 30 days – how will they be used? To continue…".
 */
export function formatOpeningWords(text: string, maxLength = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  // A single very long word (a URL, a hostile string) is cut where it is.
  const words = space > maxLength / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:–—-]+$/, '')}…`;
}
