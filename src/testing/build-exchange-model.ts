import type { ModelFile, StatementEntry } from '../model/model-file-schema.ts';
import type { Model } from '../model/types.ts';
import { validModel } from './fixtures/valid-model.ts';
import { loadModel } from './load-model.ts';

/** A statement for an exchanges test: only what the reply and subject rules read. */
export interface StatementSpec {
  readonly id: string;
  readonly speaker: string;
  readonly date: string;
  readonly event?: string;
  readonly about?: readonly string[];
}

/**
 * The valid fixture's actors (states Aster and Borea, their envoys Ines Vale and Oren Bask, the Calder
 * Forum and its monitors, who belong to no state), events and sources, with these statements instead
 * of its own. `edit` may change anything else first.
 */
export function buildExchangeModel(statements: readonly StatementSpec[], edit: (file: ModelFile) => void = () => {}): Model {
  const file = validModel();
  file.statements = statements.map((s): StatementEntry => ({
    id: s.id,
    speaker: s.speaker,
    date: s.date,
    text: `Words of ${s.id}.`,
    mode: 'verbatim',
    ...(s.event !== undefined && { event: s.event }),
    ...(s.about !== undefined && { about: [...s.about] }),
  }));
  edit(file);
  return loadModel(file);
}
