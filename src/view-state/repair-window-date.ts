/**
 * Puts back a `+` offset that reached us as a space: in a query string an unescaped `+` means space,
 * and people paste `from=2025-03-13T18:43+03:00` by hand. (The date itself is read by the model's
 * parsePartialDate, with the same grammar and calendar checks as model files.)
 */
export function repairWindowDate(raw: string): string {
  return raw.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?) (\d{2}:\d{2})$/, '$1+$2');
}
