import { VIEW_PARAM_NAMES } from './view-params.ts';

const OWNED: ReadonlySet<string> = new Set(VIEW_PARAM_NAMES);

function decodeName(part: string): string {
  const name = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The search string (with "?", or "" when empty) made of the current search's parameters that the view
 * does not own, byte for byte and in their order (embed=1, model=…, theme, origins, anything else),
 * followed by `viewParams` (as from serializeViewParams, without "?").
 */
export function mergeViewParams(search: string, viewParams: string): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  const parts = raw.split('&').filter((part) => part !== '' && !OWNED.has(decodeName(part)));
  if (viewParams !== '') parts.push(viewParams);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
