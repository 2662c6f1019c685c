import type { SearchResults } from '../selectors/select-search-results.ts';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a screen reader hears after a search: "5 matches: 2 events, 3 quotes." or "No matches for “x”." */
export function describeSearchResults(query: string, results: SearchResults): string {
  if (results.total === 0) return `No matches for “${query.trim()}”.`;
  const { events, statements, actors } = results.counts;
  const parts = [
    events > 0 && count(events, 'event', 'events'),
    statements > 0 && count(statements, 'quote', 'quotes'),
    actors > 0 && count(actors, 'person or organisation', 'people and organisations'),
  ].filter(Boolean);
  return `${count(results.total, 'match', 'matches')}: ${parts.join(', ')}. Use the arrow keys to browse, Enter to choose.`;
}
