import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { Model } from './types.ts';
import { validateModel } from './validate-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { eraModel } from '../testing/fixtures/era-model.ts';
import { parsePartialDate } from './partial-date.ts';

function model(): Model {
  const result = validateModel(validModel());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

const get = <K, V>(map: ReadonlyMap<K, V>, key: string) => map.get(key as K);

describe('normalizeModel (through validateModel)', () => {
  it('keeps tables by id in file order', () => {
    const m = model();
    expect([...m.actors.keys()]).toEqual(['aster', 'borea', 'calder', 'ines-vale', 'oren-bask', 'monitors']);
    expect(m.actorOrder).toEqual([...m.actors.keys()]);
    expect([...m.sources.keys()]).toEqual(['forum-communique', 'daily-report']);
  });

  it('with lazyIndexes, builds the indexes by actor, speaker, occasion and subject on first read, the same as without', () => {
    const eager = model();
    const file = validModel();
    const lazy = validateModel(file, { lazyIndexes: true });
    if (!lazy.ok) throw new Error('valid model refused');
    for (const key of ['eventsByActor', 'statementsBySpeaker', 'statementsAtEvent', 'statementsAbout'] as const) {
      expect(lazy.model[key]).not.toBeInstanceOf(Map);
      expect([...lazy.model[key]]).toEqual([...eager[key]]);
      expect(lazy.model[key].size).toBe(eager[key].size);
    }
  });

  it('counts the events of each kind', () => {
    const file = validModel();
    file.events!.push({ ...file.events![1]!, id: 'second-call', title: 'Second call' });
    expect([...loadModel(file).eventKindCounts]).toEqual([['talks', 1], ['call', 2], ['proposal', 1], ['agreement', 1]]);
  });

  it('resolves dates into intervals and spans', () => {
    const talks = get(model().events, 'harbour-talks');
    expect(talks?.start).toMatchObject({ raw: '2025-03-11', precision: 'day' });
    expect(talks?.span).toEqual({ start: Date.UTC(2025, 2, 11), end: Date.UTC(2025, 2, 13) });
    expect(get(model().events, 'monitoring')?.span.end).toBe(Date.UTC(2025, 4, 1));
  });

  it('ends an event without an end where its start date ends, before 1970 too (not at the epoch)', () => {
    // Issue 11: a missing end counted as 0 ms, so every event before 1970 ran to 1 January 1970.
    const m = loadModel(eraModel(1962));
    expect(get(m.events, 'e1')?.span).toEqual({ start: Date.UTC(1962, 9, 16), end: Date.UTC(1962, 9, 17) });
    expect(get(m.events, 'e2')?.span).toEqual({ start: Date.UTC(1962, 9, 22, 23), end: Date.UTC(1962, 9, 22, 23, 1) });
    expect(m.extent).toEqual({ start: Date.UTC(1962, 9, 16), end: Date.UTC(1962, 9, 28) });
  });

  it('spans an event from its start to the end of its end date, or of its start date without one, in any year', () => {
    const date = fc.tuple(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, mo, d]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }), (start, days) => {
        const file = eraModel(2000);
        const startDate = parsePartialDate(start)!;
        let end: string | undefined;
        if (days !== undefined) {
          const d = new Date(startDate.start + days * 86_400_000);
          if (d.getUTCFullYear() <= 9999) end = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
        }
        file.events = [{ id: 'e', title: 'E', start, ...(end ? { end } : {}), kind: 'talks' }];
        const span = get(loadModel(file).events, 'e')!.span;
        expect(span).toEqual({ start: startDate.start, end: end ? parsePartialDate(end)!.end : startDate.end });
      }),
      { numRuns: 300 },
    );
  });

  it('fills defaults for omitted arrays and flags', () => {
    const m = model();
    expect(get(m.actors, 'borea')).toMatchObject({ affiliations: [], aliases: [] });
    expect(get(m.events, 'harbour-talks')?.related).toEqual([]);
    expect(get(m.statements, 'vale-ready')?.translated).toBe(false);
  });

  it('orders events by span start, then span end', () => {
    // truce-proposal spans all of March, so it starts first and ends after the talks and the call.
    expect(model().eventOrder).toEqual(['truce-proposal', 'harbour-talks', 'evening-call', 'monitoring']);
  });

  it('orders statements by date', () => {
    expect(model().statementOrder).toEqual(['vale-ready', 'bask-reply']);
  });

  it('orders events that start at the same moment by order, lower first, an absent order as 0', () => {
    const file = validModel();
    file.events!.push(
      { id: 'late', title: 'A late one', start: '2025-03-20', kind: 'call', order: 2 },
      { id: 'unranked', title: 'Zed', start: '2025-03-20', kind: 'call' },
      { id: 'early', title: 'Middle', start: '2025-03-20', kind: 'call', order: 1 },
      { id: 'before', title: 'Before', start: '2025-03-20', kind: 'call', order: -1 },
    );
    expect(loadModel(file).eventOrder.slice(-4)).toEqual(['before', 'unranked', 'early', 'late']);
  });

  it('never lets order move an event past one that starts earlier or later, clock times included', () => {
    const file = validModel();
    file.events!.push(
      { id: 'next-day', title: 'Next day', start: '2025-03-21', kind: 'call', order: -9 },
      { id: 'dated', title: 'Dated', start: '2025-03-20', kind: 'call', order: 9 },
      // A time on the same day starts after the day's first moment, whatever its order.
      { id: 'timed', title: 'Timed', start: '2025-03-20T09:00Z', kind: 'call', order: -9 },
    );
    expect(loadModel(file).eventOrder.slice(-3)).toEqual(['dated', 'timed', 'next-day']);
  });

  it('ranks a month against its first day by order, and by end (the day first) without one', () => {
    const file = validModel();
    file.events!.push(
      { id: 'april', title: 'April', start: '2025-04', kind: 'call' },
      { id: 'first-of-april', title: 'First', start: '2025-04-01', kind: 'call' },
    );
    expect(loadModel(file).eventOrder.slice(-2)).toEqual(['first-of-april', 'april']);
    file.events!.find((e) => e.id === 'april')!.order = -1;
    expect(loadModel(file).eventOrder.slice(-2)).toEqual(['april', 'first-of-april']);
  });

  it('orders statements of one date by order, then file order, and indexes them that way', () => {
    const file = validModel();
    const [first, second] = file.statements!;
    file.statements = [
      { ...first!, id: 'third', date: '2025-03-12', order: 2 },
      { ...first!, id: 'first', date: '2025-03-12', order: 1 },
      { ...second!, id: 'unranked', date: '2025-03-12', event: 'harbour-talks', about: [] },
    ];
    const m = loadModel(file);
    expect(m.statementOrder).toEqual(['unranked', 'first', 'third']);
    expect(get(m.statementsBySpeaker, 'ines-vale')).toEqual(['first', 'third']);
  });

  it('keeps every order sorted by start, and by order within a start, for any dates and orders', () => {
    const day = fc.integer({ min: 1, max: 3 });
    const date = fc.oneof(
      fc.constant('2025'),
      fc.constant('2025-03'),
      day.map((d) => `2025-03-0${d}`),
      fc.tuple(day, fc.integer({ min: 0, max: 23 })).map(([d, h]) => `2025-03-0${d}T${String(h).padStart(2, '0')}:00Z`),
    );
    const order = fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined });
    const items = fc.array(fc.record({ date, order, title: fc.constantFrom('A', 'B', 'C') }), { maxLength: 12 });
    fc.assert(
      fc.property(items, (entries) => {
        const file = validModel();
        const [template] = file.statements!;
        file.events = entries.map(({ date: start, order: rank, title }, i) => ({ id: `e${i}`, title, start, kind: 'call', ...(rank === undefined ? {} : { order: rank }) }));
        file.statements = entries.map(({ date: when, order: rank }, i) => {
          const { event: _event, ...rest } = template!;
          return { ...rest, id: `s${i}`, date: when, about: [], ...(rank === undefined ? {} : { order: rank }) };
        });
        const m = loadModel(file);
        const rank = (o: number | undefined) => o ?? 0;
        const events = m.eventOrder.map((id) => m.events.get(id)!);
        expect(new Set(m.eventOrder).size).toBe(entries.length);
        for (let i = 1; i < events.length; i++) {
          const [a, b] = [events[i - 1]!, events[i]!];
          expect(a.span.start).toBeLessThanOrEqual(b.span.start);
          if (a.span.start === b.span.start) expect(rank(a.order)).toBeLessThanOrEqual(rank(b.order));
          if (a.span.start === b.span.start && rank(a.order) === rank(b.order)) expect(a.span.end).toBeLessThanOrEqual(b.span.end);
        }
        const statements = m.statementOrder.map((id) => m.statements.get(id)!);
        expect(statements).toHaveLength(entries.length);
        for (let i = 1; i < statements.length; i++) {
          const [a, b] = [statements[i - 1]!, statements[i]!];
          expect(a.date.start).toBeLessThanOrEqual(b.date.start);
          if (a.date.start === b.date.start) expect(rank(a.order)).toBeLessThanOrEqual(rank(b.order));
          // Equal start and order: file order.
          if (a.date.start === b.date.start && rank(a.order) === rank(b.order)) expect(Number(a.id.slice(1))).toBeLessThan(Number(b.id.slice(1)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('indexes events by actor, statements by speaker, occasion and topic', () => {
    const m = model();
    expect(get(m.eventsByActor, 'aster')).toEqual(['truce-proposal', 'monitoring']);
    expect(get(m.eventsByActor, 'ines-vale')).toEqual(['harbour-talks', 'evening-call']);
    expect(get(m.statementsBySpeaker, 'oren-bask')).toEqual(['bask-reply']);
    expect(get(m.statementsBySpeaker, 'aster')).toEqual([]);
    expect(get(m.statementsAtEvent, 'evening-call')).toEqual(['bask-reply']);
    expect(get(m.statementsAbout, 'vale-ready')).toEqual(['bask-reply']);
    expect(get(m.statementsAbout, 'truce-proposal')).toEqual(['vale-ready']);
  });

  it('knows the kind of every id', () => {
    const m = model();
    expect([get(m.kindOf, 'aster'), get(m.kindOf, 'monitoring'), get(m.kindOf, 'vale-ready'), get(m.kindOf, 'daily-report')]).toEqual([
      'actor', 'event', 'statement', 'source',
    ]);
  });

  it('lists backlinks to each entity', () => {
    const m = model();
    expect(get(m.backlinks, 'forum-communique')).toEqual([
      { from: 'harbour-talks', fromKind: 'event', field: 'sources' },
      { from: 'truce-proposal', fromKind: 'event', field: 'sources' },
      { from: 'vale-ready', fromKind: 'statement', field: 'source' },
    ]);
    expect(get(m.backlinks, 'aster')?.map((b) => `${b.from}.${b.field}`)).toEqual([
      'ines-vale.affiliations', 'truce-proposal.participants', 'monitoring.participants',
    ]);
    expect(get(m.backlinks, 'nothing')).toBeUndefined();
  });

  it('spans all events and statements in its extent', () => {
    expect(model().extent).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) });
  });

  it('keeps the metadata with the updated date parsed', () => {
    expect(model().meta).toMatchObject({ format: 'parley/1', id: 'aster-borea-talks', license: 'CC-BY-4.0', updated: { precision: 'day' } });
  });
});

describe('normalizeModel: the opening view', () => {
  it('reads the window as partial dates and the selection as a kind and id', () => {
    const file = validModel();
    file.view = { from: '2025-03-10', to: '2025-03-16', event: 'harbour-talks' };
    expect(loadModel(file).view).toEqual({
      from: expect.objectContaining({ raw: '2025-03-10', precision: 'day', start: Date.UTC(2025, 2, 10) }),
      to: expect.objectContaining({ raw: '2025-03-16', end: Date.UTC(2025, 2, 17) }),
      selection: { kind: 'event', id: 'harbour-talks' },
    });
  });

  it('leaves the view out when the file has none, and the selection out when the view has none', () => {
    const file = validModel();
    expect('view' in loadModel(file)).toBe(false);
    file.view = { from: '2025', to: '2025', statement: 'bask-reply' };
    expect(loadModel(file).view?.selection).toEqual({ kind: 'statement', id: 'bask-reply' });
    file.view = { from: '2025', to: '2025' };
    expect(loadModel(file).view).not.toHaveProperty('selection');
  });
});
