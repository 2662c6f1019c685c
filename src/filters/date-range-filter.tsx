import { useId, useState, type FormEvent } from 'react';
import type { DateFilter } from '../view-state/view-state.ts';
import { checkFilterDate } from './check-filter-date.ts';

export interface DateRangeFilterProps {
  /** The range in the store; either end may be open. */
  readonly value: DateFilter;
  /** Applies a valid range; empty strings are open ends. Never called with an invalid date. */
  readonly onApply: (filter: DateFilter) => void;
}

interface Draft {
  readonly since: string;
  readonly until: string;
  /** The store's range this draft was typed over; when the store moves on (chip removed, link), the draft follows. */
  readonly base: DateFilter;
  readonly shownErrors: boolean;
}

function draftOf(value: DateFilter): Draft {
  return { since: value.since ?? '', until: value.until ?? '', base: value, shownErrors: false };
}

/**
 * Two text fields, "Since" and "Until", taking partial dates (`2025-03`). A range is applied on Enter or
 * when focus leaves a field; an invalid date shows an inline message and is not applied.
 */
export function DateRangeFilter({ value, onApply }: DateRangeFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(value));
  // Adjusting state while rendering, as React's docs suggest, rather than in an effect after a stale paint.
  if (draft.base !== value && (draft.base.since !== value.since || draft.base.until !== value.until)) {
    setDraft(draftOf(value));
  }

  const since = checkFilterDate(draft.since);
  const until = checkFilterDate(draft.until);
  const reversed = since.ok && until.ok && since.span && until.span && until.span.end <= since.span.start;
  const errors = {
    since: since.ok ? undefined : since.error,
    until: until.ok ? (reversed ? '“Until” is before “Since”.' : undefined) : until.error,
  };

  const apply = () => {
    setDraft((d) => ({ ...d, shownErrors: true }));
    if (!since.ok || !until.ok || reversed) return;
    onApply({ since: since.value, until: until.value });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply();
  };

  const field = (name: 'since' | 'until', label: string) => {
    const error = draft.shownErrors ? errors[name] : undefined;
    return (
      <div className="date-filter__field">
        <label htmlFor={`${id}-${name}`} className="filter-bar__label">
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          className="date-filter__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder="YYYY-MM"
          value={draft[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error ${id}-hint` : `${id}-hint`}
          onChange={(event) => {
            const text = event.target.value;
            setDraft((d) => ({ ...d, [name]: text, shownErrors: false }));
          }}
        />
        {error && (
          <p id={`${id}-${name}-error`} className="date-filter__error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="date-filter"
      aria-label="Date range"
      onSubmit={onSubmit}
      noValidate
      onBlur={(event) => {
        // Moving between the two fields and the button is not done yet; leaving the range is.
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        if (draft.since !== (value.since ?? '') || draft.until !== (value.until ?? '')) apply();
      }}
    >
      {field('since', 'Since')}
      {field('until', 'Until')}
      <p id={`${id}-hint`} className="visually-hidden">
        A year, month or day, such as 2025, 2025-03 or 2025-03-14. Press Enter to apply.
      </p>
      <button type="submit" className="button date-filter__apply">
        Apply dates
      </button>
    </form>
  );
}
