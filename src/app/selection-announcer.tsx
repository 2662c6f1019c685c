import type { Model } from '../model/types';
import type { Selection } from '../view-state/view-state';
import { formatDateRange, formatPartialDate } from '../model/format-partial-date';
import { getPositionTitle } from '../selectors/get-position-title';

interface SelectionAnnouncerProps {
  model: Model;
  selection: Selection | null;
}

function describe(model: Model, selection: Selection | null): string {
  if (!selection) return '';
  if (selection.kind === 'event') {
    const e = model.events.get(selection.id as never);
    return e ? `Selected event: ${e.title}, ${formatDateRange(e.start, e.end)}.` : '';
  }
  if (selection.kind === 'actor') {
    const a = model.actors.get(selection.id as never);
    return a ? `Selected: ${a.name}${a.title ? `, ${a.title}` : ''}.` : '';
  }
  if (selection.kind === 'position') {
    const p = model.positions.get(selection.id as never);
    return p ? `Selected position: ${getPositionTitle(model, p)}, ${p.stance} from ${formatPartialDate(p.date)}.` : '';
  }
  const s = model.statements.get(selection.id as never);
  const speaker = s ? (model.actors.get(s.speaker)?.name ?? s.speaker) : '';
  return s ? `Selected statement by ${speaker}, ${formatPartialDate(s.date)}.` : '';
}

/** A polite live region that tells screen-reader users what was just selected. */
export function SelectionAnnouncer({ model, selection }: SelectionAnnouncerProps) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {describe(model, selection)}
    </p>
  );
}
