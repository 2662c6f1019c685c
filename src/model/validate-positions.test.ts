import { describe, expect, it } from 'vitest';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { ModelProblem, PositionId, StatementId, TopicId, ActorId } from './types.ts';
import { validateModel } from './validate-model.ts';

type File = Parameters<NonNullable<Parameters<typeof positionsModel>[0]>>[0];

function problemsOf(edit: (file: File) => void): readonly ModelProblem[] {
  const result = validateModel(positionsModel(edit));
  return result.ok ? result.warnings : result.problems;
}

/** The one problem at `path`, failing with every problem found when there is not exactly one. */
function only(edit: (file: File) => void, path: string): ModelProblem {
  const problems = problemsOf(edit);
  const found = problems.filter((p) => p.path === path);
  expect(found, `problems at ${path}: ${JSON.stringify(problems)}`).toHaveLength(1);
  return found[0] as ModelProblem;
}

const position = (file: File, id: string) => {
  const found = file.positions.find((p) => p.id === id);
  if (!found) throw new Error(`no position ${id} in the fixture`);
  return found as { -readonly [K in keyof typeof found]: (typeof found)[K] };
};

describe('validateModel with topics and positions', () => {
  it('accepts the positions fixture without warnings and indexes it', () => {
    const result = validateModel(positionsModel());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    const { model } = result;
    expect(model.topicOrder).toEqual(['truce', 'monitoring-mission']);
    expect(model.positionOrder).toEqual(['aster-monitoring-proposes', 'aster-truce-conditional', 'borea-truce-noncommittal', 'aster-truce-supports']);
    expect(model.positionsByActorTopic.get('aster' as ActorId)?.get('truce' as TopicId)).toEqual(['aster-truce-conditional', 'aster-truce-supports']);
    expect(model.positionsByEvidence.get('vale-ready' as StatementId)).toEqual(['aster-monitoring-proposes', 'aster-truce-conditional', 'aster-truce-supports']);
    expect(model.positions.get('aster-monitoring-proposes' as PositionId)?.date).toMatchObject({ precision: 'month', start: Date.UTC(2025, 2, 1) });
    expect(model.kindOf.get('truce')).toBe('topic');
    expect(model.backlinks.get('vale-ready' as StatementId)).toContainEqual({ from: 'aster-truce-conditional', fromKind: 'position', field: 'evidence' });
  });

  it('gives a model without topics or positions empty tables', () => {
    const result = validateModel(validModel());
    expect(result.ok && [result.model.topics.size, result.model.positions.size, result.model.positionsByActorTopic.size]).toEqual([0, 0, 0]);
  });

  it('reports an unknown actor with the actor it probably meant', () => {
    expect(only((f) => (position(f, 'aster-truce-conditional').actor = 'astre'), 'positions[0].actor').message).toBe(
      'unknown actor id "astre"; expected an actor id — did you mean "aster"?',
    );
  });

  it('reports an unknown topic with the topic it probably meant', () => {
    expect(only((f) => (position(f, 'borea-truce-noncommittal').topic = 'truse'), 'positions[1].topic').message).toBe(
      'unknown topic id "truse"; expected a topic id — did you mean "truce"?',
    );
  });

  it('reports an unknown statement in the evidence with the statement it probably meant', () => {
    expect(only((f) => (position(f, 'aster-truce-conditional').evidence = ['vale-ready', 'bask-replay']), 'positions[0].evidence[1]').message).toBe(
      'unknown statement id "bask-replay"; expected a statement id — did you mean "bask-reply"?',
    );
  });

  it('reports a reference to the wrong kind of thing', () => {
    expect(only((f) => (position(f, 'aster-truce-conditional').topic = 'aster'), 'positions[0].topic').message).toBe(
      '"aster" is an actor id; expected a topic id',
    );
    expect(only((f) => (position(f, 'aster-truce-conditional').evidence = ['harbour-talks']), 'positions[0].evidence[0]').message).toBe(
      '"harbour-talks" is an event id; expected a statement id',
    );
  });

  it('reports evidence said after the date the position holds from', () => {
    expect(only((f) => (position(f, 'aster-truce-conditional').date = '2025-03-11'), 'positions[0].evidence[0]')).toEqual({
      severity: 'error',
      path: 'positions[0].evidence[0]',
      message: 'statement "vale-ready" is dated 2025-03-12, after the position\'s date 2025-03-11; expected evidence said on or before the date the position holds from',
    });
  });

  it('takes evidence within a less precise position date, or less precisely dated, as not after it', () => {
    // The position dated 2025-03 (the fixture's) holds from the start of March and rests on a quote of 12 March.
    expect(validateModel(positionsModel()).ok).toBe(true);
    const monthQuote = positionsModel((f) => {
      const quote = f.statements?.[0];
      if (quote) (quote as { date: string }).date = '2025-03';
    });
    expect(validateModel(monthQuote).ok).toBe(true);
    expect(only((f) => (position(f, 'aster-monitoring-proposes').date = '2025-02'), 'positions[3].evidence[0]').message).toMatch(/dated 2025-03-12, after the position's date 2025-02;/);
  });

  it('reports two positions of one actor on one topic on one date', () => {
    expect(only((f) => (position(f, 'aster-truce-supports').date = '2025-03-12'), 'positions[2].date').message).toBe(
      'actor "aster" already has a position on topic "truce" from 2025-03-12 (positions[0]); expected one position per actor, topic and date',
    );
  });

  it('reports two positions from the same moment written differently', () => {
    expect(only((f) => (position(f, 'aster-truce-supports').date = '2025-03-12T00:00Z'), 'positions[2].date').message).toBe(
      'actor "aster" already has a position on topic "truce" from 2025-03-12, the same moment as 2025-03-12T00:00Z (positions[0]); expected one position per actor, topic and date',
    );
  });

  it('accepts positions of one actor on two topics, or of two actors on one topic, on one date', () => {
    const result = validateModel(positionsModel((f) => {
      position(f, 'aster-monitoring-proposes').date = '2025-03-12';
      position(f, 'borea-truce-noncommittal').date = '2025-03-13';
      f.positions.push({ id: 'borea-truce-opposes', actor: 'borea', topic: 'truce', stance: 'opposes', date: '2025-03-20', evidence: ['bask-reply'] });
    }));
    expect(result.ok).toBe(true);
  });

  it('warns about evidence spoken by someone who neither is the actor nor speaks for it, naming both', () => {
    expect(only((f) => (position(f, 'borea-truce-noncommittal').evidence = ['vale-ready']), 'positions[1].evidence[0]')).toEqual({
      severity: 'warning',
      path: 'positions[1].evidence[0]',
      message: 'statement "vale-ready" was said by "ines-vale", who is neither "borea" nor affiliated with it; expected evidence from the actor or someone who speaks for it',
    });
  });

  it('takes evidence from the actor itself or from someone affiliated through another actor', () => {
    const result = validateModel(positionsModel((f) => {
      // The monitors belong to Calder; a position of Calder may rest on what they said.
      f.statements?.push({ id: 'monitors-ready', speaker: 'monitors', date: '2025-03-14', text: 'We are ready to deploy.', mode: 'verbatim' });
      f.positions.push({ id: 'calder-monitoring', actor: 'calder', topic: 'monitoring-mission', stance: 'supports', date: '2025-03-14', evidence: ['monitors-ready'] });
      f.actors?.push({ id: 'aster-navy', name: 'Aster navy', kind: 'organization', affiliations: ['aster-government'] });
      f.actors?.push({ id: 'aster-government', name: 'Government of Aster', kind: 'organization', affiliations: ['aster'] });
      f.statements?.push({ id: 'navy-ready', speaker: 'aster-navy', date: '2025-03-14', text: 'The navy will hold its fire.', mode: 'paraphrase' });
      f.positions.push({ id: 'aster-truce-navy', actor: 'aster', topic: 'truce', stance: 'supports', date: '2025-03-14', evidence: ['navy-ready'] });
    }));
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('does not loop on affiliations that go round in a circle', () => {
    const problems = problemsOf((f) => {
      f.actors?.push({ id: 'ring-a', name: 'Ring A', kind: 'group', affiliations: ['ring-b'] });
      f.actors?.push({ id: 'ring-b', name: 'Ring B', kind: 'group', affiliations: ['ring-a'] });
      f.statements?.push({ id: 'ring-says', speaker: 'ring-a', date: '2025-03-14', text: 'No.', mode: 'verbatim' });
      f.positions.push({ id: 'borea-ring', actor: 'borea', topic: 'truce', stance: 'opposes', date: '2025-03-15', evidence: ['ring-says'] });
    });
    expect(problems.map((p) => p.path)).toEqual(['positions[4].evidence[0]']);
  });

  it('warns about a topic that no position is on', () => {
    expect(only((f) => f.topics.push({ id: 'prisoner-exchange', title: 'A prisoner exchange' }), 'topics[2].id')).toEqual({
      severity: 'warning',
      path: 'topics[2].id',
      message: 'topic "prisoner-exchange" has no positions; expected at least one position on it',
    });
  });

  it('reports a position without evidence, saying what evidence is', () => {
    expect(only((f) => (position(f, 'aster-truce-conditional').evidence = []), 'positions[0].evidence').message).toBe(
      'expected one or more statement ids, like ["vale-ready"], got an empty array',
    );
  });

  it('reports a stance it does not know, with the one it probably meant', () => {
    expect(only((f) => ((position(f, 'aster-truce-conditional') as { stance: string }).stance = 'conditionl'), 'positions[0].stance').message).toBe(
      'expected "proposes", "supports", "conditional", "noncommittal" or "opposes", got "conditionl" — did you mean "conditional"?',
    );
  });

  it('reports an impossible position date', () => {
    expect(only((f) => (position(f, 'aster-truce-conditional').date = '2025-02-30'), 'positions[0].date').message).toMatch(
      /^impossible date "2025-02-30": February 2025 has 28 days, got day 30;/,
    );
  });

  it('reports a misspelt key of a position with the key it probably meant', () => {
    const problem = only((f) => {
      const p = position(f, 'aster-truce-conditional') as Record<string, unknown>;
      p.condition = p.conditions;
      delete p.conditions;
    }, 'positions[0].condition');
    expect(problem.message).toMatch(/^unknown key "condition"; expected only id, actor, topic, stance, date, evidence, conditions, note — did you mean "conditions"\?$/);
  });

  it('keeps ids unique across topics, positions and everything else', () => {
    expect(only((f) => (f.topics[1] = { id: 'aster', title: 'Aster itself' }), 'topics[1].id').message).toMatch(
      /^duplicate id "aster", already used by the actor at actors\[0\]\.id;/,
    );
    expect(only((f) => (position(f, 'aster-truce-supports').id = 'truce'), 'positions[2].id').message).toMatch(
      /^duplicate id "truce", already used by the topic at topics\[0\]\.id;/,
    );
  });
});
