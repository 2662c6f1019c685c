import { ModelLoadError } from './model-load-error';

/** Looks like an HTML document: the usual result of a wrong URL behind a single-page-app fallback. */
function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** Text → JSON, telling "a web page" and "not JSON" apart. A leading byte order mark is ignored. */
export function parseJsonText(text: string, label: string): unknown {
  if (looksLikeHtml(text)) {
    throw new ModelLoadError('html', `${label} returned a web page, not JSON. Check the model's address.`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ModelLoadError('not-json', `${label} is not JSON: ${reason}`, { cause });
  }
}
