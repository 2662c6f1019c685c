import type { LaneMode, Selection, UrlViewState, ViewMode } from './view-state.ts';
import { isViewId, isViewKind, VIEW_PARAM_NAMES } from './view-params.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { repairWindowDate } from './repair-window-date.ts';

/** What a link asked for: the fields it set validly, and a reader-facing sentence per thing ignored. */
export interface ParsedViewParams {
  /** Only the fields the link set; the rest keep their defaults. */
  readonly state: Partial<UrlViewState>;
  /** One gentle sentence per malformed parameter, e.g. "The time window in the link was reversed; …". */
  readonly notices: string[];
  /**
   * Whether the link has any view parameter besides `step`, valid or not (empty values count as
   * absent). A link without one opens on the model's opening view, or on its story step; a link with
   * one says what to show itself.
   */
  readonly hasViewParams: boolean;
}

const LANES: readonly string[] = ['actors', 'compact'] satisfies LaneMode[];
const VIEWS: readonly string[] = ['timeline', 'list', 'positions', 'relations'] satisfies ViewMode[];
const SELECTION_KINDS = ['event', 'actor', 'statement', 'position'] as const;

/** Quotes a value from the link for a notice, cut short so a hostile link cannot flood the page. */
function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Parses the view parameters of a query string (with or without its leading "?"). Never throws:
 * anything malformed falls back to its default and adds a notice. Empty values count as absent.
 * Ids are only checked for shape here; `reconcileWithModel` checks that they exist.
 */
export function parseViewParams(search: string | URLSearchParams): ParsedViewParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const state: { -readonly [K in keyof UrlViewState]?: UrlViewState[K] } = {};

  const first = (name: string): string | undefined => {
    const values = params.getAll(name).filter((v) => v !== '');
    if (new Set(values).size > 1) notices.push(`The link gave "${name}" more than once; using the first.`);
    return values[0];
  };

  const named = SELECTION_KINDS.flatMap((kind) => {
    const id = first(kind);
    return id === undefined ? [] : [{ kind, id } satisfies Selection];
  });
  if (named.length > 1) {
    notices.push(`The link named more than one thing to show (${named.map((s) => s.kind).join(', ')}); showing none of them.`);
  } else if (named[0]) {
    if (isViewId(named[0].id)) state.selection = named[0];
    else notices.push(`The link's ${named[0].kind} ${show(named[0].id)} isn't a valid id; showing nothing selected.`);
  }

  if (readFlag('compare', 'showing the event on its own')) {
    if (state.selection?.kind === 'event') state.compare = true;
    else notices.push('The link asked to compare accounts but named no event; ignoring it.');
  }

  const speaker = first('speaker');
  const subject = first('subject');
  if (speaker !== undefined || subject !== undefined) {
    if (speaker !== undefined && subject !== undefined && isViewId(speaker) && isViewId(subject)) state.relationCell = { speaker, subject };
    else notices.push('A relations cell in the link needs a "speaker" and a "subject", both ids; showing none.');
  }

  const window = readRange(first('from'), first('to'), 'from', 'to', true, notices, 'time window');
  if (window?.low !== undefined && window.high !== undefined) state.window = { from: window.low, to: window.high };
  // `window=all` shows everything even where the model has an opening view of its own; a window
  // given by from/to is the more precise of the two.
  const whole = first('window');
  if (whole !== undefined) {
    if (whole !== 'all') notices.push(`The link's "window" value ${show(whole)} isn't "all"; ignoring it.`);
    else if (state.window) notices.push('The link gave both a time window and "window=all"; showing the time window.');
    else state.window = null;
  }

  const step = first('step');
  if (step !== undefined) {
    if (/^[1-9]\d{0,3}$/.test(step)) state.step = Number(step);
    else notices.push(`The link's "step" value ${show(step)} isn't a step number like 3; not starting the story.`);
  }

  const lanes = first('lanes');
  if (lanes !== undefined && lanes !== 'auto') {
    if (LANES.includes(lanes)) state.lanes = lanes as LaneMode;
    else notices.push(`The link asked for lanes ${show(lanes)}, which Parley doesn't have; choosing lanes automatically.`);
  }

  const view = first('view');
  if (view !== undefined) {
    if (VIEWS.includes(view)) state.view = view as ViewMode;
    else notices.push(`The link asked for view ${show(view)}, which Parley doesn't have; showing the timeline.`);
  }

  if (readFlag('fold', 'showing people on their own')) state.foldActors = true;

  const query = first('q');
  if (query !== undefined) state.query = query;

  const actors = readList('actors', first('actors'), isViewId, 'ids', notices);
  if (actors.length > 0) state.actorFilter = actors;
  const kinds = readList('kinds', first('kinds'), isViewKind, 'event kinds', notices);
  if (kinds.length > 0) state.kindFilter = kinds;

  const verbatim = readFlag('verbatim', 'showing all statements');
  if (verbatim !== undefined) state.verbatimOnly = verbatim;

  const range = readRange(first('since'), first('until'), 'since', 'until', false, notices, 'date range');
  if (range) {
    state.dateFilter = {
      ...(range.low !== undefined && { since: range.low }),
      ...(range.high !== undefined && { until: range.high }),
    };
  }

  const at = first('at');
  if (at !== undefined) {
    const repaired = repairWindowDate(at);
    if (parsePartialDate(repaired)) state.positionsAt = repaired;
    else notices.push(`The link's positions date ${show(at)} isn't a date like 2025-03-13; showing the positions at the end of the time window.`);
  }

  const topic = first('topic');
  if (topic !== undefined) {
    if (isViewId(topic)) state.stanceTopic = topic;
    else notices.push(`The link's topic ${show(topic)} isn't a valid id; drawing no stances on the timeline.`);
  }

  const thread = first('thread');
  if (thread !== undefined) {
    if (isViewId(thread)) state.thread = thread;
    else notices.push(`The link's thread ${show(thread)} isn't a valid statement id; showing every statement.`);
  }

  const hasViewParams = VIEW_PARAM_NAMES.some((name) => name !== 'step' && params.getAll(name).some((v) => v !== ''));
  return { state, notices, hasViewParams };

  /** `1`/`true` and `0`/`false`; undefined when absent, or (with a notice) anything else. */
  function readFlag(name: string, fallback: string): boolean | undefined {
    const value = first(name);
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    if (value !== undefined) notices.push(`The link's "${name}" value ${show(value)} isn't 1 or 0; ${fallback}.`);
    return undefined;
  }
}

/**
 * Reads a pair of partial dates. With `bothRequired` a lone end is malformed. Any bad date, or an end
 * before the start, drops the whole pair: half a range would show something the link never meant.
 */
function readRange(
  lowRaw: string | undefined,
  highRaw: string | undefined,
  lowName: string,
  highName: string,
  bothRequired: boolean,
  notices: string[],
  what: string,
): { low?: string; high?: string } | undefined {
  if (lowRaw === undefined && highRaw === undefined) return undefined;
  if (bothRequired && (lowRaw === undefined || highRaw === undefined)) {
    notices.push(`The ${what} in the link had only "${lowRaw === undefined ? highName : lowName}"; showing everything.`);
    return undefined;
  }
  const low = lowRaw === undefined ? undefined : repairWindowDate(lowRaw);
  const high = highRaw === undefined ? undefined : repairWindowDate(highRaw);
  const lowSpan = low === undefined ? undefined : parsePartialDate(low);
  const highSpan = high === undefined ? undefined : parsePartialDate(high);
  for (const [name, raw, span] of [[lowName, low, lowSpan], [highName, high, highSpan]] as const) {
    if (raw !== undefined && span === undefined) {
      notices.push(`The ${what} in the link has "${name}" ${show(raw)}, which isn't a date like 2025-03-10; showing everything.`);
      return undefined;
    }
  }
  if (lowSpan && highSpan && lowSpan.start >= highSpan.end) {
    notices.push(`The ${what} in the link was reversed; showing everything.`);
    return undefined;
  }
  return { low, high };
}

/** Splits a comma list, dropping (with a notice) empty items and items of the wrong shape. */
function readList(
  name: string,
  raw: string | undefined,
  isValid: (item: string) => boolean,
  what: string,
  notices: string[],
): string[] {
  if (raw === undefined) return [];
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) notices.push(`The link's "${name}" list had empty items; ignoring them.`);
  const invalid = items.filter((item) => item !== '' && !isValid(item));
  if (invalid.length > 0) {
    notices.push(`The link's "${name}" list had values that aren't ${what} (${invalid.map(show).join(', ')}); ignoring them.`);
  }
  return [...new Set(items.filter((item) => item !== '' && isValid(item)))];
}
