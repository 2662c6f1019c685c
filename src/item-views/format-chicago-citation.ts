import { formatCitationDate } from './format-citation-date.ts';
import type { QuoteCitation } from './quote-citation.ts';

/** Double quotation marks inside a quote become single ones, as a quote within a quote. */
export function nestQuotes(words: string): string {
  return words.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

/** The words as cited: in quotation marks when verbatim, bare and marked when paraphrased, marked when translated. */
export function formatCitedWords(c: QuoteCitation): string {
  const marks = [c.paraphrase && 'paraphrase', c.translatedFrom && `translated from ${c.translatedFrom}`].filter(Boolean).join(', ');
  const words = c.paraphrase ? c.words : `“${nestQuotes(c.words)}”`;
  return marks ? `${words} (${marks})` : words;
}

/**
 * A Chicago-style note for a quote found in a source ("quoted in"):
 * Vladimir Putin, “These 30 days …” (translated from Russian), news conference, 13 March 2025,
 * quoted in Publisher, “Title,” paragraph 9, 14 March 2025, https://…, accessed 20 March 2025.
 */
export function formatChicagoCitation(c: QuoteCitation): string {
  const parts = [c.speaker, formatCitedWords(c)];
  if (c.setting) parts.push(c.setting);
  parts.push(formatCitationDate(c.date, 'chicago'));
  const s = c.source;
  if (s) {
    const title = `“${nestQuotes(s.title)},”`;
    const intro = c.paraphrase ? 'as reported in' : 'quoted in';
    const tail = [s.locator, s.published && formatCitationDate(s.published, 'chicago'), s.url, s.accessed && `accessed ${formatCitationDate(s.accessed, 'chicago')}`].filter(Boolean);
    const head = s.publisher ? `${intro} ${s.publisher}, ${title}` : `${intro} ${title}`;
    // The comma of a Chicago title goes inside its quotation marks, so the next item follows a space.
    return `${parts.join(', ')}, ${head}${tail.length > 0 ? ` ${tail.join(', ')}` : ''}.`.replace(/,”\.$/, '.”');
  }
  return `${parts.join(', ')}.`;
}
