/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, line break or edge space, quotes
 * doubled. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 * gets a leading apostrophe, which spreadsheets show as text: a hostile quote must not become a
 * formula on a reader's machine.
 */
export function escapeCsvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
