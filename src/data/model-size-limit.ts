import { ModelLoadError } from './model-load-error';

const MB = 1024 * 1024;

/**
 * The default cap on a model file: 100 MB, about 200,000 events with their statements. A larger file
 * is refused before it is read in full (public/prefetch-model.js stops reading at the same figure).
 */
export const DEFAULT_MODEL_SIZE_LIMIT = 100 * MB;

/** A positive number of MB from a setting, or undefined for a missing or unusable one. */
export function parseModelSizeLimit(raw: string | undefined): number | undefined {
  const mb = Number(raw?.trim());
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(mb) && mb > 0 ? Math.round(mb * MB) : undefined;
}

/** This build's cap: `VITE_MODEL_SIZE_LIMIT_MB=250 npm run build` raises it, for a deployment that serves larger models. */
export const MODEL_SIZE_LIMIT: number = parseModelSizeLimit(import.meta.env?.VITE_MODEL_SIZE_LIMIT_MB) ?? DEFAULT_MODEL_SIZE_LIMIT;

/** "48.0 MB"; whole numbers without decimals ("100 MB"), as a cap is written. */
export function formatMegabytes(bytes: number, digits = 1): string {
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(digits)} MB`;
}

/** The refusal of a model over the cap, naming both sizes. `atLeast`: the size is what was read before stopping. */
export function createTooLargeError(label: string, byteLength: number, limit: number, atLeast = false): ModelLoadError {
  const size = atLeast ? `more than ${formatMegabytes(limit)}` : formatMegabytes(byteLength);
  return new ModelLoadError('too-large', `${label} is ${size}; models larger than ${formatMegabytes(limit)} are not opened.`);
}

/** Refuses a model over the cap by its size alone, before any of it is read or parsed. */
export function checkModelSize(byteLength: number, label: string, limit: number = MODEL_SIZE_LIMIT): void {
  if (byteLength > limit) throw createTooLargeError(label, byteLength, limit);
}
