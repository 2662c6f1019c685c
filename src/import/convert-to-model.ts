import { findJsonSyntaxError } from '../model/find-json-syntax-error.ts';
import { isRecord } from '../model/loose-json.ts';
import type { ModelFile } from '../model/model-file-schema.ts';
import { buildModelFromTemplate, type TemplateTable } from './build-model-from-template.ts';
import { buildModelFromTimeline } from './build-model-from-timeline.ts';
import { detectTemplateList, TEMPLATE_COLUMNS } from './csv-template-columns.ts';
import { ImportError, type ConversionResult, type ConvertOptions, type ImportFile } from './import-types.ts';
import { parseCsv, type CsvTable } from './parse-csv.ts';
import { isTimelineJsJson, readTimelineJsJson } from './read-timelinejs-json.ts';
import { isTimelineJsSheet, readTimelineJsSheet } from './read-timelinejs-sheet.ts';

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** True when a file is to be read as CSV: by its name, or by text that is not JSON. */
function isCsvFile(file: ImportFile): boolean {
  if (/\.(csv|tsv|txt)$/i.test(file.name)) return true;
  if (/\.json$/i.test(file.name)) return false;
  return !/^\s*[[{]/.test(stripBom(file.text));
}

/** Drops the keys left undefined while building, as writing the file would. */
const clean = (model: ModelFile): ModelFile => JSON.parse(JSON.stringify(model)) as ModelFile;

function convertJson(file: ImportFile, options: ConvertOptions): ConversionResult {
  const body = stripBom(file.text);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const located = findJsonSyntaxError(body);
    const reason = located ? `line ${located.line}, column ${located.column}: ${located.message}` : error instanceof Error ? error.message : String(error);
    throw new ImportError(`${file.name} is not JSON (${reason}).`);
  }
  const isParley = isRecord(json) && ['format', 'id', 'description', 'language', 'updated', 'actors', 'events', 'statements', 'sources'].some((key) => key in json);
  if (isParley && !isTimelineJsJson(json)) {
    // A Parley model, even one without its "format": the validator says what is wrong with it.
    return { format: 'parley', formatName: 'Parley', model: json as ModelFile, notes: [], origins: {} };
  }
  if (!isTimelineJsJson(json)) {
    throw new ImportError(`${file.name} is neither a Parley model ("format": "parley/1") nor a TimelineJS timeline (an "events" list of slides with "start_date").`);
  }
  const result = buildModelFromTimeline(readTimelineJsJson(json, file.name), options, 'timelinejs', 'TimelineJS');
  return { ...result, model: clean(result.model) };
}

function unknownCsv(table: CsvTable): ImportError {
  return new ImportError(
    `${table.fileName} has columns neither of TimelineJS's spreadsheet (Year, Month, Day, Time, …, Headline, Text, Media, Group) nor of the Parley CSV template ` +
      `(events.csv: ${TEMPLATE_COLUMNS.events.slice(0, 5).join(', ')}, …; see public/templates/); its header is: ${table.headers.join(', ') || '(empty)'}.`,
  );
}

function convertCsv(files: readonly ImportFile[], options: ConvertOptions): ConversionResult {
  const tables = files.map((file) => parseCsv(file.text, file.name));
  const sheet = tables.find((t) => isTimelineJsSheet(t.headers));
  if (sheet) {
    if (tables.length > 1) throw new ImportError(`${sheet.fileName} is a TimelineJS spreadsheet; convert it on its own, not with other files.`);
    const result = buildModelFromTimeline(readTimelineJsSheet(sheet), options, 'timelinejs-sheet', 'a TimelineJS spreadsheet');
    return { ...result, model: clean(result.model) };
  }
  const templates: TemplateTable[] = tables.map((table) => {
    const list = detectTemplateList(table.fileName, table.headers);
    if (!list) throw unknownCsv(table);
    return { table, list };
  });
  const result = buildModelFromTemplate(templates, options);
  return { ...result, model: clean(result.model) };
}

/**
 * A file → a parley/1 model and the notes of what could not be carried over. Reads a Parley model as
 * it is, a TimelineJS JSON file, a TimelineJS spreadsheet saved as CSV, or one file of the CSV
 * template. Pure (no DOM, no I/O), so the import command, the page and a worker share it. The model
 * still has to be validated; ImportError when the file cannot be converted at all.
 */
export function convertToModel(fileName: string, text: string, options: ConvertOptions = {}): ConversionResult {
  return convertFilesToModel([{ name: fileName, text }], options);
}

/** Several files at once: the CSV template's files (events.csv, actors.csv, …), or a single file of any kind. */
export function convertFilesToModel(files: readonly ImportFile[], options: ConvertOptions = {}): ConversionResult {
  if (files.length === 0) throw new ImportError('No file to convert.');
  const csv = files.filter(isCsvFile);
  if (csv.length === 0 && files.length === 1) return convertJson(files[0] as ImportFile, options);
  if (csv.length !== files.length) {
    throw new ImportError(`Open one JSON file at a time, or the CSV files of one model together (${files.map((f) => f.name).join(', ')}).`);
  }
  return convertCsv(csv, options);
}
