import type { Model } from '../model/types.ts';
import type { SearchHit, SearchHitKind, SearchResults } from '../selectors/select-search-results.ts';
import { SearchResultOption } from './search-result-option.tsx';

/** One kind of result under its heading, as the popup shows it. */
export interface ResultGroup {
  readonly kind: SearchHitKind;
  readonly label: string;
  readonly hits: readonly SearchHit[];
  readonly count: number;
  /** Index of the group's first hit among all options. */
  readonly offset: number;
}

/** The results in the popup's order (events, quotes, actors), empty kinds left out. */
export function groupResults(results: SearchResults): ResultGroup[] {
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

export interface SearchResultGroupsProps {
  /** The search box's id prefix: option ids are `${baseId}-option-${index}`, group labels `${baseId}-${kind}`. */
  readonly baseId: string;
  readonly model: Model;
  readonly groups: readonly ResultGroup[];
  /** Index of the option the arrow keys are on, or -1. */
  readonly active: number;
  readonly onChoose: (hit: SearchHit) => void;
  readonly onHover: (index: number) => void;
}

/**
 * The content of the search box's listbox: a labelled group per kind of result. The listbox element
 * itself belongs to the search box (search-box.tsx), so the field's aria-controls always points at it.
 */
export function SearchResultGroups({ baseId, model, groups, active, onChoose, onHover }: SearchResultGroupsProps) {
  return groups.map((group) => (
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
          onChoose={() => onChoose(hit)}
          onHover={() => onHover(group.offset + n)}
        />
      ))}
    </ul>
  ));
}
