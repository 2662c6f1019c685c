import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { modelQueryOptions } from '../data/model-query-options';
import type { LoadedModel } from '../data/decode-model-bytes';
import { LoadingIndicator } from '../components/loading-indicator';
import { selectVisibleItems } from '../selectors/select-visible-items';
import { useViewStore, useViewStoreApi } from '../view-state/view-store-context';
import { useShallow } from 'zustand/react/shallow';
import { Timeline } from '../timeline/timeline';
import { assignActorColors } from '../timeline/actor-colors';
import { EventList } from '../event-list/event-list';
import { DetailPanel } from '../detail-panel/detail-panel';
import { ModelErrorView } from './model-error-view';
import { NoticeList } from './notice-list';
import { SelectionAnnouncer } from './selection-announcer';
import { useSelectionWalk } from './use-selection-walk';
import { useEscapeToClose } from './use-escape-to-close';
import { buildItemLink } from './build-item-link';
import { SearchBox } from '../search/search-box';
import { FilterBar } from '../filters/filter-bar';
import { KeyboardHelp } from '../keyboard-help/keyboard-help';

interface AppProps {
  /** Address of the model to show (the bundled one unless `?model=` says otherwise). */
  modelUrl: string;
  /** Chrome-less view for iframes. */
  embedded: boolean;
}

/** Loads the model and shows the timeline, or why it can't. */
export function App({ modelUrl, embedded }: AppProps) {
  const query = useQuery(modelQueryOptions(modelUrl));
  if (query.isPending) return <LoadingIndicator label="Loading the timeline…" />;
  if (query.isError) {
    return <ModelErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <ModelView loaded={query.data} embedded={embedded} />;
}

interface ModelViewProps {
  loaded: LoadedModel;
  embedded: boolean;
}

/** The loaded model: header, timeline or list, and the detail panel. */
function ModelView({ loaded, embedded }: ModelViewProps) {
  const { model } = loaded;
  const store = useViewStoreApi();
  const selection = useViewStore((s) => s.selection);
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const showEvent = useViewStore((s) => s.showEvent);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const filters = useViewStore(useShallow((s) => ({ actorFilter: s.actorFilter, kindFilter: s.kindFilter, verbatimOnly: s.verbatimOnly, dateFilter: s.dateFilter })));
  const visible = useMemo(() => selectVisibleItems(model, filters), [model, filters]);
  const colors = useMemo(() => assignActorColors(model), [model]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const walk = useSelectionWalk(visible, selection, showEvent);
  useEscapeToClose(store);

  // Ids from a link that this model lacks are dropped once, with a notice.
  useEffect(() => {
    store.getState().reconcileWithModel(model);
  }, [store, model]);

  // After the reader opens something, move focus to the panel's heading so it is read next.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    if (selection) headingRef.current?.focus({ preventScroll: true });
  }, [selection]);

  const onShow = (kind: 'event' | 'actor' | 'statement', id: string) => {
    const state = store.getState();
    if (kind === 'event') state.showEvent(id);
    else if (kind === 'actor') state.showActor(id);
    else state.showStatement(id);
  };
  // A search result hidden by the filters is still what the reader asked for: clear them to show it.
  const onChoose = (kind: 'event' | 'actor' | 'statement', id: string) => {
    const hidden = (kind === 'event' && !visible.eventSet.has(id as never)) || (kind === 'statement' && !visible.statementSet.has(id as never));
    if (hidden) {
      store.getState().clearFilters();
      store.getState().addNotice('Filters were cleared to show your search result.');
    }
    onShow(kind, id);
  };
  const onCopyLink = (kind: 'event' | 'actor' | 'statement', id: string) => {
    const link = buildItemLink({ kind, id }, window.location);
    void navigator.clipboard?.writeText(link).catch(() => undefined);
    store.getState().addNotice(`Link copied: ${link}`);
  };

  return (
    <div className={selection ? 'app-layout has-panel' : 'app-layout'}>
      {!embedded && (
        <header className="app-header">
          <div className="app-header__titles">
            <h1 className="app-header__title">{model.meta.title}</h1>
            <p className="app-header__description">{model.meta.description}</p>
          </div>
          <div className="app-header__controls">
            <SearchBox model={model} onChoose={onChoose} />
            <KeyboardHelp />
            <div className="app-header__views" role="group" aria-label="View">
            <button type="button" className="button segmented" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
              Timeline
            </button>
            <button type="button" className="button segmented" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              List
            </button>
            </div>
          </div>
        </header>
      )}
      {!embedded && (
        <div className={filtersOpen ? 'filters-wrap is-open' : 'filters-wrap'}>
          <button type="button" className="button filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((open) => !open)}>
            Filters
          </button>
          <FilterBar model={model} />
        </div>
      )}
      <NoticeList />
      <div className="app-body">
        <main id="main" className="app-main" tabIndex={-1}>
          {view === 'timeline' ? <Timeline model={model} visible={visible} embedded={embedded} /> : <EventList model={model} visible={visible} />}
        </main>
        {selection && (
          <div className="app-panel">
            <DetailPanel
              model={model}
              selection={selection}
              onShow={onShow}
              onClose={clearSelection}
              {...walk}
              onCopyLink={onCopyLink}
              headingRef={headingRef}
              colorOf={(id) => colors.get(id as never) ?? 'var(--accent)'}
            />
          </div>
        )}
      </div>
      <SelectionAnnouncer model={model} selection={selection} />
    </div>
  );
}
