import { readFile } from 'node:fs/promises';
import { runValidator } from './run-validator.ts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

// `npm run validate -- <file-or-url>…`; see run-validator.ts for output and exit codes.
process.exitCode = await runValidator(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  fetchBytes,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
