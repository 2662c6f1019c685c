import { formatCount } from '../components/format-count';
import { validateModelQuickly } from '../model/validate-model-quickly';
import { ModelLoadError } from './model-load-error';
import type { LoadedModel } from './decode-model-bytes';

/** Looks like an HTML document: the usual result of a wrong URL behind a single-page-app fallback. */
function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** Text → validated model, telling "a web page", "not JSON" and "an invalid model" apart. */
export async function parseModelJson(text: string, label: string): Promise<LoadedModel> {
  if (looksLikeHtml(text)) {
    throw new ModelLoadError('html', `${label} returned a web page, not JSON. Check the model's address.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ModelLoadError('not-json', `${label} is not JSON: ${reason}`, { cause });
  }
  const model = validateModelQuickly(json);
  if (model) return { model };
  // Only a file with errors needs them explained (zod's issues, JSON paths, warnings beside them):
  // that code loads now, not with the app.
  let validateModel: typeof import('../model/validate-model').validateModel;
  try {
    ({ validateModel } = await import('../model/validate-model'));
  } catch (cause) {
    throw new ModelLoadError('network', `${label} has problems, but the part of the app that lists them could not be loaded. Check your connection and try again.`, { cause });
  }
  const result = validateModel(json, { warningsWhenValid: false });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    throw new ModelLoadError('invalid-model', `${label} is not a valid Parley model: ${formatCount(errors, { one: 'problem', other: 'problems' })} to fix.`, {
      problems: result.problems,
    });
  }
  return { model: result.model };
}
