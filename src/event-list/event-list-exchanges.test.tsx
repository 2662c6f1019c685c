// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Model } from '../model/types.ts';
import { selectVisibleItems } from '../selectors/select-visible-items.ts';
import { selectThreadSet } from '../selectors/select-thread-set.ts';
import { loadModel } from '../testing/load-model.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import { EventList } from './event-list.tsx';
import { validModel } from '../testing/fixtures/valid-model.ts';

afterEach(cleanup);

/** The valid test model, with Oren Bask also speaking at the Port Lune talks and answering Ines Vale there. */
function exchangeModel(): Model {
  const file = validModel();
  file.statements!.push(
    { id: 'bask-at-talks', speaker: 'oren-bask', date: '2025-03-12', text: 'Borea needs guarantees first.', mode: 'verbatim', event: 'harbour-talks' },
    { id: 'calder-answers', speaker: 'calder', date: '2025-03-15', text: 'The Forum can offer monitors.', mode: 'verbatim', about: ['bask-at-talks'] },
  );
  return loadModel(file);
}

const NONE = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };

describe('EventList and the exchanges', () => {
  it('marks an event at which two sides spoke and opens it with its accounts compared', async () => {
    const model = exchangeModel();
    const store = createViewStore();
    render(<ViewStoreProvider store={store}><EventList model={model} /></ViewStoreProvider>);
    const talks = screen.getByRole('article', { name: 'Talks in Port Lune' });
    expect(talks.textContent).toContain('Accounts from 2 sides');
    expect(screen.getByRole('article', { name: 'Vale–Bask phone call' }).textContent).not.toContain('Accounts from');
    await userEvent.click(within(talks).getByRole('button', { name: 'Compare accounts: Talks in Port Lune' }));
    expect([store.getState().selection, store.getState().compare]).toEqual([{ kind: 'event', id: 'harbour-talks' }, true]);
  });

  it('shows a thread as the conversation, its statements in time order, with or without an occasion', () => {
    const model = exchangeModel();
    const store = createViewStore({ thread: 'calder-answers' });
    const visible = selectVisibleItems(model, { ...NONE, threadIds: selectThreadSet(model, 'calder-answers') });
    render(<ViewStoreProvider store={store}><EventList model={model} visible={visible} /></ViewStoreProvider>);
    const thread = screen.getByRole('region', { name: 'Thread in order' });
    expect(within(thread).getAllByRole('blockquote').map((q) => q.textContent)).toEqual(['Borea needs guarantees first.', 'The Forum can offer monitors.']);
    expect(thread.textContent).toContain('2 statements connected by replies, earliest first.');
    expect(screen.queryByRole('region', { name: 'Events in order' })).toBeNull();
  });
});

describe('selectVisibleItems with a thread', () => {
  it('keeps the thread’s statements and the events they were said at, and counts as filtered', () => {
    const model = exchangeModel();
    const visible = selectVisibleItems(model, { ...NONE, threadIds: selectThreadSet(model, 'bask-at-talks') });
    expect([visible.statements, visible.events, visible.isFiltered]).toEqual([['bask-at-talks', 'calder-answers'], ['harbour-talks'], true]);
  });

  it('narrows the thread further with the other filters', () => {
    const model = exchangeModel();
    const visible = selectVisibleItems(model, { ...NONE, actorFilter: ['oren-bask'], threadIds: selectThreadSet(model, 'bask-at-talks') });
    expect(visible.statements).toEqual(['bask-at-talks']);
  });
});
