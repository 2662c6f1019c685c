// @vitest-environment jsdom
// The search box before its results part (search-results.ts, loaded by lazy-search-results.ts) has
// arrived: the part is held back here so the waiting state can be looked at, then let through.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import { SearchBox } from './search-box.tsx';

const gate = vi.hoisted(() => {
  const attempts: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    attempts,
    wait: () => new Promise<void>((resolve, reject) => attempts.push({ resolve, reject })),
  };
});

vi.mock('./search-results.ts', async (importOriginal) => {
  await gate.wait();
  return importOriginal();
});

afterEach(cleanup);

function setup() {
  const model = loadModel();
  const user = userEvent.setup();
  render(
    <ViewStoreProvider store={createViewStore()}>
      <SearchBox model={model} onChoose={() => undefined} />
    </ViewStoreProvider>,
  );
  return { user, input: screen.getByRole('combobox', { name: 'Search the timeline' }) };
}

describe('SearchBox while its results part loads', () => {
  it('says it is searching, keeps the combobox collapsed with its listbox in place, and tries again after a failure', async () => {
    const { user, input } = setup();
    await user.type(input, 'vale');
    // One load, started by the focus, however many keys follow.
    await vi.waitFor(() => expect(gate.attempts).toHaveLength(1));
    expect(screen.getByText('Searching…')).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    expect(document.getElementById(input.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('listbox');
    // Escape closes the note as it would close the popup, and leaves the text; ↓ opens it again.
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Searching…')).toBeNull();
    expect(input).toHaveProperty('value', 'vale');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('Searching…')).toBeTruthy();

    await act(async () => gate.attempts[0]!.reject(new Error('offline')));
    expect(await screen.findByText('Search could not be loaded; type to try again.')).toBeTruthy();
    await user.type(input, 'x');
    await vi.waitFor(() => expect(gate.attempts).toHaveLength(2));
    expect(screen.getByText('Searching…')).toBeTruthy();
    await user.keyboard('{Backspace}');
    // ↓ while the part is still on its way: the first option is active as soon as the results are in.
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();

    await act(async () => gate.attempts[1]!.resolve());
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
  });
});
