import { lazy } from 'react';

// The "Actors" button paints with the filter bar; the checkbox list it opens is only needed once the
// reader reaches for it, so it loads in its own chunk. The menu starts rendering it, hidden, as soon
// as the button is hovered, focused or pressed, so it is usually in before the popup opens.
// (app/lazy-views.ts does the same for whole views.)

/** The actor checkboxes (see filters/actor-filter-groups.tsx). */
export const LazyActorFilterGroups = lazy(() => import('./actor-filter-groups.tsx').then((m) => ({ default: m.ActorFilterGroups })));
