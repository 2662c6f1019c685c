import { formatApaAuthor } from './format-apa-author.ts';
import { formatCitationDate } from './format-citation-date.ts';
import { formatCitedWords } from './format-chicago-citation.ts';
import type { QuoteCitation } from './quote-citation.ts';

/** Ends a sentence with a period unless it ends with its own mark. */
const sentence = (text: string) => (/[.?!…]["”’)]?$/.test(text) ? text : `${text}.`);

/**
 * An APA-style reference for a quote, the speaker as author:
 * Putin, V. (2025, March 13). “These 30 days …” (translated from Russian) [news conference]. Quoted in
 * Publisher, Title (paragraph 9). Retrieved March 20, 2025, from https://…
 */
export function formatApaCitation(c: QuoteCitation): string {
  const author = sentence(formatApaAuthor(c.speaker, c.speakerKind));
  const parts = [`${author} (${formatCitationDate(c.date, 'apa')}).`, sentence(`${formatCitedWords(c)}${c.setting ? ` [${c.setting}]` : ''}`)];
  const s = c.source;
  if (s) {
    const where = [s.publisher, s.title].filter(Boolean).join(', ');
    parts.push(sentence(`${c.paraphrase ? 'Reported in' : 'Quoted in'} ${where}${s.locator ? ` (${s.locator})` : ''}`));
    if (s.url) parts.push(s.accessed ? `Retrieved ${formatCitationDate(s.accessed, 'apa-retrieved')}, from ${s.url}` : s.url);
  }
  return parts.join(' ');
}
