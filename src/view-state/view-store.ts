import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { Model } from '../model/types.ts';
import type { DateFilter, LaneMode, RelationCell, Selection, TimeWindow, UrlViewState, ViewMode, ViewState } from './view-state.ts';

/** What the detail panel shows, and the verbs that change it. url-sync records these as new history entries. */
export interface SelectionSlice {
  readonly selection: Selection | null;
  /** Show one event in the detail panel (clears an actor or statement selection). */
  showEvent(id: string): void;
  /** Show one actor in the detail panel (clears an event or statement selection). */
  showActor(id: string): void;
  /** Show one statement in the detail panel (clears an event or actor selection). */
  showStatement(id: string): void;
  /** Show one position in the detail panel (clears any other selection). */
  showPosition(id: string): void;
  /** Close the detail panel (whatever it shows: a selection, accounts compared, a relations cell). */
  clearSelection(): void;
}

/** The exchanges between actors: a reply thread, compared accounts, the relations matrix. Navigation, pushed. */
export interface ExchangeSlice {
  readonly thread: string | null;
  readonly compare: boolean;
  readonly relationCell: RelationCell | null;
  readonly foldActors: boolean;
  /** Narrow the timeline and the list to a statement's thread, or null to show everything again. */
  showThread(id: string | null): void;
  /** Show the selected event's (or, given, this event's) accounts side by side; false shows the event again. */
  setCompare(compare: boolean, eventId?: string): void;
  /** List the statements of one relations cell in the panel, in place of a selection. */
  showRelationCell(speaker: string, subject: string): void;
  /** Switch to the timeline with this statement shown, in one history entry (from a relations cell). */
  showStatementOnTimeline(id: string): void;
  /** Count people and organisations as their state in the relations matrix (replaced, not pushed). */
  setFoldActors(fold: boolean): void;
}

/** Which stretch of time is visible and how lanes are laid out. */
export interface WindowSlice {
  readonly window: TimeWindow | null;
  readonly lanes: LaneMode | null;
  /** Set the visible window (partial-date strings), or null to fit everything; commit on zoom end. */
  setTimeWindow(window: TimeWindow | null): void;
  /** Choose a lane layout, or null for automatic. */
  setLanes(mode: LaneMode | null): void;
}

/** What is shown at all: search text and filters. */
export interface FilterSlice {
  readonly query: string;
  readonly actorFilter: readonly string[];
  readonly kindFilter: readonly string[];
  readonly verbatimOnly: boolean;
  readonly dateFilter: DateFilter;
  /** Set the search text as typed. */
  setQuery(query: string): void;
  /** Add an actor to the actor filter, or remove it if present. */
  toggleActorFilter(id: string): void;
  /** Add an event kind to the kind filter, or remove it if present. */
  toggleKindFilter(kind: string): void;
  /** Show only verbatim quotes, or all statements. */
  setVerbatimOnly(verbatimOnly: boolean): void;
  /** Limit to a date range (partial-date strings); empty strings count as open ends. */
  setDateFilter(filter: DateFilter): void;
  /** Drop the actor, kind, verbatim and date filters and the thread; the search text stays (it has its own clear button). */
  clearFilters(): void;
}

/** Where the positions table stands in time, and whose stances the timeline draws. */
export interface PositionsSlice {
  readonly positionsAt: string | null;
  readonly stanceTopic: string | null;
  /** Show the positions at this date (a partial date), or null for the end of the time window. */
  setPositionsDate(at: string | null): void;
  /** Draw the stances on this topic (an id) along the timeline's lanes, or null for none. */
  setStanceTopic(topic: string | null): void;
}

/** Which view is up, the search box, and notices. */
export interface UiSlice {
  readonly view: ViewMode;
  readonly searchOpen: boolean;
  readonly notices: ViewState['notices'];
  /**
   * How url-sync should record the latest URL change: `push` after the reader navigates (selection,
   * view), `replace` otherwise. Set by the actions; components never need it.
   */
  readonly historyStep: 'push' | 'replace';
  /** Switch between the timeline, the list, the positions table and the relations matrix. */
  setView(view: ViewMode): void;
  openSearch(): void;
  closeSearch(): void;
  /** Show a gentle message; a notice with the same text is not added twice. Returns its id. */
  addNotice(text: string): string;
  dismissNotice(id: string): void;
}

/** The model's story: which step is read, and the verbs that walk it. */
export interface StorySlice {
  readonly step: number | null;
  readonly storySteps: readonly UrlViewState[] | null;
  readonly windowEase: boolean;
  /**
   * Show step `n` (1-based) of the story: its window (gliding there), selection and filters, on the
   * timeline; a new history entry, so Back walks steps. False, changing nothing, for a step the story lacks.
   */
  showStep(n: number): boolean;
  /** Leave the story, keeping what is shown. */
  leaveStory(): void;
}

/** Bulk updates that come from outside the reader's hands: the URL and the loaded model. */
export interface UrlSlice {
  readonly opening: UrlViewState | null;
  /**
   * Replace every URL-owned field at once (those missing from `state` return to their defaults);
   * used at start and on popstate. Recorded by url-sync with replaceState, never pushState.
   */
  applyUrlState(state: Partial<UrlViewState>): void;
  /** Drop ids and kinds the model lacks (see reconcileWithModel) and add a notice for each. */
  reconcileWithModel(model: Model): void;
  /**
   * Record what a link without view parameters shows for the loaded model (null: everything), and
   * what each step of its story shows (default: no story). url-sync then reads the address again,
   * so such a link, or a `step=N` link, opens on it.
   */
  setOpening(opening: UrlViewState | null, storySteps?: readonly UrlViewState[]): void;
}

export type ViewStore = SelectionSlice & WindowSlice & FilterSlice & PositionsSlice & UiSlice & ExchangeSlice & StorySlice & UrlSlice;
export type ViewStoreApi = StoreApi<ViewStore>;
export type ViewStoreSlice<T> = StateCreator<ViewStore, [], [], T>;
