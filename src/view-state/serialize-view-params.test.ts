import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeLinkParams, serializeViewParams } from './serialize-view-params.ts';
import { parseViewParams } from './parse-view-params.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { isViewKind } from './view-params.ts';
import type { UrlViewState } from './view-state.ts';
import { DEFAULT_VIEW_STATE, getUrlViewState } from './view-state.ts';

describe('serializeViewParams', () => {
  it('writes nothing for the default state', () => {
    expect(serializeViewParams(DEFAULT_VIEW_STATE)).toBe('');
    expect(serializeViewParams({})).toBe('');
  });

  it('writes only what differs from the defaults, readably and without "?"', () => {
    expect(serializeViewParams({ ...DEFAULT_VIEW_STATE, selection: { kind: 'event', id: 'x' }, window: { from: '2025-03', to: '2025-04' } }))
      .toBe('event=x&from=2025-03&to=2025-04');
  });

  it('writes every parameter in a fixed order', () => {
    const state: UrlViewState = {
      selection: { kind: 'statement', id: 's1' },
      window: { from: '2025-03-13T18:43+03:00', to: '2025-03-14T09:00Z' },
      lanes: 'actors',
      view: 'list',
      query: 'peace, now & then?',
      actorFilter: ['putin', 'trump'],
      kindFilter: ['phone call', 'talks'],
      verbatimOnly: true,
      dateFilter: { since: '2025', until: '2026' },
      positionsAt: '2025-03-13',
      stanceTopic: 'truce',
      thread: 's2',
      compare: false,
      relationCell: { speaker: 'trump', subject: 'putin' },
      foldActors: true,
      step: 3,
    };
    expect(serializeViewParams(state)).toBe(
      'step=3&statement=s1&speaker=trump&subject=putin&from=2025-03-13T18:43%2B03:00&to=2025-03-14T09:00Z&lanes=actors&view=list&fold=1' +
        '&q=peace,+now+%26+then%3F&actors=putin,trump&kinds=phone+call,talks&verbatim=1&since=2025&until=2026' +
        '&at=2025-03-13&topic=truce&thread=s2',
    );
  });

  it('writes compare=1 only beside an event', () => {
    expect(serializeViewParams({ selection: { kind: 'event', id: 'call' }, compare: true })).toBe('event=call&compare=1');
    expect(serializeViewParams({ selection: { kind: 'actor', id: 'putin' }, compare: true })).toBe('actor=putin');
    expect(serializeViewParams({ compare: true })).toBe('');
  });

  it('writes one-sided date ranges', () => {
    expect(serializeViewParams({ dateFilter: { until: '2025-06' } })).toBe('until=2025-06');
  });

  it('does not throw on search text holding a lone surrogate', () => {
    expect(serializeViewParams({ query: 'a\uD800b' })).toBe('q=a%EF%BF%BDb');
  });

  it('writes window=all for a state showing everything when an opening view has a window', () => {
    const opening = { window: { from: '2025-03-09', to: '2025-03-20' } };
    expect(serializeViewParams({ window: null }, opening)).toBe('window=all');
    expect(serializeViewParams({ window: null, selection: { kind: 'actor', id: 'putin' } }, opening)).toBe('actor=putin&window=all');
    expect(serializeViewParams({ window: { from: '2025', to: '2025' } }, opening)).toBe('from=2025&to=2025');
    expect(serializeViewParams({ window: null }, null)).toBe('');
  });
});

describe('serializeLinkParams', () => {
  const opening = getUrlViewState({ window: { from: '2025-03-09', to: '2025-03-20' }, selection: { kind: 'event', id: 'answer' } });

  it('writes nothing while the state is exactly the opening view', () => {
    expect(serializeLinkParams(opening, opening)).toBe('');
    expect(serializeLinkParams({ ...opening }, opening)).toBe('');
  });

  it('writes the whole state, opening window included, once anything differs', () => {
    expect(serializeLinkParams({ ...opening, selection: null }, opening)).toBe('from=2025-03-09&to=2025-03-20');
    expect(serializeLinkParams({ ...opening, lanes: 'compact' }, opening)).toBe('event=answer&from=2025-03-09&to=2025-03-20&lanes=compact');
    expect(serializeLinkParams({ ...opening, window: null, selection: null }, opening)).toBe('window=all');
  });

  it('is serializeViewParams without an opening view', () => {
    expect(serializeLinkParams(opening, null)).toBe(serializeViewParams(opening));
  });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);
const two = (n: number) => String(n).padStart(2, '0');

const partialDate = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    offset: fc.constantFrom('Z', '+03:00', '-05:30', '+14:00'),
    precision: fc.constantFrom('year', 'month', 'day', 'time'),
  })
  .map(({ year, month, day, hour, minute, second, offset, precision }) => {
    const y = String(year).padStart(4, '0');
    if (precision === 'year') return y;
    if (precision === 'month') return `${y}-${two(month)}`;
    if (precision === 'day') return `${y}-${two(month)}-${two(day)}`;
    return `${y}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${second === null ? '' : `:${two(second)}`}${offset}`;
  });

const ordered = (a: string, b: string) => parsePartialDate(a)!.start < parsePartialDate(b)!.end;

const validState: fc.Arbitrary<UrlViewState> = fc.record({
  selection: fc.option(fc.record({ kind: fc.constantFrom('event', 'actor', 'statement', 'position'), id })),
  compare: fc.boolean(),
  thread: fc.option(id),
  relationCell: fc.option(fc.record({ speaker: id, subject: id })),
  foldActors: fc.boolean(),
  window: fc.option(fc.tuple(partialDate, partialDate).filter(([a, b]) => ordered(a, b)).map(([from, to]) => ({ from, to }))),
  lanes: fc.constantFrom(null, 'actors', 'compact'),
  view: fc.constantFrom('timeline', 'list', 'positions', 'relations'),
  query: fc.string({ unit: 'grapheme', maxLength: 20 }),
  actorFilter: fc.uniqueArray(id, { maxLength: 4 }),
  kindFilter: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter(isViewKind), { maxLength: 4 }),
  verbatimOnly: fc.boolean(),
  dateFilter: fc
    .record({ since: fc.option(partialDate, { nil: undefined }), until: fc.option(partialDate, { nil: undefined }) })
    .filter(({ since, until }) => since === undefined || until === undefined || ordered(since, until))
    .map(({ since, until }) => ({ ...(since && { since }), ...(until && { until }) })),
  positionsAt: fc.option(partialDate),
  stanceTopic: fc.option(id),
  step: fc.option(fc.integer({ min: 1, max: 9999 })),
  // Accounts are compared only for an event.
}).map((state) => ({ ...state, compare: state.compare && state.selection?.kind === 'event' }));

describe('the URL codec round trip', () => {
  it('serialize(parse(serialize(s))) === serialize(s) for valid states', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = serializeViewParams(state);
        const { state: parsed, notices } = parseViewParams(search);
        expect(notices).toEqual([]);
        expect(serializeViewParams(parsed)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the very state it was given', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(getUrlViewState(parseViewParams(serializeViewParams(state)).state)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('reaches a fixed point from any query string, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (search) => {
        const once = serializeViewParams(parseViewParams(search).state);
        expect(serializeViewParams(parseViewParams(once).state)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the URL codec round trip with an opening view', () => {
  it('a link opens on what it was written for: the opening view when it names nothing, else its own state', () => {
    fc.assert(
      fc.property(validState, validState.filter((o) => o.window !== null), (state, opening) => {
        const { state: parsed, notices, hasViewParams } = parseViewParams(serializeLinkParams(state, opening));
        expect(notices).toEqual([]);
        expect(getUrlViewState(hasViewParams ? parsed : opening)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});

describe('serializeLinkParams with a story', () => {
  const steps: UrlViewState[] = [
    { ...getUrlViewState({}), window: { from: '2024-08-06', to: '2024-08-12' }, selection: { kind: 'event', id: 'kursk' } },
    { ...getUrlViewState({}), window: { from: '2025-03-09', to: '2025-03-20' }, kindFilter: ['talks'] },
  ];

  it('names a step showing just what it says by its number alone', () => {
    expect(serializeLinkParams({ ...steps[1]!, step: 2 }, null, steps)).toBe('step=2');
  });

  it('spells out a step the reader has changed, so the link shows what they saw', () => {
    expect(serializeLinkParams({ ...steps[1]!, kindFilter: [], step: 2 }, null, steps)).toBe('step=2&from=2025-03-09&to=2025-03-20');
  });

  it('writes a step the story does not have (yet) in full', () => {
    expect(serializeLinkParams({ ...steps[0]!, step: 1 }, null, null)).toBe('step=1&event=kursk&from=2024-08-06&to=2024-08-12');
  });
});
