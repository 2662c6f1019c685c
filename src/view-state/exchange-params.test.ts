import { describe, expect, it } from 'vitest';
import { createViewStore } from './create-view-store.ts';
import { parseViewParams } from './parse-view-params.ts';
import { reconcileWithModel } from './reconcile-with-model.ts';
import { serializeViewParams } from './serialize-view-params.ts';
import { normalizeModel } from '../model/normalize-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';

describe('the exchanges parameters of a link', () => {
  it('reads a thread, compared accounts, a relations cell, folding and the relations view', () => {
    const { state, notices } = parseViewParams('?view=relations&event=call&compare=1&speaker=trump&subject=putin&fold=1&thread=s-1');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      view: 'relations',
      selection: { kind: 'event', id: 'call' },
      compare: true,
      relationCell: { speaker: 'trump', subject: 'putin' },
      foldActors: true,
      thread: 's-1',
    });
  });

  it.each([
    ['compare=1', 'The link asked to compare accounts but named no event; ignoring it.'],
    ['actor=putin&compare=1', 'The link asked to compare accounts but named no event; ignoring it.'],
    ['event=call&compare=yes', 'The link\'s "compare" value "yes" isn\'t 1 or 0; showing the event on its own.'],
    ['speaker=trump', 'A relations cell in the link needs a "speaker" and a "subject", both ids; showing none.'],
    ['speaker=trump&subject=Not%20An%20Id', 'A relations cell in the link needs a "speaker" and a "subject", both ids; showing none.'],
    ['fold=maybe', 'The link\'s "fold" value "maybe" isn\'t 1 or 0; showing people on their own.'],
    ['thread=%3Cscript%3E', 'The link\'s thread "<script>" isn\'t a valid statement id; showing every statement.'],
    ['view=matrix', 'The link asked for view "matrix", which Parley doesn\'t have; showing the timeline.'],
  ])('falls back for %s with a notice', (search, notice) => {
    const { state, notices } = parseViewParams(search);
    expect(notices).toEqual([notice]);
    expect([state.compare, state.relationCell, state.foldActors, state.thread]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads compare=0 and fold=0 as the defaults, silently', () => {
    expect(parseViewParams('event=call&compare=0&fold=0')).toEqual({ state: { selection: { kind: 'event', id: 'call' } }, notices: [], hasViewParams: true });
  });

  it('writes nothing for a thread, cell or fold that is not set', () => {
    expect(serializeViewParams({ thread: null, relationCell: null, foldActors: false, compare: false })).toBe('');
  });
});

describe('reconciling the exchanges state with a model', () => {
  const model = normalizeModel(validModel());

  it('drops a thread of an unknown statement and a cell naming an unknown actor, each with a notice', () => {
    const { state, notices } = reconcileWithModel({ thread: 'ghost', relationCell: { speaker: 'aster', subject: 'nobody' } }, model);
    expect(state).toEqual({ thread: null, relationCell: null });
    expect(notices).toEqual([
      'No statement "ghost" in this model.',
      'No actor "nobody" in this model.',
    ]);
  });

  it('keeps a thread and a cell the model knows', () => {
    const state = { thread: 'vale-ready', relationCell: { speaker: 'ines-vale', subject: 'oren-bask' } };
    expect(reconcileWithModel(state, model).state).toBe(state);
  });
});

describe('the exchanges actions of the store', () => {
  it('pushes a history entry for a thread, compared accounts and a cell; fold replaces', () => {
    const store = createViewStore();
    store.getState().showThread('s1');
    expect([store.getState().thread, store.getState().historyStep]).toEqual(['s1', 'push']);
    store.getState().setFoldActors(true);
    expect([store.getState().foldActors, store.getState().historyStep]).toEqual([true, 'replace']);
    store.getState().showEvent('call');
    store.getState().setCompare(true);
    expect([store.getState().compare, store.getState().historyStep]).toEqual([true, 'push']);
  });

  it('shows one thing in the panel: a cell replaces the selection, a selection replaces the cell', () => {
    const store = createViewStore();
    store.getState().showEvent('call');
    store.getState().setCompare(true);
    store.getState().showRelationCell('trump', 'putin');
    expect([store.getState().selection, store.getState().compare, store.getState().relationCell]).toEqual([null, false, { speaker: 'trump', subject: 'putin' }]);
    store.getState().showStatement('s1');
    expect([store.getState().selection?.id, store.getState().relationCell]).toEqual(['s1', null]);
  });

  it('opens an event with its accounts compared in one step, as the list view does', () => {
    const store = createViewStore({ relationCell: { speaker: 'a', subject: 'b' } });
    store.getState().setCompare(true, 'call');
    const s = store.getState();
    expect([s.selection, s.compare, s.relationCell]).toEqual([{ kind: 'event', id: 'call' }, true, null]);
  });

  it('stops comparing when another event is shown, and closing the panel clears a cell', () => {
    const store = createViewStore();
    store.getState().showEvent('call');
    store.getState().setCompare(true);
    store.getState().showEvent('talks');
    expect(store.getState().compare).toBe(false);
    store.getState().showRelationCell('a', 'b');
    store.getState().clearSelection();
    expect(store.getState().relationCell).toBeNull();
  });

  it('opens a statement of a cell on the timeline in one step', () => {
    const store = createViewStore({ view: 'relations', relationCell: { speaker: 'a', subject: 'b' } });
    store.getState().showStatementOnTimeline('s1');
    const s = store.getState();
    expect([s.view, s.selection, s.relationCell, s.historyStep]).toEqual(['timeline', { kind: 'statement', id: 's1' }, null, 'push']);
  });

  it('clears the thread with the other filters', () => {
    const store = createViewStore({ thread: 's1', verbatimOnly: true });
    store.getState().clearFilters();
    expect([store.getState().thread, store.getState().verbatimOnly]).toEqual([null, false]);
  });
});
