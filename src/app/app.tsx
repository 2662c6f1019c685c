import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { modelQueryOptions } from '../data/model-query-options';
import type { LoadedModel } from '../data/decode-model-bytes';
import { LoadingIndicator } from '../components/loading-indicator';
import { selectVisibleItems } from '../selectors/select-visible-items';
import { useViewStore, useViewStoreApi } from '../view-state/view-store-context';
import { useShallow } from 'zustand/react/shallow';
import { Timeline } from '../timeline/timeline';
import { assignActorColors } from '../timeline/actor-colors';
import { ModelErrorView } from './model-error-view';
import { NoticeList } from './notice-list';
import { SelectionAnnouncer } from './selection-announcer';
import { useSelectionWalk } from './use-selection-walk';
import { useEscapeToClose } from './use-escape-to-close';
import { buildItemLink } from './build-item-link';
import { LazyDetailPanel, LazyEmbedBridge, LazyEmbedCodeDialog, LazyEventList, LazyModelOriginNotice, LazyPositionsView, LazyStanceTopicPicker, LazyStoryCaption, LazyTimelineStances } from './lazy-views';
import type { Selection } from '../view-state/view-state';
import { readModelFile } from '../open-model/read-model-file';
import { ModelDropZone } from '../open-model/model-drop-zone';
import { OpenModelButton } from '../open-model/open-model-button';
import { isTrustedModelOrigin, TRUSTED_MODEL_ORIGINS } from '../open-model/trusted-model-origins';
import type { AppParams } from '../view-state/parse-app-params';
import { embedParams } from './embed-params';
import { AppHeader } from './app-header';
import { getOpeningViewState } from '../view-state/get-opening-view-state';
import { getStoryStepStates } from '../view-state/get-story-step-states';

/** Wide enough for the detail panel to sit beside the timeline (narrower, it is a bottom sheet; see styles.css). */
function isWideScreen(): boolean {
  return typeof matchMedia !== 'function' || matchMedia('(min-width: 721px)').matches;
}

interface AppProps {
  /** Address of the model to show (the bundled one unless `?model=` says otherwise). */
  modelUrl: string;
  /** The page's app parameters: embed mode, theme, allowed host origins. */
  params: AppParams;
}

/** A model the reader opened from their own disk, or the problem with it. */
interface OpenedFile {
  readonly name: string;
  readonly loaded?: LoadedModel;
  readonly error?: unknown;
}

/** Loads the model (from its URL, or a file the reader opened) and shows the timeline, or why it can't. */
export function App({ modelUrl, params }: AppProps) {
  const queryClient = useQueryClient();
  // Started as the first render is committed, before the browser paints it: useQuery starts its
  // fetch from an effect that runs only after that paint, ~80 ms later at 10,000 events, while the
  // model (fetched by public/prefetch-model.js) is usually in already. The query is the same one.
  useLayoutEffect(() => {
    void queryClient.prefetchQuery(modelQueryOptions(modelUrl));
  }, [queryClient, modelUrl]);
  const query = useQuery(modelQueryOptions(modelUrl));
  const [file, setFile] = useState<OpenedFile | null>(null);
  const embedded = params.embed;
  const onModelFile = useCallback((f: File) => {
    readModelFile(f).then(
      (loaded) => setFile({ name: f.name, loaded }),
      (error: unknown) => setFile({ name: f.name, error }),
    );
  }, []);
  const dropZone = !embedded && <ModelDropZone onModelFile={onModelFile} />;

  if (file?.error) {
    return (
      <>
        {dropZone}
        <main id="main" className="app-main" tabIndex={-1}>
          <ModelErrorView error={file.error} onRetry={() => setFile(null)} retryLabel="Back to the timeline" extra={<OpenModelButton onModelFile={onModelFile} label="Open another model…" />} />
        </main>
      </>
    );
  }
  if (file?.loaded) {
    return (
      <>
        {dropZone}
        {/* The whole view waits for the notice's code, so the reader's file never shows without it. */}
        <Suspense fallback={<LoadingIndicator label="Loading the timeline…" />}>
          <ModelView key={file.name} loaded={file.loaded} params={params} origin={<LazyModelOriginNotice fileName={file.name} />} onModelFile={onModelFile} />
        </Suspense>
      </>
    );
  }
  if (query.isPending) return <LoadingIndicator label="Loading the timeline…" />;
  if (query.isError) {
    return (
      <>
        {dropZone}
        <main id="main" className="app-main" tabIndex={-1}>
          <ModelErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} {...(embedded ? {} : { extra: <OpenModelButton onModelFile={onModelFile} /> })} />
        </main>
      </>
    );
  }
  return (
    <>
      {dropZone}
      {params.model === undefined || isTrustedModelOrigin(modelUrl, location.origin, TRUSTED_MODEL_ORIGINS) ? (
        <ModelView loaded={query.data} params={params} origin={null} onModelFile={onModelFile} />
      ) : (
        // A model from another site: the view waits for the notice that says where it comes from.
        <Suspense fallback={<LoadingIndicator label="Loading the timeline…" />}>
          <ModelView loaded={query.data} params={params} origin={<LazyModelOriginNotice modelUrl={modelUrl} />} onModelFile={onModelFile} />
        </Suspense>
      )}
    </>
  );
}

interface ModelViewProps {
  loaded: LoadedModel;
  params: AppParams;
  /** Says where the model comes from when it is not the site's own. */
  origin: ReactNode;
  onModelFile: (file: File) => void;
}

/** The loaded model: header, timeline or list, and the detail panel. */
function ModelView({ loaded, params, origin, onModelFile }: ModelViewProps) {
  const { model } = loaded;
  const embedded = params.embed;
  const store = useViewStoreApi();
  const selection = useViewStore((s) => s.selection);
  // What the page's URL opened with: an embed's host knows it; later selections are reported to it.
  const [openedWith] = useState(() => selection);
  const view = useViewStore((s) => s.view);
  const showEvent = useViewStore((s) => s.showEvent);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const filters = useViewStore(useShallow((s) => ({ actorFilter: s.actorFilter, kindFilter: s.kindFilter, verbatimOnly: s.verbatimOnly, dateFilter: s.dateFilter })));
  const visible = useMemo(() => selectVisibleItems(model, filters), [model, filters]);
  const colors = useMemo(() => assignActorColors(model), [model]);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const walk = useSelectionWalk(visible, selection, showEvent);
  useEscapeToClose(store);

  // A link without view parameters opens on the curator's view (url-sync applies it). Before the
  // first paint, so the timeline never shows the whole span first. Its selection only where the
  // panel opens beside the timeline: on a phone the sheet would cover the story on the first screen,
  // and in an article the panel would grow the iframe the author sized.
  // Story steps select what they are about by the same rule.
  const [opening, storySteps] = useMemo(() => {
    const withSelection = !embedded && isWideScreen();
    return [getOpeningViewState(model, { withSelection }), getStoryStepStates(model, { withSelection })];
  }, [model, embedded]);
  useLayoutEffect(() => {
    store.getState().setOpening(opening, storySteps);
  }, [store, opening, storySteps]);
  const step = useViewStore((s) => s.step);
  const story = model.story;

  // Ids from a link that this model lacks are dropped once, with a notice.
  useEffect(() => {
    store.getState().reconcileWithModel(model);
  }, [store, model]);

  // After the reader opens something, move focus to the panel's heading so it is read next; not for
  // a selection the address brought (the page's link, the opening view, Back and Forward).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    // Nor for a story step's: the reader is walking the story with focus in its caption.
    if (selection && store.getState().historyStep === 'push' && !document.activeElement?.closest('.story-caption')) {
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [selection, store]);

  const onShow = (kind: Selection['kind'], id: string) => {
    const state = store.getState();
    if (kind === 'event') state.showEvent(id);
    else if (kind === 'actor') state.showActor(id);
    else if (kind === 'position') state.showPosition(id);
    else state.showStatement(id);
  };
  // Positions appear only in models that have topics: no empty controls otherwise.
  const hasTopics = model.topics.size > 0;
  // A search result hidden by the filters is still what the reader asked for: clear them to show it.
  const onChoose = (kind: 'event' | 'actor' | 'statement', id: string) => {
    const hidden = (kind === 'event' && !visible.eventSet.has(id as never)) || (kind === 'statement' && !visible.statementSet.has(id as never));
    if (hidden) {
      store.getState().clearFilters();
      store.getState().addNotice('Filters were cleared to show your search result.');
    }
    onShow(kind, id);
  };
  const onCopyLink = (kind: Selection['kind'], id: string) => {
    const link = buildItemLink({ kind, id }, window.location);
    void navigator.clipboard?.writeText(link).catch(() => undefined);
    store.getState().addNotice(`Link copied: ${link}`);
  };

  return (
    <div ref={setRoot} className={selection ? 'app-layout has-panel' : 'app-layout'}>
      {!embedded && <AppHeader model={model} onChoose={onChoose} onModelFile={onModelFile} onEmbed={() => setEmbedOpen(true)} />}
      {origin}
      <NoticeList />
      <div className="app-body">
        <main id="main" className="app-main" tabIndex={-1}>
          {story && step !== null && !embedded && (
            <Suspense fallback={null}>
              <LazyStoryCaption
                steps={story}
                step={step}
                onStep={(n) => store.getState().showStep(n)}
                onLeave={() => {
                  store.getState().leaveStory();
                  document.getElementById('story-button')?.focus();
                }}
              />
            </Suspense>
          )}
          {view === 'timeline' ? (
            <Timeline
              model={model}
              visible={visible}
              embedded={embedded}
              {...(hasTopics && {
                laneOverlay: (geometry) => <Suspense fallback={null}><LazyTimelineStances model={model} geometry={geometry} /></Suspense>,
                toolbarExtra: (mode) => <Suspense fallback={null}><LazyStanceTopicPicker model={model} mode={mode} /></Suspense>,
              })}
            />
          ) : view === 'positions' ? (
            <Suspense fallback={<LoadingIndicator label="Loading the positions…" />}>
              <LazyPositionsView model={model} />
            </Suspense>
          ) : (
            <Suspense fallback={<LoadingIndicator label="Loading the list…" />}>
              <LazyEventList model={model} visible={visible} colorOf={(id) => colors.get(id as never) ?? 'var(--accent)'} />
            </Suspense>
          )}
        </main>
        {selection && (
          <div className="app-panel">
            <Suspense fallback={<LoadingIndicator label="Loading the details…" />}>
            <LazyDetailPanel
              model={model}
              selection={selection}
              onShow={onShow}
              onClose={clearSelection}
              {...walk}
              onCopyLink={onCopyLink}
              headingRef={headingRef}
              colorOf={(id) => colors.get(id as never) ?? 'var(--accent)'}
            />
            </Suspense>
          </div>
        )}
      </div>
      <SelectionAnnouncer model={model} selection={selection} />
      {embedded && (
        <Suspense fallback={null}>
          <LazyEmbedBridge
            model={model}
            root={root}
            selection={selection}
            openedWith={openedWith}
            origins={params.origins}
            onShow={onShow}
            onWindow={(from, to) => store.getState().setTimeWindow({ from, to })}
            onStep={(n) => {
              // The host page can't see our story: say so where its author debugs, and change nothing.
              if (!store.getState().showStep(n)) console.warn(`Parley: this timeline's story has no step ${n}.`);
            }}
          />
        </Suspense>
      )}
      {!embedded && embedOpen && (
        <Suspense fallback={null}>
        <LazyEmbedCodeDialog
          open={embedOpen}
          onClose={() => setEmbedOpen(false)}
          appUrl={location.href}
          params={embedParams(store.getState(), params)}
          title={model.meta.title}
          initialTheme={params.theme}
        />
        </Suspense>
      )}
    </div>
  );
}
