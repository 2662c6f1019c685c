import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Model, StatementId } from '../model/types.ts';
import { buildExchangeModel, type StatementSpec } from '../testing/build-exchange-model.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { isReplyTo, selectReplies } from './select-replies.ts';
import { selectThread } from './select-thread.ts';

const repliesOf = (model: Model, id: string) => selectReplies(model).replies.get(id as StatementId) ?? [];
const answeredBy = (model: Model, id: string) => selectReplies(model).inReplyTo.get(id as StatementId) ?? [];

describe('the reply rule', () => {
  const original: StatementSpec = { id: 'offer', speaker: 'ines-vale', date: '2025-03-12', event: 'harbour-talks' };

  it('counts a later statement by someone else that names the statement', () => {
    const model = buildExchangeModel([original, { id: 'answer', speaker: 'oren-bask', date: '2025-03-13', about: ['offer'] }]);
    expect(answeredBy(model, 'answer')).toEqual(['offer']);
    expect(repliesOf(model, 'offer')).toEqual(['answer']);
  });

  it('counts a same-day answer, and one whose date is too coarse to tell (a month around the day)', () => {
    const model = buildExchangeModel([
      original,
      { id: 'same-day', speaker: 'oren-bask', date: '2025-03-12', about: ['offer'] },
      { id: 'that-month', speaker: 'borea', date: '2025-03', about: ['offer'] },
    ]);
    expect(repliesOf(model, 'offer')).toEqual(['that-month', 'same-day']);
  });

  it('never counts the speaker answering themselves', () => {
    const model = buildExchangeModel([original, { id: 'again', speaker: 'ines-vale', date: '2025-03-13', about: ['offer', 'harbour-talks'] }]);
    expect(answeredBy(model, 'again')).toEqual([]);
  });

  it('never counts a statement dated before what it names', () => {
    const model = buildExchangeModel([original, { id: 'earlier', speaker: 'oren-bask', date: '2025-03-11', about: ['offer'] }]);
    expect(answeredBy(model, 'earlier')).toEqual([]);
    const timed = buildExchangeModel([
      { id: 'evening', speaker: 'ines-vale', date: '2025-03-13T18:43+03:00' },
      { id: 'morning', speaker: 'oren-bask', date: '2025-03-13T09:00+03:00', about: ['evening'] },
    ]);
    expect(answeredBy(timed, 'morning')).toEqual([]);
  });

  it('counts naming the event a statement was said at, when the speakers are on different sides', () => {
    const model = buildExchangeModel([original, { id: 'answer', speaker: 'oren-bask', date: '2025-03-14', about: ['harbour-talks'] }]);
    expect(answeredBy(model, 'answer')).toEqual(['offer']);
    // The Calder Forum belongs to no state: it is a side of its own.
    const forum = buildExchangeModel([original, { id: 'forum', speaker: 'calder', date: '2025-03-14', about: ['harbour-talks'] }]);
    expect(answeredBy(forum, 'forum')).toEqual(['offer']);
  });

  it('does not count one side following up its own side through the event, but does through the statement itself', () => {
    const model = buildExchangeModel([
      original,
      { id: 'follow-up', speaker: 'aster', date: '2025-03-14', about: ['harbour-talks'] },
      { id: 'clarification', speaker: 'aster', date: '2025-03-14', about: ['offer'] },
    ]);
    expect(answeredBy(model, 'follow-up')).toEqual([]);
    expect(answeredBy(model, 'clarification')).toEqual(['offer']);
  });

  it('does not count two accounts of the same occasion as answering each other', () => {
    const model = buildExchangeModel([original, { id: 'other-account', speaker: 'oren-bask', date: '2025-03-12', event: 'harbour-talks', about: ['harbour-talks'] }]);
    expect(answeredBy(model, 'other-account')).toEqual([]);
  });

  it('lists what a statement answers in time order, each once', () => {
    const model = buildExchangeModel([
      { id: 'b', speaker: 'ines-vale', date: '2025-03-12', event: 'harbour-talks' },
      { id: 'a', speaker: 'ines-vale', date: '2025-03-11', event: 'harbour-talks' },
      { id: 'answer', speaker: 'oren-bask', date: '2025-03-14', about: ['b', 'harbour-talks', 'a'] },
    ]);
    expect(answeredBy(model, 'answer')).toEqual(['a', 'b']);
  });
});

const ACTORS = ['aster', 'borea', 'calder', 'ines-vale', 'oren-bask', 'monitors'];
const EVENTS = ['harbour-talks', 'evening-call', 'truce-proposal', 'monitoring'];
const DATES = ['2025', '2025-03', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-13T09:00Z', '2025-03-13T18:43+03:00', '2025-04-02'];

/** Models of up to 14 statements with random speakers, dates, occasions and `about` links. */
const exchangeModel = fc
  .array(
    fc.record({
      speaker: fc.constantFrom(...ACTORS),
      date: fc.constantFrom(...DATES),
      event: fc.option(fc.constantFrom(...EVENTS), { nil: undefined }),
      about: fc.uniqueArray(fc.oneof(fc.constantFrom(...ACTORS, ...EVENTS), fc.nat(13).map((n) => `s${n}`)), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((specs) => {
    const ids = new Set(specs.map((_, i) => `s${i}`));
    return buildExchangeModel(specs.map((s, i) => ({ ...s, id: `s${i}`, about: s.about.filter((a) => !a.startsWith('s') || ids.has(a)) })));
  });

// Each generated model is validated and normalized like a real file: a few ms each, more on a busy
// machine, hence fewer runs and a limit well above vitest's 5 s.
describe('replies in any model', () => {
  it('only ever link different speakers, the reply not dated before the original, and both directions agree', () => {
    fc.assert(
      fc.property(exchangeModel, (model) => {
        const { inReplyTo, replies, position } = selectReplies(model);
        let pairs = 0;
        for (const [replyId, originals] of inReplyTo) {
          const reply = model.statements.get(replyId)!;
          expect(new Set(originals).size).toBe(originals.length);
          expect(originals.map((id) => position.get(id)!)).toEqual(originals.map((id) => position.get(id)!).sort((a, b) => a - b));
          for (const id of originals) {
            const original = model.statements.get(id)!;
            expect(reply.speaker).not.toBe(original.speaker);
            expect(reply.date.end).toBeGreaterThan(original.date.start);
            expect(reply.about.includes(id) || (original.event !== undefined && reply.about.includes(original.event))).toBe(true);
            expect(replies.get(id)).toContain(replyId);
            pairs++;
          }
        }
        expect([...replies.values()].reduce((n, list) => n + list.length, 0)).toBe(pairs);
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  it('index exactly the pairs the rule accepts', () => {
    fc.assert(
      fc.property(exchangeModel, (model) => {
        const { inReplyTo } = selectReplies(model);
        for (const reply of model.statements.values()) {
          for (const original of model.statements.values()) {
            expect(inReplyTo.get(reply.id)?.includes(original.id) ?? false).toBe(isReplyTo(model, reply, original));
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('group statements into threads: each thread holds its replies and is the thread of each of its statements', () => {
    fc.assert(
      fc.property(exchangeModel, (model) => {
        const { inReplyTo, replies } = selectReplies(model);
        for (const id of model.statementOrder) {
          const thread = selectThread(model, id);
          expect(thread).toContain(id);
          expect(thread).toEqual(model.statementOrder.filter((s) => thread.includes(s)));
          for (const member of thread) {
            for (const linked of [...(inReplyTo.get(member) ?? []), ...(replies.get(member) ?? [])]) expect(thread).toContain(linked);
            expect(selectThread(model, member)).toEqual(thread);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('replies in the bundled model', () => {
  const model = readBundledModel();

  it.runIf(model)('has Trump’s “very promising statement” answer Putin’s answer, and the General Staff answer Putin’s claim', () => {
    const bundled = model!;
    expect(answeredBy(bundled, 'trump-very-promising-statement')).toContain('putin-open-to-ceasefire');
    expect(repliesOf(bundled, 'putin-kursk-troops-cut-off')).toEqual(['trump-very-promising-statement', 'ukraine-general-staff-no-encirclement']);
    expect(answeredBy(bundled, 'putin-open-to-ceasefire')).toEqual(['jeddah-statement-ceasefire']);
    expect(answeredBy(bundled, 'putin-surrender-guarantee')).toEqual(['trump-productive-discussions']);
  });

  it.runIf(model)('does not make one side’s officials answer their own side’s statements about an event', () => {
    const bundled = model!;
    expect(answeredBy(bundled, 'ratcliffe-military-and-intelligence-front')).toEqual([]);
    expect(answeredBy(bundled, 'jeddah-statement-lift-pause')).toEqual([]);
    // The two readouts of the 18 March call are accounts to compare, not replies.
    expect(answeredBy(bundled, 'leavitt-energy-infrastructure-ceasefire')).toEqual([]);
  });
});

describe('selectThread', () => {
  it('follows replies both ways over several steps, in time order, and is empty for an unknown id', () => {
    const model = buildExchangeModel([
      { id: 'offer', speaker: 'ines-vale', date: '2025-03-11' },
      { id: 'answer', speaker: 'oren-bask', date: '2025-03-12', about: ['offer'] },
      { id: 'rejoinder', speaker: 'aster', date: '2025-03-13', about: ['answer'] },
      { id: 'aside', speaker: 'calder', date: '2025-03-12' },
    ]);
    expect(selectThread(model, 'rejoinder' as StatementId)).toEqual(['offer', 'answer', 'rejoinder']);
    expect(selectThread(model, 'aside' as StatementId)).toEqual(['aside']);
    expect(selectThread(model, 'ghost' as StatementId)).toEqual([]);
  });
});
