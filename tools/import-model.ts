import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runImport } from './run-import.ts';

// `npm run import -- <file>… [-o out.json]`; see run-import.ts for what it prints and its exit codes.
process.exitCode = await runImport(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  listCsvFiles: async (path) => {
    if (!(await stat(path)).isDirectory()) return undefined;
    return (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.csv')).sort().map((name) => join(path, name));
  },
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
