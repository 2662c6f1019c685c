// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import type { ViewState } from '../view-state/view-state.ts';
import { PositionsView } from './positions-view.tsx';

afterEach(cleanup);

function renderView(initial: Partial<ViewState> = {}) {
  const store = createViewStore(initial);
  render(
    <ViewStoreProvider store={store}>
      <PositionsView model={loadModel(positionsModel())} />
    </ViewStoreProvider>,
  );
  return store;
}

const rowOf = (actor: string) => screen.getByRole('rowheader', { name: actor }).closest('tr') as HTMLElement;

describe('PositionsView', () => {
  it('is a table with the topics as column headers and the actors as row headers', () => {
    renderView({ positionsAt: '2025-03-13' });
    const table = screen.getByRole('table', { name: 'Positions on 13 March 2025' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Actor', 'A thirty-day truceA truce along the whole front for thirty days.', 'A monitoring mission',
    ]);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Aster', 'Borea']);
  });

  it('names each stance in words and since when, or says no position is recorded', () => {
    renderView({ positionsAt: '2025-03-13' });
    const [truce, monitoring] = within(rowOf('Borea')).getAllByRole('cell');
    expect(truce?.textContent).toBe('Noncommittal · since 13 March 2025 Changed on this date');
    expect(monitoring?.textContent).toBe('No position recorded');
    expect(within(rowOf('Aster')).getAllByRole('cell')[0]?.textContent).toBe('Conditional · since 12 March 2025 1 condition');
  });

  it('opens a position in the panel from its cell', async () => {
    const store = renderView({ positionsAt: '2025-03-13' });
    await userEvent.click(within(rowOf('Borea')).getByRole('button'));
    expect(store.getState().selection).toEqual({ kind: 'position', id: 'borea-truce-noncommittal' });
    expect(within(rowOf('Borea')).getByRole('button').getAttribute('aria-pressed')).toBe('true');
  });

  it('steps to the next and previous change, writing the date to the store', async () => {
    const store = renderView({ positionsAt: '2025-03-13' });
    await userEvent.click(screen.getByRole('button', { name: 'Next change' }));
    expect(store.getState().positionsAt).toBe('2025-03-20');
    expect(screen.getByRole('table', { name: 'Positions on 20 March 2025' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next change' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(store.getState().positionsAt).toBe('2025-03-13');
    await userEvent.click(screen.getByRole('button', { name: 'End of the time window' }));
    expect(store.getState().positionsAt).toBeNull();
  });

  it('shows the positions at the end of the time window when no date was chosen', () => {
    const store = renderView({ window: { from: '2025-03-01', to: '2025-03-12' } });
    expect(screen.getByRole('table', { name: 'Positions on 12 March 2025' })).toBeTruthy();
    act(() => store.getState().setTimeWindow({ from: '2025-03-01', to: '2025-03-31' }));
    expect(screen.getByRole('table', { name: 'Positions on 31 March 2025' })).toBeTruthy();
  });

  it('explains the stances in a legend with words, not colour alone', () => {
    renderView();
    const legend = screen.getByRole('region', { name: 'What the stances mean' });
    expect(within(legend).getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Proposes', 'Supports', 'Conditional', 'Noncommittal', 'Opposes']);
  });
});
