import { describe, expect, it } from 'vitest';
import { buildExchangeModel } from '../testing/build-exchange-model.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { hasCompetingAccounts, selectEventAccounts } from './select-event-accounts.ts';

describe('selectEventAccounts', () => {
  it('groups the statements said at an event by side, a person under their state, in order of first word', () => {
    const model = buildExchangeModel([
      { id: 'bask', speaker: 'oren-bask', date: '2025-03-11', event: 'harbour-talks' },
      { id: 'vale', speaker: 'ines-vale', date: '2025-03-12', event: 'harbour-talks' },
      { id: 'aster-word', speaker: 'aster', date: '2025-03-12', event: 'harbour-talks' },
      { id: 'forum', speaker: 'calder', date: '2025-03-12', event: 'harbour-talks' },
      { id: 'later', speaker: 'borea', date: '2025-03-20', about: ['harbour-talks'] },
    ]);
    const accounts = selectEventAccounts(model, 'harbour-talks');
    expect(accounts.map((a) => [a.name, a.statements.map((s) => s.id)])).toEqual([
      ['Borea', ['bask']],
      ['Aster', ['vale', 'aster-word']],
      ['Calder Forum', ['forum']],
    ]);
    expect(hasCompetingAccounts(model, 'harbour-talks')).toBe(true);
  });

  it('finds nothing to compare when one side spoke, or nobody did', () => {
    const model = buildExchangeModel([
      { id: 'vale', speaker: 'ines-vale', date: '2025-03-12', event: 'harbour-talks' },
      { id: 'aster-word', speaker: 'aster', date: '2025-03-12', event: 'harbour-talks' },
    ]);
    expect(hasCompetingAccounts(model, 'harbour-talks')).toBe(false);
    expect(hasCompetingAccounts(model, 'evening-call')).toBe(false);
    expect(selectEventAccounts(model, 'evening-call')).toEqual([]);
  });

  it('puts the Kremlin’s and the White House’s readouts of the 18 March call side by side', () => {
    const model = readBundledModel();
    if (!model) return;
    const accounts = selectEventAccounts(model, 'trump-putin-call-2025-03-18');
    expect(accounts.map((a) => [a.name, a.statements.map((s) => s.speaker)]).toSorted()).toEqual([
      ['Russia', ['putin']],
      ['United States', ['leavitt']],
    ]);
  });
});
