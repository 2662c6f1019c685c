// Everything the search box needs once the reader uses it, and not before: the search itself, the
// listbox content, and the sentence announced after a search. It is one chunk, loaded by
// lazy-search-results.ts; nothing in the first paint may import it statically, or it joins the
// initial script again.

export { selectSearchResults } from '../selectors/select-search-results.ts';
export { describeSearchResults } from './describe-search-results.ts';
export { groupResults, SearchResultGroups } from './search-result-groups.tsx';
