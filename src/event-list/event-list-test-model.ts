import type { ModelFile } from '../model/model-file-schema.ts';
import type { Model } from '../model/types.ts';
import { normalizeModel } from '../model/normalize-model.ts';

/**
 * The list's own test model: invented states Aster and Borea and the Calder Forum, as in
 * testing/fixtures/valid-model.ts. Events are out of time order in the file on purpose, and one
 * statement has no occasion, so it belongs under "Other statements".
 */
export function eventListTestFile(): ModelFile {
  return {
    format: 'parley/1',
    id: 'event-list-test',
    title: 'Aster–Borea talks (event list test)',
    description: 'Invented events for the event list tests.',
    language: 'en',
    updated: '2025-03-20',
    actors: [
      { id: 'aster', name: 'Aster', kind: 'state' },
      { id: 'borea', name: 'Borea', kind: 'state' },
      { id: 'calder', name: 'Calder Forum', kind: 'organization' },
      { id: 'ines-vale', name: 'Ines Vale', kind: 'person', title: 'Foreign Minister of Aster', affiliations: ['aster'] },
      { id: 'oren-bask', name: 'Oren Bask', kind: 'person', affiliations: ['borea'] },
    ],
    events: [
      {
        id: 'harbour-talks',
        title: 'Talks in Port Lune',
        start: '2025-03-11',
        end: '2025-03-12',
        kind: 'peace-talks',
        summary: 'Delegations of Aster and Borea meet under Calder mediation.',
        location: { name: 'Port Lune' },
        participants: [
          { actor: 'ines-vale', role: 'head of delegation' },
          { actor: 'oren-bask' },
          { actor: 'calder', role: 'mediator' },
        ],
        sources: ['communique'],
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
        id: 'first-contact',
        title: 'First contact',
        start: '2024-08',
        kind: 'meeting',
        participants: [{ actor: 'aster' }],
        sources: ['report'],
      },
    ],
    statements: [
      {
        id: 'vale-ready',
        speaker: 'ines-vale',
        date: '2025-03-12',
        text: 'Aster is ready to accept a thirty-day truce – if Borea does the same.',
        mode: 'verbatim',
        event: 'harbour-talks',
        language: 'en',
        setting: 'press conference',
        source: { source: 'communique', locator: 'paragraph 3' },
      },
      {
        id: 'bask-reply',
        speaker: 'oren-bask',
        date: '2025-03-13T18:43+03:00',
        text: 'Borea will study the proposal and answer within a week.',
        mode: 'paraphrase',
        event: 'evening-call',
        language: 'ru',
        translated: true,
      },
      {
        id: 'calder-hopes',
        speaker: 'calder',
        date: '2025-03-14',
        text: 'The Forum hopes both sides keep talking.',
        mode: 'verbatim',
      },
    ],
    sources: [
      {
        id: 'communique',
        title: 'Communiqué of the Calder Forum',
        publisher: 'Calder Forum',
        url: 'https://example.org/calder/communique',
      },
      { id: 'report', title: 'Daily report on the talks', url: 'https://example.org/report' },
    ],
  };
}

/**
 * The normalized test model. Normalized without the validator, so these view tests do not depend on
 * the schema; the file is checked once by its own test (event-list-test-model.test.ts).
 */
export function loadEventListTestModel(): Model {
  return normalizeModel(eventListTestFile());
}
