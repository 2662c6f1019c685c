import Papa from 'papaparse';
import type { ImportNote } from './import-types.ts';

/** One data row of a CSV file, numbered as a spreadsheet numbers it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A CSV file as a header and rows. */
export interface CsvTable {
  readonly fileName: string;
  /** The header cells, trimmed. */
  readonly headers: readonly string[];
  /** Data rows that have something in them; wholly empty rows are left out. */
  readonly rows: readonly CsvRow[];
  /** What the parser could not read cleanly (an unclosed quote, a row of the wrong length). */
  readonly notes: readonly ImportNote[];
}

/**
 * Parses CSV text with papaparse, which handles what splitting lines gets wrong: quoted fields with
 * commas, quotes and newlines inside, a byte order mark, CRLF line ends, and the separator a
 * spreadsheet chose (comma, semicolon or tab).
 */
export function parseCsv(text: string, fileName: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: guessDelimiter(body) });
  const notes: ImportNote[] = [];
  for (const error of result.errors) {
    const where = error.row === undefined ? fileName : `${fileName} row ${error.row + 1}`;
    notes.push({ at: where, message: describeCsvError(error) });
  }
  const [header = [], ...data] = result.data;
  const headers = header.map((h) => h.trim());
  const rows: CsvRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ row: index + 2, cells });
  });
  return { fileName, headers, rows, notes };
}

/**
 * The separator, told from the header row alone: the data rows of the template hold ";" inside lists
 * and "," inside texts, which would fool a guess made over the whole file. A spreadsheet that saves
 * with ";" (as in much of Europe) or tabs has no other in its header.
 */
function guessDelimiter(text: string): string {
  const header = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function describeCsvError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted field is never closed; the rest of the file was read as part of it. Check for a stray " in this row';
    case 'InvalidQuotes':
      return 'a quote mark inside a field that is not itself quoted; write the field in quotes and double the quote marks inside it ("")';
    case 'TooFewFields':
      return 'fewer cells than the header has; the missing ones are taken as empty';
    case 'TooManyFields':
      return 'more cells than the header has; the extra ones are not carried over';
    default:
      return error.message;
  }
}
