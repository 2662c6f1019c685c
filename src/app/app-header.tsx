import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { isTypingTarget } from '../components/is-typing-target';
import type { Model } from '../model/types';
import type { VisibleItems } from '../selectors/select-visible-items';
import { ClampedText } from '../components/clamped-text';
import { FilterBar } from '../filters/filter-bar';
import { KeyboardHelp } from '../keyboard-help/keyboard-help';
import { OpenModelButton } from '../open-model/open-model-button';
import type { SearchHitKind } from '../selectors/select-search-results';
import { afterFirstPaint } from '../timeline/first-paint';
import { useViewStore } from '../view-state/view-store-context';
import { AppTools } from './app-tools';
import { LazySearchBox, prefetchRelations } from './lazy-views';
import { whenIdle } from './when-idle';

interface AppHeaderProps {
  model: Model;
  /** What the filters (and a reply thread) leave: the filter bar's counts. */
  visible: VisibleItems;
  /** A search result the reader chose. */
  onChoose: (kind: SearchHitKind, id: string) => void;
  /** Model files the reader opened (a Parley model, or TimelineJS / CSV files to convert). */
  onModelFiles: (files: File[]) => void;
  /** The "Download" menu (the model, its quotes as citations), among the tools: a lazy component, rendered after the first paint. */
  download: ReactNode;
  /** Opens the "Embed" dialog. */
  onEmbed: () => void;
}

const downloadPlaceholder = (
  <div className="button" aria-hidden="true">
    Download
  </div>
);

const searchPlaceholder = (
  <div className="search-placeholder" aria-hidden="true">
    Search events, quotes, people
  </div>
);

/**
 * The page's masthead: the model's title and description (two lines, then "More"), and one bar: what
 * to show (view, the story, filters) at the left, finding and sharing (search, tools) at the right.
 * Kept short, so the first screen is the timeline's. The Story button follows the views (not before
 * them) so that on a phone, where the views take a row of their own, it leads the second row in the
 * same order as it is tabbed to.
 */
export function AppHeader({ model, visible, onChoose, onModelFiles, onEmbed, download }: AppHeaderProps) {
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const inStory = useViewStore((s) => s.step !== null);
  const showStep = useViewStore((s) => s.showStep);
  const leaveStory = useViewStore((s) => s.leaveStory);
  // The search field's and the Download menu's code come right after the first paint of the timeline
  // (at once in the other views, which have no such moment): until then look-alikes hold their place.
  const [deferredWanted, setDeferredWanted] = useState(false);
  if (view !== 'timeline' && !deferredWanted) setDeferredWanted(true);
  useEffect(() => {
    if (deferredWanted) return;
    let live = true;
    afterFirstPaint().then(() => live && setDeferredWanted(true));
    return () => {
      live = false;
    };
  }, [deferredWanted]);
  // `/` pressed before the search field is here (its code comes after the first paint) is not lost:
  // the field is fetched at once and focused when it mounts, as if it had been there.
  const [searchReady, setSearchReady] = useState(false);
  const [focusSearch, setFocusSearch] = useState(false);
  useEffect(() => {
    if (searchReady || focusSearch) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      setDeferredWanted(true);
      setFocusSearch(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [searchReady, focusSearch]);
  // The relations view's code (~10 KB gzip) comes once the timeline is painted and the page is idle:
  // then a click on Relations draws the matrix in one commit, with no fetch and no loading state.
  useEffect(() => {
    let live = true;
    afterFirstPaint().then(() => live && whenIdle(prefetchRelations));
    return () => {
      live = false;
    };
  }, []);

  return (
    <header className="app-header">
      <div className="app-header__masthead">
        <h1 className="app-header__title">{model.meta.title}</h1>
        <ClampedText className="app-header__description" text={model.meta.description} lines={2} moreLabel="of the description" />
      </div>
      <div className="app-bar">
        <div className="app-bar__view">
          <div className="app-bar__views" role="group" aria-label="View">
            <button type="button" className="button segmented" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
              Timeline
            </button>
            <button type="button" className="button segmented" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              List
            </button>
            {model.topics.size > 0 && (
              <button type="button" className="button segmented" aria-pressed={view === 'positions'} onClick={() => setView('positions')}>
                Positions
              </button>
            )}
            {/* Its code comes at idle after the first paint, or as the reader points at or tabs to it, so the view opens at once. */}
            <button type="button" className="button segmented" aria-pressed={view === 'relations'} onClick={() => setView('relations')} onPointerEnter={prefetchRelations} onFocus={prefetchRelations}>
              Relations
            </button>
          </div>
          {model.story && (
            <button
              type="button"
              id="story-button"
              className="button button--primary app-bar__story"
              aria-pressed={inStory}
              onClick={() => (inStory ? leaveStory() : showStep(1))}
            >
              Story
            </button>
          )}
          <FilterBar model={model} visible={visible} />
        </div>
        <div className="app-bar__tools">
          {deferredWanted ? (
            <Suspense fallback={searchPlaceholder}>
              <LazySearchBox model={model} onChoose={onChoose} focusOnMount={focusSearch} onMount={() => setSearchReady(true)} />
            </Suspense>
          ) : (
            searchPlaceholder
          )}
          <AppTools>
            <KeyboardHelp />
            <OpenModelButton onModelFiles={onModelFiles} />
            <button type="button" className="button" onClick={onEmbed}>
              Embed
            </button>
            {deferredWanted ? <Suspense fallback={downloadPlaceholder}>{download}</Suspense> : downloadPlaceholder}
          </AppTools>
        </div>
      </div>
    </header>
  );
}
