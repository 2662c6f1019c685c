import { lazy } from 'react';

// The "Filters" button and the chips paint with the page; the controls of its popover (actors, kinds,
// dates, verbatim) are only needed once the reader reaches for it, so they load in their own chunk.
// The bar starts rendering them, hidden, as soon as the button is hovered, focused or pressed, so
// they are usually in before the popover opens. (app/lazy-views.ts does the same for whole views.)

/** The popover's controls (see filters/filter-panel.tsx). */
export const LazyFilterPanel = lazy(() => import('./filter-panel.tsx').then((m) => ({ default: m.FilterPanel })));
