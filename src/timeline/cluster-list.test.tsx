// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { iranTalksModel } from '../testing/fixtures/iran-talks-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { selectVisibleItems } from '../selectors/select-visible-items.ts';
import { ClusterList } from './cluster-list.tsx';
import { buildTimelineTracks } from './scene/build-timeline-tracks.ts';
import type { SceneCluster } from './scene/layout-timeline-scene.ts';

afterEach(cleanup);

function setup(separable: boolean) {
  const file = iranTalksModel();
  file.statements = [
    { id: 'later', speaker: 'iran', date: '2015-07-14T18:00Z', text: 'Said later that day.', mode: 'paraphrase', event: 'jcpoa-agreed' },
    { id: 'earlier', speaker: 'iran', date: '2015-07-14T09:00Z', text: 'Said in the morning.', mode: 'verbatim', event: 'jcpoa-agreed' },
  ];
  const model = loadModel(file);
  const tracks = buildTimelineTracks(model, selectVisibleItems(model, { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} }), 'actors');
  const items = tracks.tracks[0]!.statements;
  const cluster: SceneCluster = { kind: 'statement', lane: 0, cx: 100, y: 40, count: 2, span: { start: 0, end: 1 }, items, members: [0, 1], separable };
  const onShowStatement = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <>
      <button type="button">The pill</button>
      <ClusterList model={model} cluster={cluster} left={0} top={0} width={300} onShowEvent={vi.fn()} onShowStatement={onShowStatement} onClose={onClose} />
    </>,
  );
  return { user, onShowStatement, onClose };
}

describe('ClusterList', () => {
  it('lists what the cluster holds in time order, named by kind, speaker and opening words, the first focused', () => {
    setup(false);
    const list = screen.getByRole('dialog', { name: '2 statements at the same time' });
    const buttons = list.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Quote by Iran: Said in the morning\./),
      expect.stringMatching(/^Paraphrase by Iran: Said later that day\./),
    ]);
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('opens the item chosen and closes', async () => {
    const { user, onShowStatement, onClose } = setup(false);
    await user.click(screen.getByRole('button', { name: /Said later that day/ }));
    expect(onShowStatement).toHaveBeenCalledWith('later');
    expect(onClose).toHaveBeenCalled();
  });

  it('closes on Escape, and on a click elsewhere', async () => {
    const { user, onClose } = setup(true);
    expect(screen.getByRole('dialog', { name: '2 statements too close together to show apart' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'The pill' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
