import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { Model } from './types.ts';
import { validateModel } from './validate-model.ts';
import { loadModel } from '../testing/load-model.ts';
import fc from 'fast-check';
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
