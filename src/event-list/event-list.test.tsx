// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../model/types.ts';
import { selectVisibleItems, type VisibleItems } from '../selectors/select-visible-items.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import type { ViewStoreApi } from '../view-state/view-store.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import { EventList } from './event-list.tsx';
import { validModel, type ModelOverrides } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';

afterEach(cleanup);

/**
 * What the list's tests need beyond the valid model: a month-precision event first in time but last in
 * the file, a kind of two words, a reply translated from Russian, and a statement with no occasion.
 */
const LIST: ModelOverrides = {
  events: {
    'harbour-talks': { kind: 'peace-talks' },
    'first-contact': { title: 'First contact', start: '2024-08', kind: 'meeting', participants: [{ actor: 'aster' }], sources: ['daily-report'] },
  },
  statements: {
    'bask-reply': { language: 'ru' },
    'calder-hopes': { speaker: 'calder', date: '2025-03-14', text: 'The Forum hopes both sides keep talking.', mode: 'verbatim' },
  },
};
const loadEventListTestModel = () => loadModel(validModel(LIST));

function renderList({ model = loadEventListTestModel(), visible, store = createViewStore() }: {
  model?: Model; visible?: VisibleItems; store?: ViewStoreApi;
} = {}) {
  const view = render(
    <ViewStoreProvider store={store}>
      <EventList model={model} visible={visible} />
    </ViewStoreProvider>,
  );
  return { ...view, store, model };
}

const events = () => within(screen.getByRole('region', { name: 'Events in order' })).getAllByRole('article');
const article = (title: string) => screen.getByRole('article', { name: title });
const titles = () => events().map((a) => within(a).getByRole('heading', { level: 3 }).textContent);

describe('EventList', () => {
  it('lists every event in time order under the heading "Events in order"', () => {
    renderList();
    expect(titles()).toEqual(['First contact', 'Thirty-day truce proposal', 'Talks in Port Lune', 'Vale–Bask phone call', 'Monitoring mission deployed']);
  });

  it('writes each date with its precision in a <time> carrying the date as written', () => {
    renderList();
    expect(within(article('First contact')).getByText('August 2024').getAttribute('datetime')).toBe('2024-08');
    expect(within(article('Talks in Port Lune')).getByText('11–12 March 2025').getAttribute('datetime')).toBe('2025-03-11');
    expect(within(article('Vale–Bask phone call')).getAllByText('13 March 2025, 18:43 (UTC+03:00)')[0]!.tagName).toBe('TIME');
  });

  it('shows kind, location and summary', () => {
    renderList();
    const talks = within(article('Talks in Port Lune'));
    expect(talks.getByText('Peace talks')).toBeTruthy();
    expect(talks.getByText('Port Lune')).toBeTruthy();
    expect(talks.getByText('Delegations of Aster and Borea meet under Calder mediation.')).toBeTruthy();
  });

  it('lists participants as buttons with their roles that open the actor in the panel', async () => {
    const { store } = renderList();
    const participants = within(article('Talks in Port Lune')).getByRole('list', { name: 'Participants' });
    const buttons = within(participants).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Ines Vale, head of delegation', 'Oren Bask, head of delegation', 'Calder Forum, mediator']);
    await userEvent.click(buttons[1]!);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'oren-bask' });
  });

  it('opens an event in the panel with its "Open in panel" button', async () => {
    const { store } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Open in panel: First contact' }));
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'first-contact' });
  });

  it('links related events with the relation in words, read from each end', async () => {
    const { store } = renderList();
    const call = within(article('Vale–Bask phone call')).getByRole('list', { name: 'Related events' });
    expect(call.textContent).toContain('Follows');
    const talks = within(article('Talks in Port Lune')).getByRole('list', { name: 'Related events' });
    expect(talks.textContent).toContain('Followed by');
    await userEvent.click(within(talks).getByRole('button', { name: 'Vale–Bask phone call' }));
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'evening-call' });
  });

  it('renders statements said at an event verbatim, with speaker, date, setting, source and badges', () => {
    renderList();
    const said = within(article('Talks in Port Lune')).getByRole('list', { name: /Said at this event/ });
    const quote = within(said).getByText('Aster is ready to accept a thirty-day truce if Borea does the same.');
    expect(quote.closest('blockquote')).not.toBeNull();
    expect(said.textContent).toContain('Ines Vale');
    expect(said.textContent).toContain('12 March 2025');
    expect(said.textContent).toContain('press conference');
    expect(within(said).getByRole('link', { name: /Communiqué of the Calder Forum/ }).getAttribute('href')).toBe('https://example.org/calder/communique');

    const call = within(article('Vale–Bask phone call')).getByRole('list', { name: /Said at this event/ });
    expect(call.textContent).toContain('Paraphrase');
    expect(call.textContent).toContain('Translated from Russian');
  });

  it('opens a quote’s speaker and the statement itself from the quote', async () => {
    const { store } = renderList();
    const said = within(article('Talks in Port Lune')).getByRole('list', { name: /Said at this event/ });
    await userEvent.click(within(said).getByRole('button', { name: 'Ines Vale' }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'ines-vale' });
    await userEvent.click(within(said).getByRole('button', { name: /^Open statement by Ines Vale/ }));
    expect(store.getState().selection).toEqual({ kind: 'statement', id: 'vale-ready' });
  });

  it('puts statements without an occasion under "Other statements"', () => {
    renderList();
    const others = screen.getByRole('region', { name: 'Other statements' });
    expect(within(others).getByText('The Forum hopes both sides keep talking.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Events in order' })).queryByText('The Forum hopes both sides keep talking.')).toBeNull();
  });

  it('shows only what the filters leave, and moves a statement whose occasion is hidden to "Other statements"', () => {
    const model = loadEventListTestModel();
    const visible = selectVisibleItems(model, { actorFilter: ['oren-bask'], kindFilter: ['call'], verbatimOnly: false, dateFilter: {} });
    renderList({ model, visible });
    expect(titles()).toEqual(['Vale–Bask phone call']);
    expect(screen.getByText('Showing 1 of 5 events, filtered.')).toBeTruthy();
    expect(screen.queryByText('The Forum hopes both sides keep talking.')).toBeNull();

    cleanup();
    const bySpeaker = selectVisibleItems(model, { actorFilter: ['ines-vale'], kindFilter: [], verbatimOnly: false, dateFilter: { since: '2025-03-13' } });
    renderList({ model, visible: bySpeaker });
    expect(titles()).toEqual(['Vale–Bask phone call']);
  });

  it('marks the selected event with aria-current and follows the selection', () => {
    const store = createViewStore({ selection: { kind: 'event', id: 'harbour-talks' } });
    renderList({ store });
    expect(article('Talks in Port Lune').getAttribute('aria-current')).toBe('true');
    expect(article('First contact').getAttribute('aria-current')).toBeNull();
    act(() => store.getState().showEvent('first-contact'));
    expect(article('First contact').getAttribute('aria-current')).toBe('true');
    expect(article('Talks in Port Lune').getAttribute('aria-current')).toBeNull();
  });

  it('scrolls an event selected from elsewhere into view', () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const store = createViewStore();
    renderList({ store });
    // jsdom lays nothing out, so put the entry below the fold.
    vi.spyOn(article('Vale–Bask phone call'), 'getBoundingClientRect').mockReturnValue({ top: 5000 } as DOMRect);
    act(() => store.getState().showEvent('evening-call'));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(article('Vale–Bask phone call'));
  });

  it('renders a long list progressively, the selected event from the start, and all of it in the end', async () => {
    const file = validModel();
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    file.events = Array.from({ length: 300 }, (_, i) => ({
      id: `day-${i}`, title: `Day ${i}`, start: day(i), kind: 'meeting', participants: [{ actor: 'aster' }], sources: ['daily-report'],
    }));
    file.statements = [];
    const store = createViewStore({ selection: { kind: 'event', id: 'day-150' } });
    // The rest of the list comes in a later task (a timer, then a transition). Fake timers let the test
    // run that task itself, so it checks what each step renders, not how soon a busy machine gets there
    // (a wait for the 300 entries failed at 15 s under load; how fast the list fills is for the bench).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { container } = renderList({ model: loadModel(file), store });
      // Counted with a selector, not by role: computing 300 roles in jsdom is itself seconds of work.
      const entries = () => container.querySelectorAll('.event-list__item > article');
      const first = entries().length;
      expect(first).toBeGreaterThan(150);
      expect(first).toBeLessThan(300);
      expect(Array.from(container.querySelectorAll('article[aria-current="true"] h3'), (h) => h.textContent)).toEqual(['Day 150']);
      await act(async () => {
        await vi.runAllTimersAsync();
      });
      expect(entries()).toHaveLength(300);
      expect(entries()[299]!.querySelector('h3')!.textContent).toBe('Day 299');
    } finally {
      vi.useRealTimers();
    }
  });
});
