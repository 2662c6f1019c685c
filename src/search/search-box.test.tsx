// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import type { ViewState } from '../view-state/view-state.ts';
import { SearchBox } from './search-box.tsx';

afterEach(cleanup);


function setup(initial: Partial<ViewState> = {}) {
  const store = createViewStore(initial);
  const onChoose = vi.fn();
  const user = userEvent.setup();
  render(
    <ViewStoreProvider store={store}>
      <SearchBox model={loadModel()} onChoose={onChoose} />
      <input aria-label="Another field" />
      <button type="button">Elsewhere</button>
    </ViewStoreProvider>,
  );
  const input = screen.getByRole('combobox', { name: 'Search the timeline' });
  return { store, onChoose, user, input };
}

describe('SearchBox', () => {
  it('is a labelled search field that starts collapsed', () => {
    const { input } = setup();
    expect(input).toHaveProperty('type', 'search');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('search')).toBeTruthy();
    // The results load later, but the listbox the field controls is there from the start.
    expect(document.getElementById(input.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('listbox');
  });

  it('keeps the typed text in the store and lists matches grouped by kind', async () => {
    const { store, user, input } = setup();
    await user.type(input, 'borea');
    expect(store.getState().query).toBe('borea');
    // The results part loads on first focus (lazy-search-results.ts), so the listbox may take a moment.
    const listbox = await screen.findByRole('listbox', { name: 'Search results' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Events', 'Quotes', 'People and organisations',
    ]);
    expect(within(groups[2]!).getAllByRole('option').map((o) => o.querySelector('.search-option__title')?.textContent)).toEqual(['Borea', 'Oren Bask']);
  });

  it('marks the matching words with <mark>, as text', async () => {
    const { user, input } = setup();
    await user.type(input, 'port lune');
    const option = (await screen.findAllByRole('option'))[0]!;
    expect([...option.querySelectorAll('.search-option__title mark')].map((m) => m.textContent)).toEqual(['Port Lune']);
    expect(option.querySelector('.search-option__title')?.textContent).toBe('Talks in Port Lune');
  });

  it('moves through the options with the arrow keys and chooses with Enter', async () => {
    const { store, onChoose, user, input } = setup();
    await user.type(input, 'vale');
    const options = await screen.findAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Up from the first option wraps to the last.
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('event', 'evening-call');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(store.getState().searchOpen).toBe(false);
    expect(store.getState().query).toBe('vale');
    expect(document.activeElement).toBe(input);
  });

  it('chooses a result with a click', async () => {
    const { onChoose, user, input } = setup();
    await user.type(input, 'ready to accept');
    await user.click(await screen.findByRole('option', { name: /ready to accept/ }));
    expect(onChoose).toHaveBeenCalledWith('statement', 'vale-ready');
  });

  it('closes the popup on the first Escape and clears the text on the second', async () => {
    const { store, user, input } = setup();
    await user.type(input, 'truce');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(store.getState().query).toBe('truce');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]!.id);
    await user.keyboard('{Escape}{Escape}');
    expect(store.getState().query).toBe('');
  });

  it('says so when nothing matches, and announces result counts', async () => {
    const { user, input } = setup();
    await user.type(input, 'zebra');
    expect(await screen.findByText('No matches for “zebra”')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No matches for “zebra”.'));
    await user.clear(input);
    await user.type(input, 'oren');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^2 matches: 1 quote, 1 person or organisation\./));
  });

  it('closes the popup when focus leaves the field', async () => {
    const { user, input } = setup();
    await user.type(input, 'truce');
    expect(await screen.findAllByRole('option')).not.toHaveLength(0);
    await user.tab();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the text from a link without opening the popup', () => {
    const { input } = setup({ query: 'calder' });
    expect(input).toHaveProperty('value', 'calder');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('focuses the field when / is pressed elsewhere on the page, but not while typing in another field', async () => {
    const { user, input } = setup({ query: 'aster' });
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await user.keyboard('/');
    expect(document.activeElement).toBe(input);
    expect(input).toHaveProperty('value', 'aster');
    const other = screen.getByRole('textbox', { name: 'Another field' });
    await user.click(other);
    await user.keyboard('a/b');
    expect(document.activeElement).toBe(other);
    expect(other).toHaveProperty('value', 'a/b');
  });
});
