import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import {
  selectActorDetail, selectDetail, selectEventDetail, selectStatementDetail, selectStatementSummary,
} from './select-detail.ts';


describe('selectEventDetail', () => {
  const model = loadModel();

  it('resolves participants in file order with their roles', () => {
    const detail = selectEventDetail(model, 'harbour-talks');
    expect(detail?.participants.map((p) => [p.actor.id, p.role])).toEqual([
      ['ines-vale', 'head of delegation'],
      ['oren-bask', 'head of delegation'],
      ['calder', 'mediator'],
    ]);
  });

  it('keeps statements said at the event apart from statements about it', () => {
    const talks = selectEventDetail(model, 'harbour-talks');
    expect(talks?.saidAt.map((s) => s.statement.id)).toEqual(['vale-ready']);
    expect(talks?.about).toEqual([]);
    const proposal = selectEventDetail(model, 'truce-proposal');
    expect(proposal?.saidAt).toEqual([]);
    expect(proposal?.about.map((s) => s.statement.id)).toEqual(['vale-ready']);
  });

  it('lists the events it names as outgoing relations', () => {
    const detail = selectEventDetail(model, 'evening-call');
    expect(detail?.related.map((r) => [r.event.id, r.relation, r.direction])).toContainEqual(
      ['harbour-talks', 'follows', 'outgoing'],
    );
  });

  it('lists the events that name it as incoming relations', () => {
    const detail = selectEventDetail(model, 'harbour-talks');
    expect(detail?.related.map((r) => [r.event.id, r.relation, r.direction])).toEqual([
      ['evening-call', 'follows', 'incoming'],
    ]);
  });

  it('puts outgoing relations before incoming ones', () => {
    const detail = selectEventDetail(model, 'evening-call');
    expect(detail?.related.map((r) => [r.event.id, r.direction])).toEqual([
      ['harbour-talks', 'outgoing'],
      ['truce-proposal', 'incoming'],
    ]);
  });

  it('resolves its sources', () => {
    expect(selectEventDetail(model, 'harbour-talks')?.sources.map((s) => s.id)).toEqual(['forum-communique']);
  });

  it('returns undefined for an id that is not an event', () => {
    expect(selectEventDetail(model, 'ines-vale')).toBeUndefined();
    expect(selectEventDetail(model, 'nowhere')).toBeUndefined();
  });
});

describe('selectActorDetail', () => {
  const model = loadModel();

  it('lists the events an actor took part in, in time order, with the role played', () => {
    const detail = selectActorDetail(model, 'ines-vale');
    expect(detail?.events.map((e) => [e.event.id, e.role])).toEqual([
      ['harbour-talks', 'head of delegation'],
      ['evening-call', undefined],
    ]);
  });

  it('lists events in the order of the model, earliest first', () => {
    const detail = selectActorDetail(model, 'aster');
    const starts = detail?.events.map((e) => e.event.span.start) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(detail?.events.map((e) => e.event.id)).toEqual(['truce-proposal', 'monitoring']);
  });

  it('resolves affiliations and the actors affiliated with it', () => {
    expect(selectActorDetail(model, 'ines-vale')?.affiliations.map((a) => a.id)).toEqual(['aster']);
    expect(selectActorDetail(model, 'aster')?.members.map((a) => a.id)).toEqual(['ines-vale']);
  });

  it('lists what the actor said and the statements about the actor', () => {
    expect(selectActorDetail(model, 'oren-bask')?.statements.map((s) => s.statement.id)).toEqual(['bask-reply']);
    expect(selectActorDetail(model, 'borea')?.mentionedIn.map((s) => s.statement.id)).toEqual(['vale-ready']);
  });

  it('returns undefined for an id that is not an actor', () => {
    expect(selectActorDetail(model, 'harbour-talks')).toBeUndefined();
  });
});

describe('selectStatementDetail', () => {
  const model = loadModel();

  it('resolves speaker, occasion, source with locator and what it is about', () => {
    const detail = selectStatementDetail(model, 'vale-ready');
    expect(detail?.speaker?.id).toBe('ines-vale');
    expect(detail?.occasion?.id).toBe('harbour-talks');
    expect(detail?.source?.source.id).toBe('forum-communique');
    expect(detail?.source?.locator).toBe('paragraph 3');
    expect(detail?.about.map((t) => t.kind)).toEqual(['event', 'actor']);
  });

  it('resolves a statement about another statement together with that speaker', () => {
    const [target] = selectStatementDetail(model, 'bask-reply')?.about ?? [];
    expect(target?.kind).toBe('statement');
    if (target?.kind === 'statement') expect(target.speaker?.id).toBe('ines-vale');
  });

  it('lists the statements about the statement as responses', () => {
    expect(selectStatementDetail(model, 'vale-ready')?.responses.map((s) => s.statement.id)).toEqual(['bask-reply']);
    expect(selectStatementDetail(model, 'bask-reply')?.responses).toEqual([]);
  });

  it('names each target once even when the file repeats it', () => {
    const repeated = loadModel(validModel({ statements: { 'vale-ready': { about: ['borea', 'borea'] } } }));
    const s = repeated.statements.values().next().value;
    if (!s) throw new Error('fixture has no statements');
    expect(selectStatementSummary(repeated, s).about).toHaveLength(1);
  });
});

describe('selectDetail', () => {
  const model = loadModel();

  it('tags the detail with the kind of the selection', () => {
    expect(selectDetail(model, { kind: 'event', id: 'monitoring' })?.kind).toBe('event');
    expect(selectDetail(model, { kind: 'actor', id: 'calder' })?.kind).toBe('actor');
    expect(selectDetail(model, { kind: 'statement', id: 'bask-reply' })?.kind).toBe('statement');
  });

  it('returns undefined when the id names something of another kind', () => {
    expect(selectDetail(model, { kind: 'statement', id: 'calder' })).toBeUndefined();
  });
});
