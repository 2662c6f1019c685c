import { readFileSync } from 'node:fs';

/** The bundled model as the app serves it, for tests that compare the page against the file. */
export const BUNDLED_MODEL_URL_GLOB = '**/data/ukraine-ceasefire-2025.json';

export interface BundledModelFile {
  title: string;
  events: { id: string; title: string; start: string }[];
  actors: { id: string; name: string }[];
  statements: { id: string; text: string; speaker: string }[];
}

export function readBundledModelText(): string {
  return readFileSync(new URL('../public/data/ukraine-ceasefire-2025.json', import.meta.url), 'utf8');
}

export function readBundledModel(): BundledModelFile {
  return JSON.parse(readBundledModelText()) as BundledModelFile;
}
