import type { Model } from '../model/types.ts';
import type { VisibleItems } from '../selectors/select-visible-items.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Showing 12 of 40 events and 3 of 9 quotes", or "Showing all 40 events and 9 quotes" when nothing is filtered. */
export function describeVisibleItems(model: Model, visible: VisibleItems): string {
  const events = model.events.size;
  const quotes = model.statements.size;
  if (!visible.isFiltered) {
    return `Showing all ${plural(events, 'event', 'events')}${quotes > 0 ? ` and ${plural(quotes, 'quote', 'quotes')}` : ''}`;
  }
  const eventPart = `${visible.events.length} of ${plural(events, 'event', 'events')}`;
  const quotePart = quotes > 0 ? ` and ${visible.statements.length} of ${plural(quotes, 'quote', 'quotes')}` : '';
  return `Showing ${eventPart}${quotePart}`;
}
