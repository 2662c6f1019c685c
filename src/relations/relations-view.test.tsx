// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { selectVisibleItems } from '../selectors/select-visible-items.ts';
import { buildExchangeModel } from '../testing/build-exchange-model.ts';
import { createViewStore } from '../view-state/create-view-store.ts';
import type { ViewState } from '../view-state/view-state.ts';
import { ViewStoreProvider } from '../view-state/view-store-context.tsx';
import { RelationsPart } from './relations-part.tsx';

afterEach(cleanup);

const model = buildExchangeModel([
  { id: 'a1', speaker: 'ines-vale', date: '2025-03-11', about: ['oren-bask'] },
  { id: 'a2', speaker: 'ines-vale', date: '2025-03-13', about: ['oren-bask', 'calder'] },
  { id: 'b1', speaker: 'oren-bask', date: '2025-03-14', about: ['a2'] },
  { id: 'c1', speaker: 'calder', date: '2025-03-20', about: ['borea'] },
]);
const visible = selectVisibleItems(model, { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} });

function renderView(initial: Partial<ViewState> = {}) {
  const store = createViewStore(initial);
  render(
    <ViewStoreProvider store={store}>
      <RelationsPart part="view" model={model} visible={visible} />
    </ViewStoreProvider>,
  );
  return store;
}

describe('the relations view', () => {
  it('is a table with speakers as row headers, subjects as column headers, and cells that name themselves', () => {
    renderView();
    const table = screen.getByRole('table', { name: /Statements by speaker \(rows\) about subject \(columns\)/ });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent).toSorted()).toEqual(['Calder Forum', 'Ines Vale', 'Oren Bask']);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent).toSorted()).toEqual(['Borea', 'Calder Forum', 'Ines Vale', 'Oren Bask', 'Speaker']);
    const cell = within(table).getByRole('button', { name: 'Ines Vale about Oren Bask: 2 statements' });
    expect(cell.textContent).toBe('2');
    expect(cell.closest('td')?.className).toMatch(/relations__cell--5/);
    expect(screen.getByRole('status').textContent).toBe('4 statements by 3 speakers about 4 subjects, all dates.');
  });

  it('counts within the time window, which it sets for the timeline too', async () => {
    const store = renderView({ window: { from: '2025-03-12', to: '2025-03-15' } });
    expect(screen.getByRole('button', { name: 'Ines Vale about Oren Bask: 1 statement' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'Calder Forum' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(store.getState().window).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'From' }), '2025-03-20');
    await userEvent.type(screen.getByRole('textbox', { name: 'To' }), '2025-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toBe('“To” is before “From”.');
    expect(store.getState().window).toBeNull();
  });

  it('has one tab stop; the arrow keys move between cells that hold statements, and a cell opens in the panel', async () => {
    const store = renderView();
    const stops = screen.getAllByRole('button').filter((b) => b.closest('table') && b.tabIndex === 0);
    expect(stops).toHaveLength(1);
    stops[0]!.focus();
    const seen = new Set([document.activeElement?.getAttribute('aria-label')]);
    for (const key of ['{ArrowRight}', '{ArrowDown}', '{ArrowLeft}', '{ArrowUp}', '{End}', '{Home}']) {
      await userEvent.keyboard(key);
      expect(document.activeElement?.closest('td')).toBeTruthy();
      seen.add(document.activeElement?.getAttribute('aria-label'));
    }
    expect(seen.size).toBeGreaterThan(2);
    await userEvent.keyboard('{Enter}');
    const cell = store.getState().relationCell!;
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(new RegExp(`^${model.actors.get(cell.speaker as never)!.name} about ${model.actors.get(cell.subject as never)!.name}:`));
  });

  it('folds people into their states when asked', async () => {
    const store = renderView();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Fold people into their states' }));
    expect(store.getState().foldActors).toBe(true);
    expect(screen.getByRole('button', { name: 'Aster about Borea: 2 statements' })).toBeTruthy();
  });

  it('lists the statements of the open cell in its panel, each to be shown on the timeline', async () => {
    const store = createViewStore({ view: 'relations', relationCell: { speaker: 'ines-vale', subject: 'oren-bask' } });
    render(
      <ViewStoreProvider store={store}>
        <RelationsPart part="cell" model={model} visible={visible} onShow={() => undefined} />
      </ViewStoreProvider>,
    );
    const panel = screen.getByRole('complementary', { name: 'Ines Vale about Oren Bask' });
    expect(within(panel).getAllByRole('blockquote').map((q) => q.textContent)).toEqual(['Words of a1.', 'Words of a2.']);
    await userEvent.click(within(panel).getAllByRole('button', { name: 'Show on the timeline' })[1]!);
    expect([store.getState().view, store.getState().selection, store.getState().relationCell]).toEqual(['timeline', { kind: 'statement', id: 'a2' }, null]);
  });

  it('shows at most the 60 busiest speakers and subjects of a crowded model, and all of them on request', async () => {
    // 70 envoys, each speaking once about the next: 70 speakers and 70 subjects.
    const ids = Array.from({ length: 70 }, (_, i) => `envoy-${String(i).padStart(2, '0')}`);
    const crowded = buildExchangeModel(
      ids.map((id, i) => ({ id: `s-${id}`, speaker: id, date: '2025-03-12', about: [ids[(i + 1) % ids.length]!] })),
      (file) => {
        file.actors!.push(...ids.map((id) => ({ id, name: `Envoy ${id.slice(6)}`, kind: 'person' as const })));
      },
    );
    render(
      <ViewStoreProvider store={createViewStore({})}>
        <RelationsPart
          part="view"
          model={crowded}
          visible={selectVisibleItems(crowded, { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} })}
        />
      </ViewStoreProvider>,
    );
    // Ties go by name: envoys 00–59 on each side; envoy 59 spoke only about envoy 60 and envoy 00 was
    // spoken about only by envoy 69, so their row and column would be empty and are left out too.
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(59);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(60);
    expect(screen.getByRole('status').textContent).toBe(
      '70 statements by 70 speakers about 70 subjects, all dates. The table shows the 59 speakers and the 59 subjects with the most statements.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show all 70 × 70' }));
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(70);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(71);
    expect(screen.getByRole('status').textContent).toBe('70 statements by 70 speakers about 70 subjects, all dates.');
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});
