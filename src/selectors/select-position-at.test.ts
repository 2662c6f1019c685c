import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import type { ActorId, Model, TopicId } from '../model/types.ts';
import { getStandingInstant, selectNextPosition, selectPositionAt } from './select-position-at.ts';

const aster = 'aster' as ActorId;
const borea = 'borea' as ActorId;
const truce = 'truce' as TopicId;
const monitoring = 'monitoring-mission' as TopicId;
const utc = (...parts: [number, number, number, number?, number?]) => Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0);
const standingAt = (raw: string) => getStandingInstant(parsePartialDate(raw) ?? { end: NaN });

describe('selectPositionAt', () => {
  const model = loadModel(positionsModel());

  it('gives nothing before the first position of the actor on the topic', () => {
    expect(selectPositionAt(model, aster, truce, standingAt('2025-03-11'))).toBeUndefined();
  });

  it('gives a position from the start of its day, and keeps it until the next one', () => {
    expect(selectPositionAt(model, aster, truce, utc(2025, 3, 12))?.id).toBe('aster-truce-conditional');
    expect(selectPositionAt(model, aster, truce, standingAt('2025-03-19'))?.id).toBe('aster-truce-conditional');
    expect(selectPositionAt(model, aster, truce, utc(2025, 3, 20))?.id).toBe('aster-truce-supports');
    expect(selectPositionAt(model, aster, truce, utc(2030, 1, 1))?.id).toBe('aster-truce-supports');
  });

  it('holds a position dated 2025-03 from the start of March', () => {
    expect(selectPositionAt(model, aster, monitoring, utc(2025, 3, 1))?.id).toBe('aster-monitoring-proposes');
    expect(selectPositionAt(model, aster, monitoring, utc(2025, 3, 1) - 1)).toBeUndefined();
    expect(selectPositionAt(model, aster, monitoring, standingAt('2025-03-01'))?.id).toBe('aster-monitoring-proposes');
    expect(selectPositionAt(model, aster, monitoring, standingAt('2025-02'))).toBeUndefined();
  });

  it('counts a position taken on the date asked about, whatever its precision', () => {
    // "At 13 March" includes all of 13 March; "at March 2025" includes the whole month.
    expect(selectPositionAt(model, borea, truce, standingAt('2025-03-13'))?.id).toBe('borea-truce-noncommittal');
    expect(selectPositionAt(model, borea, truce, standingAt('2025-03-12'))).toBeUndefined();
    expect(selectPositionAt(model, aster, truce, standingAt('2025-03'))?.id).toBe('aster-truce-supports');
    expect(selectPositionAt(model, aster, truce, standingAt('2025'))?.id).toBe('aster-truce-supports');
  });

  it('takes a minute-precise position from that minute in UTC', () => {
    const timed = loadModel(positionsModel((f) => {
      f.positions.push({ id: 'borea-truce-opposes', actor: 'borea', topic: 'truce', stance: 'opposes', date: '2025-03-14T18:43+03:00', evidence: ['bask-reply'] });
    }));
    expect(selectPositionAt(timed, borea, truce, utc(2025, 3, 14, 15, 42))?.stance).toBe('noncommittal');
    expect(selectPositionAt(timed, borea, truce, utc(2025, 3, 14, 15, 43))?.stance).toBe('opposes');
  });

  it('gives nothing for an actor or topic without positions', () => {
    expect(selectPositionAt(model, 'calder' as ActorId, truce, utc(2030, 1, 1))).toBeUndefined();
    expect(selectPositionAt(model, borea, monitoring, utc(2030, 1, 1))).toBeUndefined();
  });

  it('finds the next position of the same actor on the same topic', () => {
    const first = model.positions.get('aster-truce-conditional' as never);
    const last = model.positions.get('aster-truce-supports' as never);
    expect(first && selectNextPosition(model, first)?.id).toBe('aster-truce-supports');
    expect(last && selectNextPosition(model, last)).toBeUndefined();
  });

  it('always gives the latest position that has started, for any dates (generated)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, '0')}`);
    const month = fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, '0')}`);
    const date = fc.oneof(day, month, fc.constant('2025'));
    fc.assert(
      fc.property(fc.uniqueArray(date, { minLength: 1, maxLength: 8, selector: (raw) => parsePartialDate(raw)?.start }), date, (dates, asked) => {
        const file = positionsModel((f) => {
          // Evidence of January 2025, so that no date is too early for it.
          f.statements?.push({ id: 'early', speaker: 'oren-bask', date: '2025-01', text: 'Early.', mode: 'verbatim' });
          f.positions = dates.map((raw, i) => ({ id: `p${i}`, actor: 'borea', topic: 'truce', stance: 'opposes' as const, date: raw, evidence: ['early'] }));
        });
        const generated: Model = loadModel(file);
        const instant = standingAt(asked);
        const started = dates.map((raw, i) => ({ id: `p${i}`, start: parsePartialDate(raw)?.start ?? NaN })).filter((p) => p.start <= instant);
        const expected = started.sort((a, b) => b.start - a.start)[0]?.id;
        expect(selectPositionAt(generated, borea, truce, instant)?.id).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
