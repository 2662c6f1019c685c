import { convertFilesToModel } from '../src/import/convert-to-model.ts';
import { ImportError, type ConvertOptions, type ImportFile } from '../src/import/import-types.ts';
import { locateProblem } from '../src/import/locate-problem.ts';
import { formatProblem } from '../src/model/format-problem.ts';
import { validateModel } from '../src/model/validate-model.ts';

/** What the import command needs from the outside world, so tests can run it without a disk. */
export interface ImportIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** The `.csv` files of a directory (full paths), or undefined when `path` is not a directory. */
  readonly listCsvFiles: (path: string) => Promise<string[] | undefined>;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Today as YYYY-MM-DD, for the model's `updated`. */
  readonly today?: string;
}

export const IMPORT_USAGE = [
  'usage: npm run import -- <file>… [-o out.json] [--offset +02:00] [--language en]',
  '  <file>  a TimelineJS JSON file, a TimelineJS spreadsheet saved as CSV, or the CSV template',
  '          (events.csv, actors.csv, statements.csv, sources.csv, model.csv; or the folder holding them)',
  '  -o      where to write the model ("-" for standard output); default: <name>.parley.json beside the input',
  '  --offset    the UTC offset of times in the file (TimelineJS times have none); without it times are kept to the day',
  '  --language  the language of the texts (BCP 47); default en',
].join('\n');

interface ImportArgs {
  readonly inputs: string[];
  readonly output?: string;
  readonly options: ConvertOptions;
}

function parseArgs(args: readonly string[]): ImportArgs | string {
  const inputs: string[] = [];
  let output: string | undefined;
  const options: { utcOffset?: string; language?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') continue;
    if (arg === '-o' || arg === '--output' || arg === '--offset' || arg === '--language') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--offset') {
        if (!/^(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/.test(value)) return `--offset ${value}: expected Z or an offset like +02:00 or -05:00`;
        options.utcOffset = value;
      } else if (arg === '--language') options.language = value;
      else output = value;
    } else if (arg === '-h' || arg === '--help') {
      return '';
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) return '';
  return { inputs, options, ...(output !== undefined && { output }) };
}

function defaultOutput(inputs: readonly string[], single: boolean): string {
  const first = inputs[0] ?? 'model';
  const dir = first.includes('/') ? first.slice(0, first.lastIndexOf('/') + 1) : '';
  if (!single) return `${dir}model.parley.json`;
  return `${first.replace(/\.[^./]+$/, '')}.parley.json`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `npm run import`: converts a TimelineJS file or CSV into a parley/1 model, validates it, writes it
 * and prints every note (what was not carried over, what was decided) and every problem, in the
 * input's own terms. Resolves to the exit code: 0 for a valid model, 1 when the model was written but
 * has errors to fix, 2 for usage errors and files that cannot be read or converted.
 */
export async function runImport(args: readonly string[], io: ImportIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed) io.stderr(parsed);
    io.stderr(IMPORT_USAGE);
    return 2;
  }
  const paths: string[] = [];
  for (const input of parsed.inputs) {
    const listed = await io.listCsvFiles(input).catch(() => undefined);
    if (listed && listed.length === 0) {
      io.stderr(`${input}: no .csv files in this folder`);
      return 2;
    }
    paths.push(...(listed ?? [input]));
  }
  const files: ImportFile[] = [];
  for (const path of paths) {
    try {
      const bytes = await io.readFile(path);
      files.push({ name: path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    } catch (error) {
      const reason = error instanceof TypeError ? 'not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)' : error instanceof Error ? error.message : String(error);
      io.stderr(`${path}: cannot read: ${reason}`);
      return 2;
    }
  }
  let result;
  try {
    result = convertFilesToModel(files, { ...parsed.options, ...(io.today && { today: io.today }) });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.stderr(error.message);
    return 2;
  }
  if (result.format === 'parley') {
    io.stderr(`${paths[0]} is already a Parley model; check it with npm run validate -- ${paths[0]}`);
    return 2;
  }
  const output = parsed.output ?? defaultOutput(paths, paths.length === 1);
  if (paths.includes(output)) {
    io.stderr(`${output}: would overwrite an input; choose another file with -o`);
    return 2;
  }
  const text = `${JSON.stringify(result.model, null, 2)}\n`;
  const toStdout = output === '-';
  // With the model on standard output, the report goes to standard error.
  const report = toStdout ? io.stderr : io.stdout;
  for (const note of result.notes) report(`${note.at}: note: ${note.message}`);
  const validation = validateModel(result.model);
  const problems = (validation.ok ? validation.warnings : validation.problems).map((p) => locateProblem(p, result.origins));
  for (const problem of problems) report(formatProblem(problem));
  if (toStdout) io.stdout(text.trimEnd());
  else await io.writeFile(output, text);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const model = result.model;
  const counts = [plural(model.events?.length ?? 0, 'event'), plural(model.statements?.length ?? 0, 'statement'), plural(model.actors?.length ?? 0, 'actor'), plural(model.sources?.length ?? 0, 'source')].join(', ');
  report(
    `${toStdout ? 'converted' : `wrote ${output}`} from ${result.formatName}: ${counts}; ${plural(result.notes.length, 'note')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
      (errors > 0 ? ' (fix the errors, then check with npm run validate)' : ''),
  );
  return errors > 0 ? 1 : 0;
}
