import { describe, expect, it } from 'vitest';
import type { Model } from '../model/types.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { selectVisibleItems, type ItemFilters } from './select-visible-items.ts';


const NONE: ItemFilters = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };
const visible = (model: Model, filters: Partial<ItemFilters>) => selectVisibleItems(model, { ...NONE, ...filters });

describe('selectVisibleItems', () => {
  const model = loadModel();

  it('has id sets that hold exactly the visible events and statements', () => {
    for (const filters of [{}, { actorFilter: ['ines-vale'] }, { kindFilter: ['call'] }]) {
      const result = visible(model, filters);
      expect([...result.eventSet]).toEqual(result.events);
      expect([...result.statementSet]).toEqual(result.statements);
      expect(result.eventSet).toBe(result.eventSet);
    }
  });

  it('shows everything, in time order, when no filter is set', () => {
    const result = visible(model, {});
    expect(result.events).toEqual(['truce-proposal', 'harbour-talks', 'evening-call', 'monitoring']);
    expect(result.statements).toEqual(['vale-ready', 'bask-reply']);
    expect(result.isFiltered).toBe(false);
    expect(result.eventSet.has(result.events[0]!)).toBe(true);
  });

  it('keeps events one of whose participants is in the actor filter, and their statements', () => {
    const result = visible(model, { actorFilter: ['ines-vale'] });
    expect(result.events).toEqual(['harbour-talks', 'evening-call']);
    expect(result.statements).toEqual(['vale-ready', 'bask-reply']);
    expect(result.isFiltered).toBe(true);
  });

  it('counts actors affiliated with a filtered actor as in the filter: a state brings its people', () => {
    const result = visible(model, { actorFilter: ['calder'] });
    // The monitoring mission belongs to Calder, so its event stays too.
    expect(result.events).toEqual(['harbour-talks', 'monitoring']);
    // Vale spoke at the talks Calder mediated, so her quote stays though she is not in the filter.
    expect(result.statements).toEqual(['vale-ready']);
    expect(result.isFiltered).toBe(true);
  });

  it('keeps statements whose speaker is in the actor filter', () => {
    const result = visible(model, { actorFilter: ['oren-bask'] });
    expect(result.events).toEqual(['harbour-talks', 'evening-call']);
    expect(result.statements).toEqual(['vale-ready', 'bask-reply']);
  });

  it('treats several actors as "any of them"', () => {
    expect(visible(model, { actorFilter: ['calder', 'monitors'] }).events).toEqual(['harbour-talks', 'monitoring']);
  });

  it('keeps only events of the chosen kinds, and the statements said at them', () => {
    const result = visible(model, { kindFilter: ['call', 'proposal'] });
    expect(result.events).toEqual(['truce-proposal', 'evening-call']);
    expect(result.statements).toEqual(['bask-reply']);
  });

  it('keeps a statement without an occasion when filtering by kind', () => {
    const withLoose = loadModel(validModel({ statements: { loose: { speaker: 'aster', date: '2025-03-14', text: 'We remain ready.', mode: 'verbatim' } } }));
    expect(visible(withLoose, { kindFilter: ['call'] }).statements).toEqual(['bask-reply', 'loose']);
  });

  it('keeps a statement whose occasion has a chosen kind even when the occasion itself falls outside the dates', () => {
    const later = loadModel(validModel({ statements: { 'vale-ready': { date: '2025-03-14' } } }));
    const result = visible(later, { kindFilter: ['talks'], dateFilter: { since: '2025-03-13' } });
    expect(result.events).toEqual([]);
    expect(result.statements).toEqual(['vale-ready']);
  });

  it('keeps only verbatim quotes when asked, leaving events alone', () => {
    const result = visible(model, { verbatimOnly: true });
    expect(result.statements).toEqual(['vale-ready']);
    expect(result.events).toHaveLength(4);
    expect(result.isFiltered).toBe(true);
  });

  it('keeps events and statements that overlap the date range, whole partial dates included', () => {
    // The proposal is dated "2025-03", the whole month, so it overlaps any range in March.
    expect(visible(model, { dateFilter: { since: '2025-03-13' } }).events).toEqual(['truce-proposal', 'evening-call', 'monitoring']);
    expect(visible(model, { dateFilter: { since: '2025-03-13' } }).statements).toEqual(['bask-reply']);
    expect(visible(model, { dateFilter: { until: '2025-03-12' } }).events).toEqual(['truce-proposal', 'harbour-talks']);
    expect(visible(model, { dateFilter: { until: '2025-03-12' } }).statements).toEqual(['vale-ready']);
    // "Until April" includes all of April; the monitoring mission runs into it.
    expect(visible(model, { dateFilter: { since: '2025-04', until: '2025-04' } }).events).toEqual(['monitoring']);
  });

  it('ignores a date that is not a date instead of hiding everything', () => {
    const result = visible(model, { dateFilter: { since: '2025-02-30' } });
    expect(result.events).toHaveLength(4);
    expect(result.isFiltered).toBe(false);
  });

  it('combines filters: every filter must pass', () => {
    const result = visible(model, { actorFilter: ['ines-vale'], kindFilter: ['call'], verbatimOnly: true });
    expect(result.events).toEqual(['evening-call']);
    expect(result.statements).toEqual([]);
  });

  it('answers a repeated question from memory, and a changed filter or model afresh', () => {
    const filters: ItemFilters = { ...NONE, kindFilter: ['call'] };
    const first = selectVisibleItems(model, filters);
    expect(selectVisibleItems(model, { ...filters })).toBe(first);
    const other = selectVisibleItems(model, { ...filters, kindFilter: ['talks'] });
    expect(other).not.toBe(first);
    expect(other.events).toEqual(['harbour-talks']);
    const reloaded = loadModel();
    expect(selectVisibleItems(reloaded, filters)).not.toBe(first);
    expect(selectVisibleItems(reloaded, filters).events).toEqual(first.events);
  });
});
