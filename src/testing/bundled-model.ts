import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL_PATH } from '../data/model-query-options';
import type { Model } from '../model/types';
import { loadModel } from './load-model';

// A path, not `new URL(…, import.meta.url)`, which Vite rewrites into a served asset URL.
export const BUNDLED_MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../public', DEFAULT_MODEL_PATH);

/** A model file from disk, normalized; throws when it is missing, is not JSON or does not validate. */
export function readModelFile(path: string): Model {
  return loadModel(JSON.parse(readFileSync(path, 'utf8')));
}

let cached: Model | undefined;

/**
 * The bundled model (public/data/), normalized, for tests that check the app against the real story.
 * Throws when the file is missing, is not JSON or does not validate, with every problem by JSON path:
 * a broken bundled model fails each test that reads it, never skips it.
 */
export function readBundledModel(): Model {
  cached ??= readModelFile(BUNDLED_MODEL_FILE);
  return cached;
}
