import { formatCount } from '../components/format-count.ts';
import type { SearchResults } from '../selectors/select-search-results.ts';

/** What a screen reader hears after a search: "5 matches: 2 events, 3 quotes." or "No matches for “x”." */
export function describeSearchResults(query: string, results: SearchResults): string {
  if (results.total === 0) return `No matches for “${query.trim()}”.`;
  const { events, statements, actors } = results.counts;
  const parts = [
    events > 0 && formatCount(events, { one: 'event', other: 'events' }),
    statements > 0 && formatCount(statements, { one: 'quote', other: 'quotes' }),
    actors > 0 && formatCount(actors, { one: 'person or organisation', other: 'people and organisations' }),
  ].filter(Boolean);
  return `${formatCount(results.total, { one: 'match', other: 'matches' })}: ${parts.join(', ')}. Use the arrow keys to browse, Enter to choose.`;
}
