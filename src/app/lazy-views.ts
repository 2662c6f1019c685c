import { lazy } from 'react';
import { createModuleLoader } from './create-module-loader';

// Views that are not needed to paint the first timeline load on demand, in their own chunks, so the
// initial script stays small: the panel with the first selection, the list with the list view, the
// embed dialog when asked for, the origin notice for a model that is not the bundled one. The app's
// own lazy modules also export their component as the default, which spares the initial script a
// `.then` mapping for each.

/** The detail panel (see detail-panel/detail-panel.tsx), loaded with the first selection. */
export const LazyDetailPanel = lazy(() => import('../detail-panel/detail-panel').then((m) => ({ default: m.DetailPanel })));

/** The header's Download menu (see download/download-menu.tsx), rendered after the first paint (AppHeader). */
export const LazyDownloadMenu = lazy(() => import('../download/download-menu').then((m) => ({ default: m.DownloadMenu })));

/** The list view (see event-list/event-list.tsx). */
export const LazyEventList = lazy(() => import('../event-list/event-list').then((m) => ({ default: m.EventList })));

/** The positions table (see positions/positions-view.tsx), for models with topics. */
export const LazyPositionsView = lazy(() => import('../positions/positions-view').then((m) => ({ default: m.PositionsView })));

// The timeline's stance strips and "Positions on" picker share one chunk, fetched for models with topics.
const loadTimelineStances = () => import('../positions/timeline-stances');
/** Stance strips along the lanes (see positions/timeline-stances.tsx). */
export const LazyTimelineStances = lazy(() => loadTimelineStances().then((m) => ({ default: m.TimelineStances })));
/** The "Positions on" picker of the timeline's toolbar. */
export const LazyStanceTopicPicker = lazy(() => loadTimelineStances().then((m) => ({ default: m.StanceTopicPicker })));

/**
 * The relations matrix and the panel listing one of its cells: one chunk (see relations/relations-part.tsx),
 * rendered by RelationsSlot without Suspense once it is here.
 */
export const relationsLoader = createModuleLoader(() => import('../relations/relations-part'));

/**
 * Fetches the relations view's code ahead of need: the Relations button calls it as the reader points
 * at it or tabs to it, the header at idle after the first paint. A failure is left for the view to
 * report (it loads again when opened).
 */
export function prefetchRelations(): void {
  relationsLoader.load().catch(() => undefined);
}

/** Escape closes the panel (see app/escape-to-close.tsx); loaded with the panel. */
export const LazyEscapeToClose = lazy(() => import('./escape-to-close'));

/** Why a model can't be shown, with its problems by JSON path (see app/model-error.tsx). */
export const LazyModelErrorView = lazy(() => import('./model-error-view'));

/** The "Embed" dialog (see embed/embed-code-dialog.tsx). */
export const LazyEmbedCodeDialog = lazy(() => import('../embed/embed-code-dialog').then((m) => ({ default: m.EmbedCodeDialog })));

/** The iframe protocol (see app/embed-bridge.tsx), only when running embedded. */
export const LazyEmbedBridge = lazy(() => import('./embed-bridge').then((m) => ({ default: m.EmbedBridge })));

/**
 * "Model from …" (see open-model/model-origin-notice.tsx): only a model from `?model=` or the reader's
 * own file can need it, never the bundled one.
 */
export const LazyModelOriginNotice = lazy(() => import('../open-model/model-origin-notice').then((m) => ({ default: m.ModelOriginNotice })));

/** The caption of a story step (see story/story-caption.tsx), once the reader starts the story. */
export const LazyStoryCaption = lazy(() => import('../story/story-caption').then((m) => ({ default: m.StoryCaption })));

/** Fetches the header's search field (see search/search-box.tsx); the app asks for it once the first timeline is painted. */
export const loadSearchBox = () => import('../search/search-box');

/** The header's search field: nobody searches before the timeline is on screen. */
export const LazySearchBox = lazy(() => loadSearchBox().then((m) => ({ default: m.SearchBox })));
/** The progress of a slow model load, with Cancel (see app/model-load-progress-view.tsx); quick loads never need it. */
export const LazyModelLoadProgressView = lazy(() => import('./model-load-progress-view').then((m) => ({ default: m.ModelLoadProgressView })));

/** The progress of a model file being opened, over the model shown so far (see app/model-load-dialog.tsx). */
export const LazyModelLoadDialog = lazy(() => import('./model-load-dialog').then((m) => ({ default: m.ModelLoadDialog })));

/** Where a model opened from files comes from and, when converted, what the conversion left out (see open-model/opened-file-notice.tsx). */
export const LazyOpenedFileNotice = lazy(() => import('../open-model/opened-file-notice').then((m) => ({ default: m.OpenedFileNotice })));
