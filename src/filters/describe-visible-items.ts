import { formatCount, formatNumber } from '../components/format-count.ts';
import type { Model } from '../model/types.ts';
import type { VisibleItems } from '../selectors/select-visible-items.ts';

const EVENTS = { one: 'event', other: 'events' };
const QUOTES = { one: 'quote', other: 'quotes' };

/** "Showing 12 of 40 events and 3 of 9 quotes", or "Showing all 40 events and 9 quotes" when nothing is filtered. */
export function describeVisibleItems(model: Model, visible: VisibleItems): string {
  const events = model.events.size;
  const quotes = model.statements.size;
  if (!visible.isFiltered) {
    return `Showing ${events === 1 ? '' : 'all '}${formatCount(events, EVENTS)}${quotes > 0 ? ` and ${formatCount(quotes, QUOTES)}` : ''}`;
  }
  const eventPart = `${formatNumber(visible.events.length)} of ${formatCount(events, EVENTS)}`;
  const quotePart = quotes > 0 ? ` and ${formatNumber(visible.statements.length)} of ${formatCount(quotes, QUOTES)}` : '';
  return `Showing ${eventPart}${quotePart}`;
}
