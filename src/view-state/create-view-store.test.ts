import { describe, expect, it, vi } from 'vitest';
import { createViewStore } from './create-view-store.ts';
import { DEFAULT_VIEW_STATE, getUrlViewState } from './view-state.ts';
import { loadModel } from '../testing/load-model.ts';

describe('createViewStore', () => {
  it('starts from the defaults, overridden field by field', () => {
    const store = createViewStore({ view: 'list', lanes: 'compact' });
    expect(getUrlViewState(store.getState())).toEqual({ ...getUrlViewState(DEFAULT_VIEW_STATE), view: 'list', lanes: 'compact' });
    expect(store.getState().searchOpen).toBe(false);
  });

  it('gives every call its own store', () => {
    const a = createViewStore();
    const b = createViewStore();
    a.getState().showEvent('x');
    expect(b.getState().selection).toBeNull();
  });

  it('keeps at most one selection: showing one kind replaces the others', () => {
    const store = createViewStore();
    store.getState().showEvent('harbour-talks');
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'harbour-talks' });
    store.getState().showActor('aster');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'aster' });
    store.getState().showStatement('vale-ready');
    expect(store.getState().selection).toEqual({ kind: 'statement', id: 'vale-ready' });
    store.getState().showPosition('aster-truce-supports');
    expect(store.getState().selection).toEqual({ kind: 'position', id: 'aster-truce-supports' });
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });

  it('sets the positions date and the stance topic as replaceable history steps, and only when they change', () => {
    const store = createViewStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setPositionsDate('2025-03-13');
    store.getState().setPositionsDate('2025-03-13');
    store.getState().setStanceTopic('truce');
    store.getState().setStanceTopic('truce');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.getState()).toMatchObject({ positionsAt: '2025-03-13', stanceTopic: 'truce', historyStep: 'replace' });
    store.getState().setStanceTopic(null);
    expect(store.getState().stanceTopic).toBeNull();
  });

  it('does not notify when showing what is already shown', () => {
    const store = createViewStore();
    store.getState().showEvent('x');
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().showEvent('x');
    store.getState().setTimeWindow(null);
    store.getState().setQuery('');
    expect(listener).not.toHaveBeenCalled();
  });

  it('marks navigation for a history push and everything else for a replace', () => {
    const store = createViewStore();
    store.getState().showEvent('x');
    expect(store.getState().historyStep).toBe('push');
    store.getState().setTimeWindow({ from: '2025-03', to: '2025-04' });
    expect(store.getState().historyStep).toBe('replace');
    store.getState().setView('list');
    expect(store.getState().historyStep).toBe('push');
    store.getState().toggleActorFilter('aster');
    expect(store.getState().historyStep).toBe('replace');
  });

  it('toggles actors and kinds in and out of the filters', () => {
    const store = createViewStore();
    const { toggleActorFilter, toggleKindFilter } = store.getState();
    toggleActorFilter('aster');
    toggleActorFilter('borea');
    toggleActorFilter('aster');
    toggleKindFilter('talks');
    expect(store.getState().actorFilter).toEqual(['borea']);
    expect(store.getState().kindFilter).toEqual(['talks']);
  });

  it('clears the filters but keeps the search text, selection and window', () => {
    const store = createViewStore();
    const s = store.getState();
    s.showEvent('x');
    s.setTimeWindow({ from: '2025', to: '2025' });
    s.setQuery('truce');
    s.toggleActorFilter('aster');
    s.toggleKindFilter('talks');
    s.setVerbatimOnly(true);
    s.setDateFilter({ since: '2025-03' });
    store.getState().clearFilters();
    const after = store.getState();
    expect([after.actorFilter, after.kindFilter, after.verbatimOnly, after.dateFilter]).toEqual([[], [], false, {}]);
    expect([after.query, after.selection?.id, after.window?.from]).toEqual(['truce', 'x', '2025']);
  });

  it('treats empty date-filter ends as open', () => {
    const store = createViewStore();
    store.getState().setDateFilter({ since: '', until: '2025-06' });
    expect(store.getState().dateFilter).toEqual({ until: '2025-06' });
  });

  it('sets the time window, lanes and view', () => {
    const store = createViewStore();
    store.getState().setTimeWindow({ from: '2025-03-10', to: '2025-03-20' });
    store.getState().setLanes('actors');
    store.getState().setView('list');
    expect(getUrlViewState(store.getState())).toMatchObject({
      window: { from: '2025-03-10', to: '2025-03-20' }, lanes: 'actors', view: 'list',
    });
    store.getState().setTimeWindow(null);
    store.getState().setLanes(null);
    expect([store.getState().window, store.getState().lanes]).toEqual([null, null]);
  });

  it('opens and closes search', () => {
    const store = createViewStore();
    store.getState().openSearch();
    expect(store.getState().searchOpen).toBe(true);
    store.getState().closeSearch();
    expect(store.getState().searchOpen).toBe(false);
  });

  it('adds notices once per text and dismisses them by id', () => {
    const store = createViewStore();
    const a = store.getState().addNotice('First');
    const b = store.getState().addNotice('Second');
    expect(store.getState().addNotice('First')).toBe(a);
    expect(store.getState().notices).toEqual([{ id: a, text: 'First' }, { id: b, text: 'Second' }]);
    store.getState().dismissNotice(a);
    expect(store.getState().notices).toEqual([{ id: b, text: 'Second' }]);
  });

  it('applies URL state to every URL-owned field at once, leaving the session fields alone', () => {
    const store = createViewStore({ query: 'old', view: 'list', searchOpen: true });
    store.getState().addNotice('kept');
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().applyUrlState({ selection: { kind: 'actor', id: 'aster' } });
    expect(listener).toHaveBeenCalledTimes(1);
    const s = store.getState();
    expect(getUrlViewState(s)).toEqual({ ...getUrlViewState(DEFAULT_VIEW_STATE), selection: { kind: 'actor', id: 'aster' } });
    expect([s.searchOpen, s.notices.length, s.historyStep]).toEqual([true, 1, 'replace']);
  });

  it('drops what the model lacks and says so', () => {
    const model = loadModel();
    const store = createViewStore({ selection: { kind: 'event', id: 'ghost' }, actorFilter: ['aster', 'nobody'] });
    store.getState().reconcileWithModel(model);
    const s = store.getState();
    expect([s.selection, s.actorFilter]).toEqual([null, ['aster']]);
    expect(s.notices.map((n) => n.text)).toEqual([
      'No event "ghost" in this model.',
      'No actor "nobody" in this model; it was left out of the filter.',
    ]);
  });
});
