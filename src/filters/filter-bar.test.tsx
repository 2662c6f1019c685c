// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import type { ViewState } from '../view-state/view-state.ts';
import { FilterBar } from './filter-bar.tsx';

afterEach(cleanup);


function setup(initial: Partial<ViewState> = {}) {
  const store = createViewStore(initial);
  const user = userEvent.setup();
  render(
    <ViewStoreProvider store={store}>
      <FilterBar model={loadModel()} />
      <button type="button">After</button>
    </ViewStoreProvider>,
  );
  return { store, user };
}

const summary = () => screen.getByRole('status').textContent;
const chipNames = () => {
  const list = screen.queryByRole('list', { name: 'Active filters' });
  return list ? within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label')) : [];
};

describe('FilterBar', () => {
  it('is a region named Filters that says everything is shown', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
    expect(summary()).toBe('Showing all 4 events and 2 quotes');
    expect(chipNames()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });

  it('filters by actor from a disclosure of checkboxes grouped with states first', async () => {
    const { store, user } = setup();
    const disclosure = screen.getByRole('button', { name: 'Actors' });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    // The popup it controls is there before its checkboxes have loaded (lazy-actor-filter-groups.ts).
    expect(document.getElementById(disclosure.getAttribute('aria-controls')!)).not.toBeNull();
    await user.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    await screen.findByRole('group', { name: 'States' });
    const groups = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['States', 'Organisations', 'Groups', 'People']);
    await user.click(screen.getByRole('checkbox', { name: 'Calder Forum' }));
    expect(store.getState().actorFilter).toEqual(['calder']);
    expect(screen.getByRole('button', { name: 'Actors (1)' })).toBe(disclosure);
    // The monitoring mission belongs to Calder, so its event counts too.
    expect(summary()).toBe('Showing 2 of 4 events and 1 of 2 quotes');
    expect(chipNames()).toEqual(['Remove Actor: Calder Forum']);
    expect(screen.getByRole('button', { name: 'Remove Actor: Calder Forum' }).textContent).toBe('Actor: Calder Forum');
  });

  it('closes the actor list on Escape and gives focus back to its button', async () => {
    const { user } = setup();
    const disclosure = screen.getByRole('button', { name: 'Actors' });
    await user.click(disclosure);
    await screen.findByRole('checkbox', { name: 'Aster' });
    expect(document.activeElement).toBe(disclosure);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Aster' }));
    await user.keyboard('{Escape}');
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(disclosure);
  });

  it('renders the actor checkboxes, still hidden, once the button is focused or hovered, before it opens', async () => {
    const { user } = setup();
    const disclosure = screen.getByRole('button', { name: 'Actors' });
    expect(screen.queryByRole('checkbox', { name: 'Aster', hidden: true })).toBeNull();
    await user.tab();
    expect(document.activeElement).toBe(disclosure);
    const aster = await screen.findByRole('checkbox', { name: 'Aster', hidden: true });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(aster.closest('[hidden]')?.id).toBe(disclosure.getAttribute('aria-controls'));
    cleanup();

    const second = setup();
    await second.user.hover(screen.getByRole('button', { name: 'Actors' }));
    expect(await screen.findByRole('checkbox', { name: 'Aster', hidden: true })).toBeTruthy();
  });

  it('toggles event kinds with pressed buttons that show their counts', async () => {
    const { store, user } = setup();
    const talks = screen.getByRole('button', { name: 'talks, 1 event' });
    expect(within(screen.getByRole('group', { name: 'Kinds' })).getAllByRole('button')).toHaveLength(4);
    expect(talks.getAttribute('aria-pressed')).toBe('false');
    await user.click(talks);
    expect(talks.getAttribute('aria-pressed')).toBe('true');
    expect(store.getState().kindFilter).toEqual(['talks']);
    expect(chipNames()).toEqual(['Remove Kind: talks']);
    await user.click(talks);
    expect(store.getState().kindFilter).toEqual([]);
    expect(chipNames()).toEqual([]);
  });

  it('names each kind button and filter chip with its visible words, in order (WCAG 2.5.3 Label in Name)', async () => {
    const { user } = setup({ actorFilter: ['aster'] });
    await user.click(screen.getByRole('button', { name: /^talks/ }));
    const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const buttons = [
      ...within(screen.getByRole('group', { name: 'Kinds' })).getAllByRole('button'),
      ...within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('button'),
    ];
    expect(buttons.length).toBeGreaterThan(4);
    for (const button of buttons) {
      expect(words(button.getAttribute('aria-label') ?? '')).toContain(words(button.textContent ?? ''));
    }
    expect(screen.getByRole('button', { name: 'talks, 1 event' }).textContent).toBe('talks 1');
  });

  it('applies a partial date on Enter and shows it as a chip', async () => {
    const { store, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Since' }), '2025-03-13{Enter}');
    expect(store.getState().dateFilter).toEqual({ since: '2025-03-13' });
    expect(chipNames()).toEqual(['Remove Since: 2025-03-13']);
    expect(summary()).toBe('Showing 3 of 4 events and 1 of 2 quotes');
  });

  it('shows an inline error for a date that is not one, and does not apply it', async () => {
    const { store, user } = setup();
    const until = screen.getByRole('textbox', { name: 'Until' });
    await user.type(until, '2025-02-30{Enter}');
    expect(store.getState().dateFilter).toEqual({});
    expect(until.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByRole('alert');
    expect(error.textContent).toBe('“2025-02-30” is not a date: February 2025 has 28 days, got day 30.');
    expect(until.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    await user.clear(until);
    await user.type(until, '2025-03');
    expect(screen.queryByRole('alert')).toBeNull();
    // Tabbing on to the Apply button keeps the range open for editing; leaving the range applies it.
    await user.tab();
    expect(store.getState().dateFilter).toEqual({});
    await user.tab();
    expect(store.getState().dateFilter).toEqual({ until: '2025-03' });
  });

  it('refuses a range whose end comes before its start', async () => {
    const { store, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Since' }), '2025-04');
    await user.type(screen.getByRole('textbox', { name: 'Until' }), '2025-03{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“Until” is before “Since”.');
    expect(store.getState().dateFilter).toEqual({});
  });

  it('filters to verbatim quotes with a checkbox', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Verbatim quotes only' }));
    expect(store.getState().verbatimOnly).toBe(true);
    expect(chipNames()).toEqual(['Remove Verbatim quotes only']);
    expect(summary()).toBe('Showing 4 of 4 events and 1 of 2 quotes');
  });

  it('removes one filter with its chip and moves focus to the next chip', async () => {
    const { store, user } = setup({ actorFilter: ['aster', 'borea'], kindFilter: ['talks'] });
    await user.click(screen.getByRole('button', { name: 'Remove Actor: Aster' }));
    expect(store.getState().actorFilter).toEqual(['borea']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Actor: Borea' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(store.getState().kindFilter).toEqual([]);
    // With the last chip gone, focus lands on the first filter control rather than on nothing.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actors' }));
  });

  it('clears every filter at once but leaves the search text', async () => {
    const { store, user } = setup({
      query: 'truce', actorFilter: ['aster'], kindFilter: ['call'], verbatimOnly: true, dateFilter: { since: '2025-03', until: '2025-04' },
    });
    expect(chipNames()).toEqual([
      'Remove Actor: Aster', 'Remove Kind: call', 'Remove Since: 2025-03', 'Remove Until: 2025-04', 'Remove Verbatim quotes only',
    ]);
    expect(screen.getByRole('textbox', { name: 'Since' })).toHaveProperty('value', '2025-03');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    const state = store.getState();
    expect([state.actorFilter, state.kindFilter, state.verbatimOnly, state.dateFilter, state.query]).toEqual([[], [], false, {}, 'truce']);
    expect(chipNames()).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Since' })).toHaveProperty('value', '');
    expect(summary()).toBe('Showing all 4 events and 2 quotes');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actors' }));
  });
});
