import type * as SearchResultsPart from './search-results.ts';

// The search box (the field, `/`) paints with the page; what turns a query into results (the search
// over the model, the options, the announcement) is only needed once the reader uses the field, so
// it loads in its own chunk, started on focus, before the first key lands. The search box renders
// the loaded module directly rather than through React.lazy because its keyboard handling needs the
// results themselves, not only their rendering. (app/lazy-views.ts does the same for whole views.)

export type SearchResultsModule = typeof SearchResultsPart;

let loaded: SearchResultsModule | undefined;
let loading: Promise<SearchResultsModule> | undefined;

/** Starts loading the search results part (once); resolves with it. */
export function loadSearchResults(): Promise<SearchResultsModule> {
  loading ??= import('./search-results.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // Let a later focus try again (a flaky network, a new deploy).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The search results part if it has loaded, so a search box mounted later starts with it. */
export function loadedSearchResults(): SearchResultsModule | undefined {
  return loaded;
}
