import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { modelQueryOptions } from '../data/model-query-options';
import type { LoadedModel } from '../data/decode-model-bytes';
import { LoadingIndicator } from '../components/loading-indicator';
import { cancelModelLoad } from '../data/model-load-tracker';
import { describeModelUrl } from '../data/fetch-model';
import { selectVisibleItems } from '../selectors/select-visible-items';
import { useViewStore, useViewStoreApi } from '../view-state/view-store-context';
import { useShallow } from 'zustand/react/shallow';
import { Timeline } from '../timeline/timeline';
import { selectActorColors } from '../selectors/select-actor-colors';
import { ModelError } from './model-error';
import { NoticeList } from './notice-list';
import { SelectionAnnouncer } from './selection-announcer';
import { useSelectionWalk } from './use-selection-walk';
import { buildItemLink } from './build-item-link';
import {
  LazyDetailPanel, LazyDownloadMenu, LazyEmbedBridge, LazyEmbedCodeDialog, LazyEscapeToClose, LazyEventList, LazyModelLoadDialog, LazyModelOriginNotice, LazyOpenedFileNotice,
  LazyPositionsView, LazyStanceTopicPicker, LazyStoryCaption, LazyTimelineStances,
} from './lazy-views';
import type { Selection } from '../view-state/view-state';
import type { OpenedModel } from '../open-model/read-model-files';
import { ModelLoadingView } from './model-loading-view';
import { useModelLoadProgress } from './use-model-load-progress';
import { useModelFileOpening, type OpenedResult } from './use-model-file-opening';
import { ModelDropZone } from '../open-model/model-drop-zone';
import { OpenModelButton } from '../open-model/open-model-button';
import { isTrustedModelOrigin, TRUSTED_MODEL_ORIGINS } from '../open-model/trusted-model-origins';
import { describeLocalFileLink } from '../open-model/describe-local-file-link';
import { ItemLinksContext, type ItemLinks } from '../item-views/item-links';
import { LinkUnavailableError } from '../item-views/link-unavailable-error';
import type { AppParams } from '../view-state/parse-app-params';
import { embedParams } from './embed-params';
import { useThreadIds } from './use-thread-ids';
import { AppHeader } from './app-header';
import { RelationsSlot } from './relations-slot';
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

/** A model the reader opened from their own disk (converted when it was not a Parley file), or the problem with it. */
interface OpenedFile {
  readonly name: string;
  readonly opened?: OpenedModel;
  readonly error?: unknown;
}

/** Loads the model (from its URL, or a file the reader opened) and shows the timeline, or why it can't. */
export function App({ modelUrl, params }: AppProps) {
  const queryClient = useQueryClient();
  // Started as the first render is committed, before the browser paints it: useQuery starts its
  // fetch from an effect that runs only after that paint, ~80 ms later at 10,000 events, while the
  // model (fetched by public/prefetch-model.js) is usually in already. The query is the same one.
  // main.tsx has usually started it already (for the URL the page opened with): asking again for a
  // load that failed would fetch it again, outside the retry rule.
  useLayoutEffect(() => {
    const options = modelQueryOptions(modelUrl);
    if (!queryClient.getQueryState(options.queryKey)) void queryClient.prefetchQuery(options);
  }, [queryClient, modelUrl]);
  const query = useQuery(modelQueryOptions(modelUrl));
  const progress = useModelLoadProgress(modelUrl);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const embedded = params.embed;
  // A file opens over the model shown so far, which stays until it is ready (or the reader cancels).
  const fileOpening = useModelFileOpening(useCallback((name: string, result: OpenedResult) => setFile({ name, ...result }), []));
  const onModelFiles = fileOpening.open;
  const dropZone = (
    <>
      {!embedded && <ModelDropZone onModelFiles={onModelFiles} />}
      {fileOpening.opening && (
        <Suspense fallback={null}>
          <LazyModelLoadDialog label={fileOpening.opening.name} progress={fileOpening.opening.progress} onCancel={fileOpening.cancel} />
        </Suspense>
      )}
    </>
  );

  if (file?.error) {
    return (
      <>
        {dropZone}
        <main id="main" className="app-main" tabIndex={-1}>
          <ModelError error={file.error} onRetry={() => setFile(null)} retryLabel="Back to the timeline" extra={<OpenModelButton onModelFiles={onModelFiles} label="Open another model…" />} />
        </main>
      </>
    );
  }
  if (file?.opened) {
    const origin = <LazyOpenedFileNotice fileName={file.name} conversion={file.opened.conversion} />;
    return (
      <>
        {dropZone}
        {/* The whole view waits for the notice's code, so the reader's file never shows without it. */}
        <Suspense fallback={<LoadingIndicator label="Loading the timeline…" />}>
          <ModelView key={file.name} loaded={file.opened.loaded} params={params} origin={origin} onModelFiles={onModelFiles} localFile={file.name} />
        </Suspense>
      </>
    );
  }
  if (query.isPending) return <ModelLoadingView label={describeModelUrl(modelUrl)} progress={progress} onCancel={() => cancelModelLoad(modelUrl)} />;
  if (query.isError) {
    return (
      <>
        {dropZone}
        <main id="main" className="app-main" tabIndex={-1}>
          <ModelError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} {...(embedded ? {} : { extra: <OpenModelButton onModelFiles={onModelFiles} /> })} />
        </main>
      </>
    );
  }
  return (
    <>
      {dropZone}
      {params.model === undefined || isTrustedModelOrigin(modelUrl, location.origin, TRUSTED_MODEL_ORIGINS) ? (
        <ModelView loaded={query.data} params={params} origin={null} onModelFiles={onModelFiles} />
      ) : (
        // A model from another site: the view waits for the notice that says where it comes from.
        <Suspense fallback={<LoadingIndicator label="Loading the timeline…" />}>
          <ModelView loaded={query.data} params={params} origin={<LazyModelOriginNotice modelUrl={modelUrl} />} onModelFiles={onModelFiles} />
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
  onModelFiles: (files: File[]) => void;
  /** The name of the reader's own file the model was opened from: no link can carry it. */
  localFile?: string;
}

/** The loaded model: header, timeline or list, and the detail panel. */
function ModelView({ loaded, params, origin, onModelFiles, localFile }: ModelViewProps) {
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
  const thread = useViewStore((s) => s.thread);
  const compare = useViewStore((s) => s.compare);
  const relationCell = useViewStore((s) => s.relationCell);
  const threadIds = useThreadIds(model, thread);
  const visible = useMemo(() => selectVisibleItems(model, { ...filters, threadIds }), [model, filters, threadIds]);
  const colors = selectActorColors(model);
  const colorOf = (id: string) => colors.get(id as never) ?? 'var(--accent)';
  const [embedOpen, setEmbedOpen] = useState(false);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const walk = useSelectionWalk(visible, selection, showEvent);

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
    if ((selection || relationCell) && store.getState().historyStep === 'push' && !document.activeElement?.closest('.story-caption')) {
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [selection, relationCell, store]);

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
  // A model from the reader's own file has no address: links and embeds would open another model.
  const noLink = localFile === undefined ? undefined : describeLocalFileLink(localFile);
  const links = useMemo<ItemLinks>(
    () => (noLink ? { linkTo: () => undefined, unavailable: noLink } : { linkTo: (kind, id) => buildItemLink({ kind, id }, window.location) }),
    [noLink],
  );
  const onCopyLink = (kind: Selection['kind'], id: string) => {
    if (noLink) {
      store.getState().addNotice(noLink);
      throw new LinkUnavailableError('No link: the model is a file on this device');
    }
    const link = buildItemLink({ kind, id }, window.location);
    void navigator.clipboard?.writeText(link).catch(() => undefined);
    store.getState().addNotice(`Link copied: ${link}`);
  };

  return (
    <ItemLinksContext value={links}>
    <div ref={setRoot} className={selection || relationCell ? 'app-layout has-panel' : 'app-layout'}>
      {!embedded && (
        <AppHeader
          model={model}
          visible={visible}
          onChoose={onChoose}
          onModelFiles={onModelFiles}
          onEmbed={() => setEmbedOpen(true)}
          download={<LazyDownloadMenu model={model} statements={visible.statements} linkTo={(id) => links.linkTo('statement', id)} />}
        />
      )}
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
          {/* An embed shows no header, but its page still needs a title for screen-reader heading navigation. */}
          {embedded && <h1 className="visually-hidden">{model.meta.title}</h1>}
          {threadIds === undefined ? (
            <LoadingIndicator label="Loading the thread…" />
          ) : view === 'timeline' ? (
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
          ) : view === 'list' ? (
            <Suspense fallback={<LoadingIndicator label="Loading the list…" />}>
              <LazyEventList model={model} visible={visible} colorOf={colorOf} />
            </Suspense>
          ) : (
            <RelationsSlot part="view" model={model} visible={visible} fallback={<LoadingIndicator label="Loading the relations…" />} />
          )}
        </main>
        {(selection || relationCell) && (
          <div className="app-panel">
            <Suspense fallback={<LoadingIndicator label="Loading the details…" />}>
            {selection ? (
            <LazyDetailPanel
              model={model}
              selection={selection}
              onShow={onShow}
              onClose={clearSelection}
              {...walk}
              onCopyLink={onCopyLink}
              headingRef={headingRef}
              colorOf={colorOf}
              onShowThread={store.getState().showThread}
              thread={thread}
              compare={compare}
              onCompare={store.getState().setCompare}
            />
            ) : (
              <RelationsSlot
                part="cell" model={model} visible={visible} onShow={onShow} headingRef={headingRef} colorOf={colorOf}
                fallback={<LoadingIndicator label="Loading the details…" />}
              />
            )}
            <LazyEscapeToClose store={store} />
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
          unavailable={noLink}
        />
        </Suspense>
      )}
    </div>
    </ItemLinksContext>
  );
}
