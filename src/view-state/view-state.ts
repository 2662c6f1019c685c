/**
 * The UI state of Parley: what is selected, which stretch of time is visible, which filters apply.
 * Most fields are mirrored in the URL (see parse-view-params.ts); `searchOpen` and `notices` are not.
 */

/** What the detail panel shows: one event, actor, statement or position, by id. */
export interface Selection {
  readonly kind: 'event' | 'actor' | 'statement' | 'position';
  readonly id: string;
}

/** The visible stretch of time, as partial dates written like the URL (`2025-03-10`). */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

/** Only show things dated inside this range; either end may be open. Partial-date strings. */
export interface DateFilter {
  readonly since?: string;
  readonly until?: string;
}

export type LaneMode = 'actors' | 'compact';
export type ViewMode = 'timeline' | 'list' | 'positions' | 'relations';

/** One cell of the relations matrix: the statements of `speaker` about `subject` (actor ids). */
export interface RelationCell {
  readonly speaker: string;
  readonly subject: string;
}

/** A gentle message for the reader, e.g. about a link that named something this model lacks. */
export interface Notice {
  readonly id: string;
  readonly text: string;
}

export interface ViewState {
  /** What the detail panel shows; null when nothing is selected. */
  readonly selection: Selection | null;
  /** The visible time window; null fits everything in the model. */
  readonly window: TimeWindow | null;
  /** Lane layout; null lets the timeline choose by size. */
  readonly lanes: LaneMode | null;
  /** Search text as typed (not trimmed). */
  readonly query: string;
  /** Only things involving these actors; empty means all actors. */
  readonly actorFilter: readonly string[];
  /** Only events of these kinds; empty means all kinds. */
  readonly kindFilter: readonly string[];
  /** Only statements quoted verbatim (not paraphrased). */
  readonly verbatimOnly: boolean;
  /** Only things dated inside this range. */
  readonly dateFilter: DateFilter;
  /** Timeline, its text alternative the list, the positions table, or the relations matrix. */
  readonly view: ViewMode;
  /** The date the positions table shows (a partial date like the URL's `at`); null: the end of the time window. */
  readonly positionsAt: string | null;
  /** The topic whose stances are drawn as strips on the timeline's lanes (URL `topic`); null: none. */
  readonly stanceTopic: string | null;
  /** Only the thread of this statement (selectThread): what it answers and what answered it, all steps. */
  readonly thread: string | null;
  /** The selected event's accounts side by side, one column per side. */
  readonly compare: boolean;
  /** The relations cell whose statements the panel lists; a selection replaces it. */
  readonly relationCell: RelationCell | null;
  /** The relations matrix counts people and organisations as their state. */
  readonly foldActors: boolean;
  /** The story step being read (1-based), or null outside the story. */
  readonly step: number | null;
  /** Whether the search box is open; not part of the URL. */
  readonly searchOpen: boolean;
  /** Messages waiting to be read or dismissed; not part of the URL. */
  readonly notices: readonly Notice[];
  /**
   * What a link without view parameters shows: the model's opening view as URL state (see
   * getOpeningViewState), or null when the model has none and such a link shows everything.
   * Not part of the URL; url-sync writes no parameters while the view is exactly this.
   */
  readonly opening: UrlViewState | null;
  /**
   * What each step of the model's story shows, as URL state (see getStoryStepStates): [] for a model
   * without a story, null until a model is loaded. Not part of the URL.
   */
  readonly storySteps: readonly UrlViewState[] | null;
  /**
   * Whether the latest window change should glide there (a story step) rather than jump (a link,
   * Back, a host page, the reader's own zoom). Not part of the URL.
   */
  readonly windowEase: boolean;
}

/** The fields a link can carry; everything else in ViewState is session-only. */
export const URL_VIEW_FIELDS = [
  'selection', 'window', 'lanes', 'query', 'actorFilter', 'kindFilter', 'verbatimOnly', 'dateFilter', 'view', 'step',
  'positionsAt', 'stanceTopic',
  'thread', 'compare', 'relationCell', 'foldActors',
] as const;

export type UrlViewField = (typeof URL_VIEW_FIELDS)[number];
export type UrlViewState = Pick<ViewState, UrlViewField>;

export const DEFAULT_VIEW_STATE: ViewState = {
  selection: null,
  window: null,
  lanes: null,
  query: '',
  actorFilter: [],
  kindFilter: [],
  verbatimOnly: false,
  dateFilter: {},
  view: 'timeline',
  positionsAt: null,
  stanceTopic: null,
  thread: null,
  compare: false,
  relationCell: null,
  foldActors: false,
  step: null,
  searchOpen: false,
  notices: [],
  opening: null,
  storySteps: null,
  windowEase: false,
};

/** The URL-owned fields of `state`, with defaults for those it lacks. */
export function getUrlViewState(state: Partial<ViewState>): UrlViewState {
  const out: Record<string, unknown> = {};
  for (const field of URL_VIEW_FIELDS) out[field] = state[field] ?? DEFAULT_VIEW_STATE[field];
  return out as unknown as UrlViewState;
}
