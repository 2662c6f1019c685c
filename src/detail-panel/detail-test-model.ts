import type { ModelFile } from '../model/model-file-schema.ts';
import type { Model } from '../model/types.ts';
import { validateModel } from '../model/validate-model.ts';

/**
 * The panel's own test file, so its tests do not move when shared fixtures do. Invented actors (states
 * Aster and Borea, mediator Calder), as in testing/fixtures/valid-model.ts. Events are listed out of
 * time order on purpose. A fresh copy each call, so tests may change it.
 */
export function detailTestFile(): ModelFile {
  return {
    format: 'parley/1',
    id: 'detail-panel-test',
    title: 'Aster–Borea talks (detail panel test)',
    description: 'Invented events for the detail panel tests.',
    language: 'en',
    updated: '2025-03-20',
    actors: [
      { id: 'aster', name: 'Aster', kind: 'state', aliases: ['Republic of Aster'], description: 'A coastal state.' },
      { id: 'borea', name: 'Borea', kind: 'state' },
      { id: 'calder', name: 'Calder Forum', kind: 'organization' },
      { id: 'ines-vale', name: 'Ines Vale', kind: 'person', title: 'Foreign Minister of Aster', affiliations: ['aster'], aliases: ['I. Vale'] },
      { id: 'oren-bask', name: 'Oren Bask', kind: 'person', title: 'Envoy of Borea', affiliations: ['borea'] },
    ],
    events: [
      {
        id: 'harbour-talks',
        title: 'Talks in Port Lune',
        start: '2025-03-11',
        end: '2025-03-12',
        kind: 'talks',
        summary: 'Delegations of Aster and Borea meet under Calder mediation.',
        location: { name: 'Port Lune' },
        participants: [
          { actor: 'ines-vale', role: 'head of delegation' },
          { actor: 'oren-bask', role: 'head of delegation' },
          { actor: 'calder', role: 'mediator' },
          { actor: 'aster' },
        ],
        sources: ['communique'],
        note: 'Second day reported only by one source.',
      },
      {
        id: 'evening-call',
        title: 'Vale–Bask phone call',
        start: '2025-03-13T18:43+03:00',
        kind: 'call',
        participants: [{ actor: 'ines-vale' }, { actor: 'oren-bask' }],
        sources: ['report'],
        related: [{ event: 'harbour-talks', relation: 'follows' }],
      },
      {
        id: 'monitoring',
        title: 'Monitoring mission deployed',
        start: '2024-08-06',
        end: '2025-03',
        kind: 'agreement',
        participants: [{ actor: 'aster' }, { actor: 'borea' }],
        related: [{ event: 'harbour-talks', relation: 'responds-to' }],
      },
      {
        id: 'first-contact',
        title: 'First contact',
        start: '2024-08',
        kind: 'meeting',
        participants: [{ actor: 'aster' }],
      },
    ],
    statements: [
      {
        id: 'vale-ready',
        speaker: 'ines-vale',
        date: '2025-03-12',
        text: 'Aster is ready to accept a thirty-day truce if Borea does the same.',
        mode: 'verbatim',
        event: 'harbour-talks',
        about: ['borea'],
        language: 'en',
        setting: 'press conference',
        source: { source: 'communique', locator: 'paragraph 3' },
      },
      {
        id: 'bask-reply',
        speaker: 'oren-bask',
        date: '2025-03-13T18:50+03:00',
        text: 'Borea will study the proposal and answer within a week.',
        mode: 'paraphrase',
        event: 'evening-call',
        about: ['vale-ready', 'harbour-talks'],
        language: 'ru',
        translated: true,
        source: { source: 'report' },
        note: 'Reported second-hand.',
      },
    ],
    sources: [
      {
        id: 'communique',
        title: 'Communiqué of the Calder Forum',
        publisher: 'Calder Forum',
        url: 'https://example.org/calder/communique',
        archived: 'https://web.archive.org/web/2025/https://example.org/calder/communique',
        published: '2025-03-12',
      },
      { id: 'report', title: 'Daily report on the talks', url: 'https://example.org/report' },
    ],
  };
}

/** The normalized model of `file` (by default the panel's test file); throws with the problems if invalid. */
export function loadTestModel(file: unknown = detailTestFile()): Model {
  const result = validateModel(file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.model;
}
