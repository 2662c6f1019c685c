import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActorId, Model } from '../model/types.ts';
import { buildExchangeModel } from '../testing/build-exchange-model.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { selectRelationsMatrix, type RelationsMatrix } from './select-relations-matrix.ts';
import { selectStatementSubjects } from './select-statement-subjects.ts';
import { orderRelationsMatrix } from './order-relations-matrix.ts';

const subjectsOf = (model: Model, id: string) => selectStatementSubjects(model, model.statements.get(id as never)!);
const all = (model: Model, fold = false) => selectRelationsMatrix(model, { statements: model.statementOrder, window: null, fold });
const cell = (matrix: RelationsMatrix, speaker: string, subject: string) =>
  matrix.counts[matrix.speakers.indexOf(speaker as ActorId)]?.[matrix.subjects.indexOf(subject as ActorId)] ?? 0;

describe('the subject rule', () => {
  it('takes the actors named, the participants of the events named and the speakers of the statements named', () => {
    const model = buildExchangeModel([
      { id: 'offer', speaker: 'ines-vale', date: '2025-03-12' },
      { id: 'answer', speaker: 'calder', date: '2025-03-13', about: ['aster', 'evening-call', 'offer'] },
    ]);
    // evening-call's participants are Ines Vale and Oren Bask.
    expect(subjectsOf(model, 'answer')).toEqual(['aster', 'ines-vale', 'oren-bask']);
  });

  it('never makes a speaker their own subject, however they are named', () => {
    const model = buildExchangeModel([
      { id: 'earlier', speaker: 'ines-vale', date: '2025-03-11' },
      // Named directly, as a participant of the event, and as the speaker of her own earlier statement.
      { id: 'self', speaker: 'ines-vale', date: '2025-03-12', about: ['ines-vale', 'harbour-talks', 'earlier'] },
    ]);
    expect(subjectsOf(model, 'self')).toEqual(['oren-bask', 'calder']);
    expect(subjectsOf(model, 'earlier')).toEqual([]);
  });

  it('holds for any statement of the bundled model', () => {
    const model = readBundledModel();
    if (!model) return;
    for (const statement of model.statements.values()) {
      const subjects = selectStatementSubjects(model, statement);
      expect(subjects).not.toContain(statement.speaker);
      expect(new Set(subjects).size).toBe(subjects.length);
    }
  });
});

describe('selectRelationsMatrix', () => {
  const model = buildExchangeModel([
    { id: 'a1', speaker: 'ines-vale', date: '2025-03-11', about: ['oren-bask'] },
    { id: 'a2', speaker: 'ines-vale', date: '2025-03-13', about: ['oren-bask', 'borea'] },
    { id: 'b1', speaker: 'oren-bask', date: '2025-03-14', about: ['a2'] },
    { id: 'c1', speaker: 'aster', date: '2025-03-20', about: ['ines-vale'] },
  ]);

  it('counts each speaker’s statements about each subject and lists them in time order', () => {
    const matrix = all(model);
    expect(cell(matrix, 'ines-vale', 'oren-bask')).toBe(2);
    expect(cell(matrix, 'ines-vale', 'borea')).toBe(1);
    expect(cell(matrix, 'oren-bask', 'ines-vale')).toBe(1);
    expect(matrix.statementsOf('ines-vale', 'oren-bask')).toEqual(['a1', 'a2']);
    expect(matrix.statementsOf('borea', 'aster')).toEqual([]);
    expect([matrix.max, matrix.statementCount]).toEqual([2, 4]);
  });

  it('counts only statements within the window and the statements given (the filters)', () => {
    const windowed = selectRelationsMatrix(model, { statements: model.statementOrder, window: { start: Date.UTC(2025, 2, 12), end: Date.UTC(2025, 2, 15) }, fold: false });
    expect(cell(windowed, 'ines-vale', 'oren-bask')).toBe(1);
    expect(windowed.speakers).not.toContain('aster');
    const filtered = selectRelationsMatrix(model, { statements: ['b1', 'c1'] as never, window: null, fold: false });
    expect(filtered.speakers.toSorted()).toEqual(['aster', 'oren-bask']);
  });

  it('folds people into their state and drops a side talking about itself', () => {
    const folded = all(model, true);
    expect(cell(folded, 'aster', 'borea')).toBe(2);
    expect(cell(folded, 'borea', 'aster')).toBe(1);
    // "Aster about Ines Vale" becomes Aster about Aster: not counted.
    expect(folded.statementsOf('aster', 'aster')).toEqual([]);
    expect(folded.statementCount).toBe(3);
  });

  it('agrees with the subject rule on any statement list, each actor once per axis', () => {
    const bundled = readBundledModel();
    if (!bundled) return;
    fc.assert(
      fc.property(fc.subarray([...bundled.statementOrder]), fc.boolean(), (statements, fold) => {
        const matrix = selectRelationsMatrix(bundled, { statements, window: null, fold });
        expect(new Set(matrix.speakers).size).toBe(matrix.speakers.length);
        expect(new Set(matrix.subjects).size).toBe(matrix.subjects.length);
        let cells = 0;
        matrix.speakers.forEach((speaker, row) => {
          matrix.subjects.forEach((subject, column) => {
            const count = matrix.counts[row]![column]!;
            expect(matrix.statementsOf(speaker, subject)).toHaveLength(count);
            if (speaker === subject) expect(count).toBe(0);
            cells += count;
          });
        });
        const expected = fold ? undefined : statements.reduce((n, id) => n + subjectsOf(bundled, id).length, 0);
        if (expected !== undefined) expect(cells).toBe(expected);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('with a limit, shows the speakers and subjects with the most statements, counted as without it', () => {
    const bundled = readBundledModel();
    if (!bundled) return;
    fc.assert(
      fc.property(fc.subarray([...bundled.statementOrder]), fc.boolean(), fc.integer({ min: 1, max: 12 }), (statements, fold, limit) => {
        const full = selectRelationsMatrix(bundled, { statements, window: null, fold });
        const cut = selectRelationsMatrix(bundled, { statements, window: null, fold, limit });
        expect(cut.speakers.length).toBeLessThanOrEqual(limit);
        expect(cut.subjects.length).toBeLessThanOrEqual(limit);
        expect(cut.speakers.length + cut.hiddenSpeakers).toBe(full.speakers.length);
        expect(cut.subjects.length + cut.hiddenSubjects).toBe(full.subjects.length);
        expect(cut.statementCount).toBe(full.statementCount);
        // Every shown cell counts what the whole table counts there, and lists the same statements.
        cut.speakers.forEach((speaker, row) => {
          cut.subjects.forEach((subject, column) => {
            expect(cut.counts[row]![column]).toBe(cell(full, speaker, subject));
          });
        });
        // No hidden speaker has more statements than a shown one (by the whole table's row totals).
        const total = (m: RelationsMatrix, speaker: ActorId) => m.counts[m.speakers.indexOf(speaker)]!.reduce((a, b) => a + b, 0);
        const shown = new Set(cut.speakers);
        const hidden = full.speakers.filter((id) => !shown.has(id));
        if (hidden.length > 0 && cut.speakers.length === limit) {
          const least = Math.min(...cut.speakers.map((id) => total(full, id)));
          for (const id of hidden) expect(total(full, id)).toBeLessThanOrEqual(least);
        }
        // A hidden pair's statements are still listed (the panel opens a cell from a link).
        for (const speaker of full.speakers) for (const subject of full.subjects) expect(cut.statementsOf(speaker, subject)).toEqual(full.statementsOf(speaker, subject));
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('without more speakers or subjects than the limit, is the whole table', () => {
    const matrix = selectRelationsMatrix(model, { statements: model.statementOrder, window: null, fold: false, limit: 60 });
    expect(matrix).toMatchObject({ hiddenSpeakers: 0, hiddenSubjects: 0 });
    expect(matrix.speakers).toEqual(all(model).speakers);
    expect(matrix.counts).toEqual(all(model).counts);
  });

  it('has a non-empty “Donald Trump about Vladimir Putin” cell in the bundled model for 9–20 March', () => {
    const bundled = readBundledModel();
    if (!bundled) return;
    const matrix = selectRelationsMatrix(bundled, { statements: bundled.statementOrder, window: { start: Date.UTC(2025, 2, 9), end: Date.UTC(2025, 2, 21) }, fold: false });
    expect(matrix.statementsOf('trump', 'putin')).toContain('trump-very-promising-statement');
  });
});

describe('orderRelationsMatrix (correspondence analysis)', () => {
  const name = (id: string) => id;

  it('recovers a band from a shuffled table: neighbours that talk sit next to each other', () => {
    // Speaker i talks most about subject i and a little about i ± 1.
    const n = 6;
    const shuffled = [3, 0, 5, 1, 4, 2];
    const pairs = shuffled.flatMap((i) =>
      [i - 1, i, i + 1].filter((j) => j >= 0 && j < n).map((j) => ({ speaker: `r${i}`, subject: `c${j}`, count: i === j ? 5 : 1 })),
    );
    const { rows, columns } = orderRelationsMatrix(pairs, name);
    const forward = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'];
    expect([forward, forward.toReversed()]).toContainEqual(rows);
    expect(columns.map((c) => c.replace('c', 'r'))).toEqual(rows);
  });

  it('keeps disconnected groups apart, the busiest group first', () => {
    const pairs = [
      { speaker: 'a', subject: 'x', count: 1 },
      { speaker: 'b', subject: 'y', count: 4 },
      { speaker: 'c', subject: 'y', count: 2 },
      { speaker: 'b', subject: 'z', count: 1 },
    ];
    const { rows, columns } = orderRelationsMatrix(pairs, name);
    expect(rows.slice(2)).toEqual(['a']);
    expect(columns.slice(2)).toEqual(['x']);
    expect(rows.slice(0, 2).toSorted()).toEqual(['b', 'c']);
  });

  it('is deterministic and lists every actor once, whatever the order of the cells', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ speaker: fc.constantFrom('a', 'b', 'c', 'd', 'e'), subject: fc.constantFrom('v', 'w', 'x', 'y', 'z'), count: fc.integer({ min: 1, max: 9 }) }), {
          selector: (p) => `${p.speaker}/${p.subject}`,
          minLength: 1,
          maxLength: 20,
        }),
        (pairs) => {
          const once = orderRelationsMatrix(pairs, name);
          expect(orderRelationsMatrix(pairs.toReversed(), name)).toEqual(once);
          expect(once.rows.toSorted()).toEqual([...new Set(pairs.map((p) => p.speaker))].sort());
          expect(once.columns.toSorted()).toEqual([...new Set(pairs.map((p) => p.subject))].sort());
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
