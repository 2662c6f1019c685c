import { useEffect } from 'react';
import type { Selection } from '../view-state/view-state.ts';

/** The DOM id of an event's entry in the list. */
export const getEntryId = (eventId: string) => `event-list-${eventId}`;
/** The DOM id of a statement's quote in the list. */
export const getQuoteId = (statementId: string) => `event-list-statement-${statementId}`;

/**
 * Brings the selected event (or statement) into view when it is selected from elsewhere — the panel's
 * Previous/Next, search, a link — and on first render for a deep link. An entry already on screen is
 * left where it is, so selecting from the list itself never makes the page jump.
 */
export function useScrollToSelected(selection: Selection | null) {
  const kind = selection?.kind;
  const id = selection?.id;
  useEffect(() => {
    if (id === undefined || kind === 'actor') return;
    const element = document.getElementById(kind === 'event' ? getEntryId(id) : getQuoteId(id));
    if (!element || typeof element.scrollIntoView !== 'function') return;
    // Selected from inside the entry (its own button), or its top already on screen: stay put.
    if (element.contains(document.activeElement)) return;
    const { top } = element.getBoundingClientRect();
    if (top < 0 || top >= window.innerHeight) element.scrollIntoView({ block: 'start' });
  }, [kind, id]);
}
