import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { validateModel } from '../src/model/validate-model.ts';
import { selectSearchResults } from '../src/selectors/select-search-results.ts';
import { generateModel } from './generate-model.ts';

// `npm run bench:validate [-- --cli-file <model.json>]`: how long validation and search take for a large
// generated model, and the CLI on the curated model (and on --cli-file: `npm run bench` passes its 100,000-event
// file). Wall-clock times on this machine; compare runs on the same machine only.
const RUNS = 10;
const SIZE = { events: 10_000, actors: 40, statements: 5_000, seed: 1 };
const CURATED = 'public/data/ukraine-ceasefire-2025.json';

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const report = (label: string, times: readonly number[]) =>
  console.log(`${label.padEnd(34)} median ${median(times).toFixed(1).padStart(7)} ms   min ${Math.min(...times).toFixed(1).padStart(7)} ms   max ${Math.max(...times).toFixed(1).padStart(7)} ms`);
const cliFileAt = process.argv.indexOf('--cli-file');
const cliFile = cliFileAt > 0 ? process.argv[cliFileAt + 1] : undefined;

const text = JSON.stringify(generateModel(SIZE));
console.log(`generated model: ${SIZE.events} events, ${SIZE.actors} actors, ${SIZE.statements} statements, ${(text.length / 1e6).toFixed(1)} MB`);

const parseTimes: number[] = [];
const validateTimes: number[] = [];
// Two warm-up runs let the JIT settle, as it will have in a long-lived page.
for (let run = -2; run < RUNS; run++) {
  const t0 = performance.now();
  const json: unknown = JSON.parse(text);
  const t1 = performance.now();
  const result = validateModel(json);
  const t2 = performance.now();
  if (!result.ok) throw new Error(`generated model is invalid: ${result.problems[0]?.message}`);
  if (run >= 0) {
    parseTimes.push(t1 - t0);
    validateTimes.push(t2 - t1);
  }
}
report('JSON.parse', parseTimes);
report('validate + normalize', validateTimes);

// Search over the same model (what the unit test once timed): the first query builds the model's
// search index, later ones reuse it, so both are reported.
const searched = validateModel(JSON.parse(text));
if (!searched.ok) throw new Error('generated model is invalid');
const t0 = performance.now();
selectSearchResults(searched.model, 'talks 77');
const firstSearch = performance.now() - t0;
const searchTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t1 = performance.now();
  selectSearchResults(searched.model, `talks ${run}7`);
  searchTimes.push(performance.now() - t1);
}
report('search (first, builds the index)', [firstSearch]);
report('search (index built)', searchTimes);

if (existsSync(CURATED)) {
  const cliTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const cli = spawnSync(process.execPath, ['tools/validate.mjs', CURATED], { encoding: 'utf8' });
    cliTimes.push(performance.now() - t0);
    if (run === 0) console.log(`CLI on ${CURATED}: exit ${cli.status}, ${cli.stdout.trim().split('\n').at(-1)}`);
  }
  report('CLI wall time (node, prebuilt)', cliTimes);
} else {
  console.log(`skipped the CLI timing: ${CURATED} does not exist yet`);
}

if (cliFile) {
  const text = readFileSync(cliFile, 'utf8');
  console.log(`\n${cliFile}: ${(text.length / 1e6).toFixed(1)} MB`);
  const parse: number[] = [];
  const check: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const json: unknown = JSON.parse(text);
    const t1 = performance.now();
    // As the CLI does: warnings too.
    const result = validateModel(json);
    parse.push(t1 - t0);
    check.push(performance.now() - t1);
    if (!result.ok) throw new Error(`${cliFile} is invalid: ${result.problems[0]?.message}`);
  }
  report('JSON.parse', parse);
  report('validate + normalize + warnings', check);
  const npmTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const cli = spawnSync('npm', ['run', '--silent', 'validate', '--', cliFile], { encoding: 'utf8' });
    npmTimes.push(performance.now() - t0);
    if (run === 0) console.log(`npm run validate -- ${cliFile}: exit ${cli.status}, ${cli.stdout.trim().split('\n').at(-1)}`);
  }
  report('npm run validate wall time', npmTimes);
}
