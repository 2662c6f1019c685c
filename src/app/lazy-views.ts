import { lazy } from 'react';

// Views that are not needed to paint the first timeline load on demand, in their own chunks, so the
// initial script stays small: the panel with the first selection, the list with the list view, the
// embed dialog when asked for.

/** The detail panel (see detail-panel/detail-panel.tsx), loaded with the first selection. */
export const LazyDetailPanel = lazy(() => import('../detail-panel/detail-panel').then((m) => ({ default: m.DetailPanel })));

/** The list view (see event-list/event-list.tsx). */
export const LazyEventList = lazy(() => import('../event-list/event-list').then((m) => ({ default: m.EventList })));

/** The "Embed" dialog (see embed/embed-code-dialog.tsx). */
export const LazyEmbedCodeDialog = lazy(() => import('../embed/embed-code-dialog').then((m) => ({ default: m.EmbedCodeDialog })));

/** The iframe protocol (see app/embed-bridge.tsx), only when running embedded. */
export const LazyEmbedBridge = lazy(() => import('./embed-bridge').then((m) => ({ default: m.EmbedBridge })));
