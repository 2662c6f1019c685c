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
const toggle = () => screen.getByRole('button', { name: /^Filters/ });

/** Opens the popover and waits for its controls, which load on demand. */
async function openFilters(user: ReturnType<typeof userEvent.setup>) {
  await user.click(toggle());
  const dialog = screen.getByRole('dialog', { name: 'Filters' });
  await within(dialog).findByRole('group', { name: 'States' });
  return dialog;
}

describe('FilterBar', () => {
  it('is one "Filters" button, closed, that says everything is shown', () => {
    setup();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().textContent).toBe('Filters');
    expect(summary()).toBe('Showing all 4 events and 2 quotes');
    expect(chipNames()).toEqual([]);
    // The popover it controls is there, hidden, before its controls have loaded.
    const popover = document.getElementById(toggle().getAttribute('aria-controls')!);
    expect(popover?.hidden).toBe(true);
    expect(popover?.getAttribute('role')).toBe('dialog');
  });

  it('says how many filters are active, and shows each as a chip beside it', () => {
    setup({ actorFilter: ['aster'], kindFilter: ['call'] });
    expect(screen.getByRole('button', { name: 'Filters 2 active' })).toBe(toggle());
    expect(chipNames()).toEqual(['Remove Actor: Aster', 'Remove Kind: call']);
  });

  it('opens a popover, moves focus into it, and closes on Escape with focus back on the button', async () => {
    const { user } = setup();
    const dialog = await openFilters(user);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(dialog.hidden).toBe(false);
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(dialog.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
  });

  it('closes with "Done" (focus back on the button), on Tab past its end, and on a press outside', async () => {
    const { user } = setup();
    let dialog = await openFilters(user);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(dialog.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());

    dialog = await openFilters(user);
    within(dialog).getByRole('button', { name: 'Done' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    expect(dialog.hidden).toBe(true);

    dialog = await openFilters(user);
    await user.click(screen.getByRole('button', { name: 'After' }));
    expect(dialog.hidden).toBe(true);
  });

  it('renders the controls, still hidden, once the button is focused or hovered, before it opens', async () => {
    const { user } = setup();
    expect(screen.queryByRole('checkbox', { name: 'Aster', hidden: true })).toBeNull();
    await user.tab();
    expect(document.activeElement).toBe(toggle());
    const aster = await screen.findByRole('checkbox', { name: 'Aster', hidden: true });
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(aster.closest('[hidden]')?.id).toBe(toggle().getAttribute('aria-controls'));
    cleanup();

    const second = setup();
    await second.user.hover(toggle());
    expect(await screen.findByRole('checkbox', { name: 'Aster', hidden: true })).toBeTruthy();
  });

  it('filters by actor with checkboxes grouped with states first', async () => {
    const { store, user } = setup();
    const dialog = await openFilters(user);
    const groups = within(dialog).getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['States', 'Organisations', 'Groups', 'People']);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Calder Forum' }));
    expect(store.getState().actorFilter).toEqual(['calder']);
    // The monitoring mission belongs to Calder, so its event counts too.
    expect(summary()).toBe('Showing 2 of 4 events and 1 of 2 quotes');
    expect(within(dialog).getByText('Showing 2 of 4 events and 1 of 2 quotes')).toBeTruthy();
    expect(chipNames()).toEqual(['Remove Actor: Calder Forum']);
    expect(screen.getByRole('button', { name: 'Remove Actor: Calder Forum' }).textContent).toBe('Actor: Calder Forum');
  });

  it('toggles event kinds with pressed buttons that show their counts', async () => {
    const { store, user } = setup();
    const dialog = await openFilters(user);
    const kinds = within(dialog).getByRole('group', { name: 'Kinds' });
    expect(within(kinds).getAllByRole('button')).toHaveLength(4);
    const talks = within(kinds).getByRole('button', { name: /^talks/ });
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
    const dialog = await openFilters(user);
    await user.click(within(dialog).getByRole('button', { name: /^talks/ }));
    const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    /** What a sighted reader sees: the text without what only screen readers get. */
    const shown = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent ?? '';
    };
    const buttons = [
      ...within(within(dialog).getByRole('group', { name: 'Kinds' })).getAllByRole('button'),
      ...within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('button'),
    ];
    expect(buttons.length).toBeGreaterThan(4);
    for (const button of buttons) {
      expect(words(button.getAttribute('aria-label') ?? button.textContent ?? '')).toContain(words(shown(button)));
    }
    // jsdom joins the hidden " event" without its space; a browser names it "talks 1 event".
    expect(shown(within(dialog).getByRole('button', { name: /^talks 1 ?event$/ }))).toBe('talks 1');
  });

  it('applies a partial date on Enter and shows it as a chip', async () => {
    const { store, user } = setup();
    const dialog = await openFilters(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Since' }), '2025-03-13{Enter}');
    expect(store.getState().dateFilter).toEqual({ since: '2025-03-13' });
    expect(chipNames()).toEqual(['Remove Since: 2025-03-13']);
    expect(summary()).toBe('Showing 3 of 4 events and 1 of 2 quotes');
  });

  it('shows an inline error for a date that is not one, and does not apply it', async () => {
    const { store, user } = setup();
    const dialog = await openFilters(user);
    const until = within(dialog).getByRole('textbox', { name: 'Until' });
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
    const dialog = await openFilters(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Since' }), '2025-04');
    await user.type(within(dialog).getByRole('textbox', { name: 'Until' }), '2025-03{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“Until” is before “Since”.');
    expect(store.getState().dateFilter).toEqual({});
  });

  it('filters to verbatim quotes with a checkbox', async () => {
    const { store, user } = setup();
    const dialog = await openFilters(user);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Verbatim quotes only' }));
    expect(store.getState().verbatimOnly).toBe(true);
    expect(chipNames()).toEqual(['Remove Verbatim quotes only']);
    expect(summary()).toBe('Showing 4 of 4 events and 1 of 2 quotes');
  });

  it('removes one filter with its chip and moves focus to the next chip, then to the Filters button', async () => {
    const { store, user } = setup({ actorFilter: ['aster', 'borea'], kindFilter: ['talks'] });
    await user.click(screen.getByRole('button', { name: 'Remove Actor: Aster' }));
    expect(store.getState().actorFilter).toEqual(['borea']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Actor: Borea' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(store.getState().kindFilter).toEqual([]);
    // With the last chip gone, focus lands on the Filters button rather than on nothing.
    expect(document.activeElement).toBe(toggle());
  });

  it('clears every filter at once but leaves the search text', async () => {
    const { store, user } = setup({
      query: 'truce', actorFilter: ['aster'], kindFilter: ['call'], verbatimOnly: true, dateFilter: { since: '2025-03', until: '2025-04' },
    });
    expect(chipNames()).toEqual([
      'Remove Actor: Aster', 'Remove Kind: call', 'Remove Since: 2025-03', 'Remove Until: 2025-04', 'Remove Verbatim quotes only',
    ]);
    const dialog = await openFilters(user);
    expect(within(dialog).getByRole('textbox', { name: 'Since' })).toHaveProperty('value', '2025-03');
    await user.click(within(dialog).getByRole('button', { name: 'Clear all filters' }));
    const state = store.getState();
    expect([state.actorFilter, state.kindFilter, state.verbatimOnly, state.dateFilter, state.query]).toEqual([[], [], false, {}, 'truce']);
    expect(chipNames()).toEqual([]);
    expect(within(dialog).getByRole('textbox', { name: 'Since' })).toHaveProperty('value', '');
    expect(summary()).toBe('Showing all 4 events and 2 quotes');
    // Focus stays in the popover, on its first control.
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Clear all filters' })).toHaveProperty('disabled', true);
  });
});
