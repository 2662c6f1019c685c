import { describe, expect, it } from 'vitest';
import { listEventKinds } from './list-event-kinds';
import { loadModel } from '../testing/load-model';
import { validModel } from '../testing/fixtures/valid-model';

describe('listEventKinds', () => {
  it('lists the kinds alphabetically, ignoring case, with their counts', () => {
    const file = validModel();
    file.events!.push({ ...file.events![0]!, id: 'more-talks', title: 'More talks' }, { ...file.events![0]!, id: 'a-visit', title: 'A visit', kind: 'Visit' });
    expect(listEventKinds(loadModel(file))).toEqual([
      { kind: 'agreement', count: 1 },
      { kind: 'call', count: 1 },
      { kind: 'proposal', count: 1 },
      { kind: 'talks', count: 2 },
      { kind: 'Visit', count: 1 },
    ]);
  });
});
