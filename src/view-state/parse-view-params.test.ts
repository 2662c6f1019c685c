import { describe, expect, it } from 'vitest';
import { parseViewParams } from './parse-view-params.ts';

describe('parseViewParams', () => {
  it('reads every parameter of a well-formed link', () => {
    const { state, notices } = parseViewParams(
      '?event=talks-2025-03-11&from=2025-03-10&to=2025-03-20&lanes=compact&view=list&q=peace+talks' +
        '&actors=putin,trump&kinds=talks,call&verbatim=1&since=2025-01&until=2025-06',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      selection: { kind: 'event', id: 'talks-2025-03-11' },
      window: { from: '2025-03-10', to: '2025-03-20' },
      lanes: 'compact',
      view: 'list',
      query: 'peace talks',
      actorFilter: ['putin', 'trump'],
      kindFilter: ['talks', 'call'],
      verbatimOnly: true,
      dateFilter: { since: '2025-01', until: '2025-06' },
    });
  });

  it('gives an empty state for an empty search, with or without "?"', () => {
    expect(parseViewParams('')).toEqual({ state: {}, notices: [], hasViewParams: false });
    expect(parseViewParams('?')).toEqual({ state: {}, notices: [], hasViewParams: false });
    expect(parseViewParams(new URLSearchParams('embed=1&model=x.json'))).toEqual({ state: {}, notices: [], hasViewParams: false });
  });

  it('reads actor, statement and position selections', () => {
    expect(parseViewParams('actor=putin').state.selection).toEqual({ kind: 'actor', id: 'putin' });
    expect(parseViewParams('statement=s-12').state.selection).toEqual({ kind: 'statement', id: 's-12' });
    expect(parseViewParams('position=russia-ceasefire').state.selection).toEqual({ kind: 'position', id: 'russia-ceasefire' });
  });

  it('reads the positions view, its date and the stance topic', () => {
    expect(parseViewParams('view=positions&at=2025-03-13&topic=general-ceasefire')).toEqual({
      state: { view: 'positions', positionsAt: '2025-03-13', stanceTopic: 'general-ceasefire' },
      notices: [],
      hasViewParams: true,
    });
    expect(parseViewParams('at=2025-03-13T18:43 03:00').state.positionsAt).toBe('2025-03-13T18:43+03:00');
  });

  it('falls back from a bad positions date or topic with a notice', () => {
    expect(parseViewParams('view=positions&at=13.3.2025&topic=Cease+Fire')).toEqual({
      state: { view: 'positions' },
      notices: [
        'The link\'s positions date "13.3.2025" isn\'t a date like 2025-03-13; showing the positions at the end of the time window.',
        'The link\'s topic "Cease Fire" isn\'t a valid id; drawing no stances on the timeline.',
      ],
      hasViewParams: true,
    });
    expect(parseViewParams('at=2025-02-30').notices).toHaveLength(1);
  });

  it('treats empty values as absent, without a notice', () => {
    expect(parseViewParams('event=&from=&to=&lanes=&q=&actors=&verbatim=')).toEqual({ state: {}, notices: [], hasViewParams: false });
  });

  it('accepts a one-sided date range and lanes=auto as the default', () => {
    expect(parseViewParams('since=2025-02&lanes=auto')).toEqual({ state: { dateFilter: { since: '2025-02' } }, notices: [], hasViewParams: true });
    expect(parseViewParams('until=2025').state.dateFilter).toEqual({ until: '2025' });
  });

  it('accepts a window inside one day or one month (from and to are whole intervals)', () => {
    expect(parseViewParams('from=2025-03&to=2025-03').state.window).toEqual({ from: '2025-03', to: '2025-03' });
  });

  it('repairs a "+" offset that arrived as a space, and reads an encoded one', () => {
    expect(parseViewParams('from=2025-03-13T18:43+03:00&to=2025-03-14').state.window?.from).toBe('2025-03-13T18:43+03:00');
    expect(parseViewParams('from=2025-03-13T18:43%2B03:00&to=2025-03-14').state.window?.from).toBe('2025-03-13T18:43+03:00');
  });

  it('drops duplicates from lists and trims spaces around items', () => {
    expect(parseViewParams('actors=putin, trump,putin').state.actorFilter).toEqual(['putin', 'trump']);
  });

  it('takes event kinds as free words', () => {
    expect(parseViewParams('kinds=phone+call,talks').state.kindFilter).toEqual(['phone call', 'talks']);
  });

  it.each([
    ['event=a&actor=b', {}, 'The link named more than one thing to show (event, actor); showing none of them.'],
    ['event=Not+A+Slug', {}, 'The link\'s event "Not A Slug" isn\'t a valid id; showing nothing selected.'],
    ['statement=%3Cscript%3E', {}, 'The link\'s statement "<script>" isn\'t a valid id; showing nothing selected.'],
    ['event=a&event=b', { selection: { kind: 'event', id: 'a' } }, 'The link gave "event" more than once; using the first.'],
    ['from=2025-03-20&to=2025-03-10', {}, 'The time window in the link was reversed; showing everything.'],
    ['from=2025-03-13', {}, 'The time window in the link had only "from"; showing everything.'],
    ['to=2025-03-13', {}, 'The time window in the link had only "to"; showing everything.'],
    ['from=2025-13&to=2026', {}, 'The time window in the link has "from" "2025-13", which isn\'t a date like 2025-03-10; showing everything.'],
    ['from=2025&to=2025-02-30', {}, 'The time window in the link has "to" "2025-02-30", which isn\'t a date like 2025-03-10; showing everything.'],
    ['since=2025-06&until=2025-01', {}, 'The date range in the link was reversed; showing everything.'],
    ['since=yesterday&until=2025-01', {}, 'The date range in the link has "since" "yesterday", which isn\'t a date like 2025-03-10; showing everything.'],
    ['lanes=wide', {}, 'The link asked for lanes "wide", which Parley doesn\'t have; choosing lanes automatically.'],
    ['view=map', {}, 'The link asked for view "map", which Parley doesn\'t have; showing the timeline.'],
    ['verbatim=yes', {}, 'The link\'s "verbatim" value "yes" isn\'t 1 or 0; showing all statements.'],
    ['actors=putin,,trump', { actorFilter: ['putin', 'trump'] }, 'The link\'s "actors" list had empty items; ignoring them.'],
    ['actors=putin,Donald+Trump', { actorFilter: ['putin'] }, 'The link\'s "actors" list had values that aren\'t ids ("Donald Trump"); ignoring them.'],
    ['kinds=talks,,', { kindFilter: ['talks'] }, 'The link\'s "kinds" list had empty items; ignoring them.'],
  ])('falls back to defaults for %s, with a notice', (search, state, notice) => {
    expect(parseViewParams(search)).toEqual({ state, notices: [notice], hasViewParams: true });
  });

  it('keeps the valid parameters of a link when others are malformed', () => {
    const { state, notices } = parseViewParams('event=talks&from=2025-03-20&to=2025-03-10&view=list');
    expect(state).toEqual({ selection: { kind: 'event', id: 'talks' }, view: 'list' });
    expect(notices).toHaveLength(1);
  });

  it('cuts long values short in notices', () => {
    const { notices } = parseViewParams(`view=${'x'.repeat(500)}`);
    expect(notices[0]).toContain(`"${'x'.repeat(40)}…"`);
  });

  it('parses verbatim=0 as the default', () => {
    expect(parseViewParams('verbatim=0')).toEqual({ state: { verbatimOnly: false }, notices: [], hasViewParams: true });
  });

  it('reads window=all as "everything", counting as a view parameter', () => {
    expect(parseViewParams('window=all')).toEqual({ state: { window: null }, notices: [], hasViewParams: true });
    expect(parseViewParams('window=all&from=2025&to=2025')).toEqual({
      state: { window: { from: '2025', to: '2025' } },
      notices: ['The link gave both a time window and "window=all"; showing the time window.'],
      hasViewParams: true,
    });
    expect(parseViewParams('window=some')).toEqual({ state: {}, notices: ['The link\'s "window" value "some" isn\'t "all"; ignoring it.'], hasViewParams: true });
  });
});

describe('parseViewParams: step', () => {
  it('reads a 1-based step number, which alone does not count as the link naming a view', () => {
    expect(parseViewParams('?step=4')).toEqual({ state: { step: 4 }, notices: [], hasViewParams: false });
    expect(parseViewParams('?step=4&event=x').hasViewParams).toBe(true);
  });

  it.each(['0', '-1', '2.5', 'three', '04', '10000'])('refuses step=%s with a notice', (value) => {
    const { state, notices } = parseViewParams(`?step=${value}`);
    expect(state.step).toBeUndefined();
    expect(notices).toEqual([expect.stringMatching(/^The link's "step" value .* isn't a step number like 3; not starting the story\.$/)]);
  });
});
