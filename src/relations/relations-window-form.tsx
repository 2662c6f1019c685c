import { useId, useState, type FormEvent } from 'react';
import { parsePartialDate } from '../model/partial-date.ts';
import { repairWindowDate } from '../view-state/repair-window-date.ts';
import type { TimeWindow } from '../view-state/view-state.ts';

interface RelationsWindowFormProps {
  /** The time window now in force (the timeline's), or null for all dates. */
  value: TimeWindow | null;
  /** Sets the window (both ends valid, in order), or null for all dates. */
  onChange: (window: TimeWindow | null) => void;
}

/**
 * The time window the matrix counts in, as two partial dates ("2025-03-09"), the same window the
 * timeline shows: it follows a zoom there, and setting it here moves the timeline too.
 */
export function RelationsWindowForm({ value, onChange }: RelationsWindowFormProps) {
  const id = useId();
  const [draft, setDraft] = useState({ from: value?.from ?? '', to: value?.to ?? '', base: value, error: '' });
  if (draft.base !== value) setDraft({ from: value?.from ?? '', to: value?.to ?? '', base: value, error: '' });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const from = repairWindowDate(draft.from.trim());
    const to = repairWindowDate(draft.to.trim());
    if (from === '' && to === '') return onChange(null);
    const start = parsePartialDate(from);
    const end = parsePartialDate(to);
    const error = !start || !end ? 'Give both dates, like 2025-03-09.' : end.end <= start.start ? '“To” is before “From”.' : '';
    if (error) setDraft((d) => ({ ...d, error }));
    else onChange({ from, to });
  };

  return (
    <form className="relations__window" onSubmit={onSubmit} aria-labelledby={`${id}-legend`} noValidate>
      <span id={`${id}-legend`} className="relations__window-legend">Time window</span>
      <label htmlFor={`${id}-from`}>From</label>
      <input id={`${id}-from`} className="relations__date" value={draft.from} placeholder="2025-03-09" spellCheck={false}
        aria-invalid={draft.error ? true : undefined} aria-describedby={draft.error ? `${id}-error` : undefined}
        onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value, error: '' }))} />
      <label htmlFor={`${id}-to`}>To</label>
      <input id={`${id}-to`} className="relations__date" value={draft.to} placeholder="2025-03-20" spellCheck={false}
        aria-invalid={draft.error ? true : undefined} aria-describedby={draft.error ? `${id}-error` : undefined}
        onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value, error: '' }))} />
      <button type="submit" className="button">Apply</button>
      {value && (
        <button type="button" className="button" onClick={() => onChange(null)}>
          All dates
        </button>
      )}
      {draft.error && (
        <p id={`${id}-error`} className="relations__window-error" role="alert">
          {draft.error}
        </p>
      )}
    </form>
  );
}
