import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Model } from '../model/types.ts';
import type { SearchHit, SearchHitKind } from '../selectors/select-search-results.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { loadedSearchResults, loadSearchResults } from './lazy-search-results.ts';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useSlashToSearch } from './use-slash-to-search.ts';
import './search-box.css';

export interface SearchBoxProps {
  /** The model to search. */
  readonly model: Model;
  /** Called with the result the reader chose (Enter or click); the popup has closed by then. */
  readonly onChoose: (kind: SearchHitKind, id: string) => void;
  /** Focus the field as it mounts: the reader pressed `/` before its code was here. */
  readonly focusOnMount?: boolean;
  /** Told once the field is mounted, from when `/` is its own to handle. */
  readonly onMount?: () => void;
}

/**
 * The search field with its results popup, following the ARIA combobox pattern: focus stays in the
 * field, ↓/↑ move through the options, Enter chooses, Escape closes the popup (a second Escape clears
 * the text). `/` focuses it from anywhere. The text lives in the view store, so it is part of the URL.
 * The search and its results load on the first focus (see lazy-search-results.ts); until they are in,
 * the popup says "Searching…" and the listbox stays collapsed.
 */
export function SearchBox({ model, onChoose, focusOnMount = false, onMount }: SearchBoxProps) {
  const query = useViewStore((s) => s.query);
  const searchOpen = useViewStore((s) => s.searchOpen);
  const setQuery = useViewStore((s) => s.setQuery);
  const openSearch = useViewStore((s) => s.openSearch);
  const closeSearch = useViewStore((s) => s.closeSearch);
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(inputRef);
  // Once, on mount: a later change of the props is not a new `/`.
  const mountProps = useRef({ focusOnMount, onMount });
  useEffect(() => {
    if (mountProps.current.focusOnMount) inputRef.current?.focus();
    mountProps.current.onMount?.();
  }, []);
  const baseId = useId();
  const listId = `${baseId}-results`;

  // The search part: loaded on the first focus or keystroke, kept for the life of the page.
  const [part, setPart] = useState(loadedSearchResults);
  const [loadFailed, setLoadFailed] = useState(false);
  const loadPart = () => {
    if (part) return;
    setLoadFailed(false);
    loadSearchResults().then(setPart, () => setLoadFailed(true));
  };

  // Typing stays responsive on a large model: the results catch up when React has time.
  const searched = useDeferredValue(query);
  const results = useMemo(() => part?.selectSearchResults(model, searched), [part, model, searched]);
  const groups = useMemo(() => (part && results ? part.groupResults(results) : []), [part, results]);
  const options = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  // The active option belongs to one set of results; new results start with none active, unless ↓
  // was pressed while they were on their way (the part still loading): then the first one is.
  const [activeState, setActiveState] = useState({ results, index: -1 });
  const [firstWhenIn, setFirstWhenIn] = useState(false);
  const active = activeState.results === results ? activeState.index : firstWhenIn && results !== undefined && options.length > 0 ? 0 : -1;
  const setActive = (index: number) => {
    setFirstWhenIn(false);
    setActiveState({ results, index });
  };

  const hasQuery = searched.trim() !== '';
  const expanded = searchOpen && hasQuery && options.length > 0;
  const showNoMatches = searchOpen && hasQuery && results !== undefined && options.length === 0;
  // The part is still on its way (it was asked for on focus, so this is rare and short).
  const showLoading = searchOpen && hasQuery && results === undefined;
  const activeId = expanded && active >= 0 ? `${baseId}-option-${active}` : undefined;
  const announcement = useDebouncedValue(
    searchOpen && hasQuery && part && results ? part.describeSearchResults(searched, results) : '',
    400,
  );

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const choose = (hit: SearchHit) => {
    closeSearch();
    onChoose(hit.kind, hit.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          if (hasQuery) openSearch();
          setActive(options.length > 0 ? 0 : -1);
          if (results === undefined) setFirstWhenIn(true);
        } else setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        if (!expanded) break;
        event.preventDefault();
        setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter': {
        const hit = expanded ? options[Math.max(active, 0)] : undefined;
        if (!hit) break;
        event.preventDefault();
        choose(hit);
        break;
      }
      case 'Escape':
        // Without preventDefault a type="search" field would also clear itself on the first Escape.
        if (expanded || showNoMatches || showLoading) {
          event.preventDefault();
          closeSearch();
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        Search the timeline
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className="search-box__input"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search events, quotes, people"
        value={query}
        onFocus={loadPart}
        onChange={(event) => {
          loadPart();
          setFirstWhenIn(false);
          setQuery(event.target.value);
          openSearch();
        }}
        onClick={() => {
          if (query.trim() !== '') openSearch();
        }}
        onBlur={closeSearch}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box__key" aria-hidden="true">
        /
      </kbd>
      <div id={listId} role="listbox" aria-label="Search results" className="search-box__popup" hidden={!expanded}>
        {expanded && part && (
          <part.SearchResultGroups baseId={baseId} model={model} groups={groups} active={active} onChoose={choose} onHover={setActive} />
        )}
      </div>
      {showNoMatches && <p className="search-box__popup search-box__empty">No matches for “{searched.trim()}”</p>}
      {showLoading && (
        <p className="search-box__popup search-box__empty search-box__loading">
          {loadFailed ? 'Search could not be loaded; type to try again.' : 'Searching…'}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
