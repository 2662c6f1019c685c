import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Model } from '../model/types.ts';
import { selectSearchResults, type SearchHit, type SearchHitKind, type SearchResults } from '../selectors/select-search-results.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { describeSearchResults } from './describe-search-results.ts';
import { SearchResultOption } from './search-result-option.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useSlashToSearch } from './use-slash-to-search.ts';
import './search-box.css';

export interface SearchBoxProps {
  /** The model to search. */
  readonly model: Model;
  /** Called with the result the reader chose (Enter or click); the popup has closed by then. */
  readonly onChoose: (kind: SearchHitKind, id: string) => void;
}

interface ResultGroup {
  readonly kind: SearchHitKind;
  readonly label: string;
  readonly hits: readonly SearchHit[];
  readonly count: number;
  /** Index of the group's first hit among all options. */
  readonly offset: number;
}

function groupResults(results: SearchResults): ResultGroup[] {
  const groups: ResultGroup[] = [];
  let offset = 0;
  for (const [kind, label, hits, count] of [
    ['event', 'Events', results.events, results.counts.events],
    ['statement', 'Quotes', results.statements, results.counts.statements],
    ['actor', 'People and organisations', results.actors, results.counts.actors],
  ] as const) {
    if (hits.length === 0) continue;
    groups.push({ kind, label, hits, count, offset });
    offset += hits.length;
  }
  return groups;
}

/**
 * The search field with its results popup, following the ARIA combobox pattern: focus stays in the
 * field, ↓/↑ move through the options, Enter chooses, Escape closes the popup (a second Escape clears
 * the text). `/` focuses it from anywhere. The text lives in the view store, so it is part of the URL.
 */
export function SearchBox({ model, onChoose }: SearchBoxProps) {
  const query = useViewStore((s) => s.query);
  const searchOpen = useViewStore((s) => s.searchOpen);
  const setQuery = useViewStore((s) => s.setQuery);
  const openSearch = useViewStore((s) => s.openSearch);
  const closeSearch = useViewStore((s) => s.closeSearch);
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(inputRef);
  const baseId = useId();
  const listId = `${baseId}-results`;

  // Typing stays responsive on a large model: the results catch up when React has time.
  const searched = useDeferredValue(query);
  const results = useMemo(() => selectSearchResults(model, searched), [model, searched]);
  const groups = useMemo(() => groupResults(results), [results]);
  const options = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  // The active option belongs to one set of results; new results start with none active.
  const [activeState, setActiveState] = useState({ results, index: -1 });
  const active = activeState.results === results ? activeState.index : -1;
  const setActive = (index: number) => setActiveState({ results, index });

  const hasQuery = searched.trim() !== '';
  const expanded = searchOpen && hasQuery && options.length > 0;
  const showNoMatches = searchOpen && hasQuery && options.length === 0;
  const activeId = expanded && active >= 0 ? `${baseId}-option-${active}` : undefined;
  const announcement = useDebouncedValue(searchOpen && hasQuery ? describeSearchResults(searched, results) : '', 400);

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
        if (expanded || showNoMatches) {
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
        onChange={(event) => {
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
        {expanded &&
          groups.map((group) => (
            <ul key={group.kind} role="group" aria-labelledby={`${baseId}-${group.kind}`} className="search-box__group">
              <li role="presentation" id={`${baseId}-${group.kind}`} className="search-box__group-label">
                {group.label}
                {group.count > group.hits.length && ` (first ${group.hits.length} of ${group.count})`}
              </li>
              {group.hits.map((hit, n) => (
                <SearchResultOption
                  key={`${hit.kind}:${hit.id}`}
                  id={`${baseId}-option-${group.offset + n}`}
                  model={model}
                  hit={hit}
                  active={group.offset + n === active}
                  onChoose={() => choose(hit)}
                  onHover={() => setActive(group.offset + n)}
                />
              ))}
            </ul>
          ))}
      </div>
      {showNoMatches && <p className="search-box__popup search-box__empty">No matches for “{searched.trim()}”</p>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
