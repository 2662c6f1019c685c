import type { ActorId, EventId, Model, StatementId } from '../model/types.ts';
import { formatDateRange, formatPartialDate } from '../model/format-partial-date.ts';
import type { SearchHit } from '../selectors/select-search-results.ts';
import { HighlightedText } from './highlighted-text.tsx';

export interface SearchResultOptionProps {
  /** DOM id, referenced by the field's aria-activedescendant. */
  readonly id: string;
  readonly model: Model;
  readonly hit: SearchHit;
  /** Whether this is the option the arrow keys are on. */
  readonly active: boolean;
  readonly onChoose: () => void;
  readonly onHover: () => void;
}

// Words that say where a snippet came from, when its text alone would not.
const FIELD_LABELS: Record<string, string> = {
  alias: 'Also known as',
  about: 'About',
  note: 'Note',
  setting: 'Setting',
  location: 'Place',
};

/** The second line of an option: an event's date, a quote's speaker and date, an actor's title or kind. */
function getMeta(model: Model, hit: SearchHit): { speaker?: string; text: string } {
  if (hit.kind === 'event') {
    const event = model.events.get(hit.id as EventId);
    return { text: event ? formatDateRange(event.start, event.end) : '' };
  }
  if (hit.kind === 'statement') {
    const statement = model.statements.get(hit.id as StatementId);
    if (!statement) return { text: '' };
    return { speaker: model.actors.get(statement.speaker)?.name ?? statement.speaker, text: formatPartialDate(statement.date) };
  }
  const actor = model.actors.get(hit.id as ActorId);
  return { text: actor?.title ?? actor?.kind ?? '' };
}

/** One search result in the popup listbox: its title with the query's words marked, a date line and the matching snippet. */
export function SearchResultOption({ id, model, hit, active, onChoose, onHover }: SearchResultOptionProps) {
  const meta = getMeta(model, hit);
  // A quote found by its speaker's name marks the name in the meta line instead of repeating it.
  const speakerMatched = hit.kind === 'statement' && hit.snippetField === 'speaker';
  const label = FIELD_LABELS[hit.snippetField];
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-option search-option--${hit.kind}`}
      // Keep focus in the field, as the combobox pattern asks; the click still chooses.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
    >
      <span className="search-option__title">
        <HighlightedText text={hit.title} ranges={hit.matches.title} />
      </span>
      <span className="visually-hidden">, </span>
      <span className="search-option__meta">
        {meta.speaker !== undefined && (
          <>
            {speakerMatched ? <HighlightedText text={hit.snippet} ranges={hit.matches.snippet} /> : meta.speaker}
            {', '}
          </>
        )}
        {meta.text}
      </span>
      {hit.snippet !== '' && !speakerMatched && (
        <span className="search-option__snippet">
          <span className="visually-hidden">, </span>
          {label && <span className="search-option__field">{label}: </span>}
          <HighlightedText text={hit.snippet} ranges={hit.matches.snippet} />
        </span>
      )}
    </li>
  );
}
