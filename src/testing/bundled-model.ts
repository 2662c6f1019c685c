import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_MODEL_PATH } from '../data/model-query-options';
import type { Model } from '../model/types';
import { validateModel } from '../model/validate-model';

// A path, not `new URL(…, import.meta.url)`, which Vite rewrites into a served asset URL.
const BUNDLED_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../public', BUNDLED_MODEL_PATH);

/**
 * The bundled model (public/data/), normalized, for tests that check the app against the real story;
 * undefined while the file is missing or does not validate (it is curated alongside the code).
 */
export function readBundledModel(): Model | undefined {
  if (!existsSync(BUNDLED_FILE)) return undefined;
  const result = validateModel(JSON.parse(readFileSync(BUNDLED_FILE, 'utf8')));
  return result.ok ? result.model : undefined;
}
