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
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  const notes: ImportNote[] = [];
  for (const error of result.errors) {
    // The delimiter guess fails harmlessly on a file of one column.
    if (error.code === 'UndetectableDelimiter') continue;
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
