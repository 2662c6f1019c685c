// `npm run bench`: builds the app, serves the build, and measures load, heap, frames and bytes of the
// timeline with a generated 10,000-event model in fresh headless Chromium runs. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { findChromium } from '../scripts/find-chromium.mjs';
import { generateModel } from './generate-model.ts';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS, VIEWPORT, measureRun, type RunRecord } from './measure-run.ts';
import { formatTable, LARGE_MODEL_METRICS, type Metric } from './bench-report.ts';
import { profileRun } from './profile-run.ts';
import { runPeers } from './run-peers.ts';
import { formatComposition, measureBundleComposition } from './bundle-composition.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = 'dist-bench';
const HELP = `usage: npm run bench -- [--runs 3] [--skip-build] [--only 10000,1000,bundled,100000] [--no-validate] [--profile] [--peers]
  --runs N        fresh-browser runs per case (default 3)
  --skip-build    reuse ${OUT_DIR}/ from an earlier run
  --only LIST     cases to run: 10000, 1000, bundled, 100000 (default: all)
  --no-validate   skip the bench:validate figures at the end
  --profile       also record a CPU profile of one load + interaction of the first case (bench/out/*.cpuprofile) and print where the time goes
  --peers         also run the peer harness (../shared/bench-peers, copied to a temp dir, npm ci) with Parley as a URL target
  --peers-ns LIST     event counts for --peers (default 1000,10000)
  --peers-only LIST   peer targets for --peers (default vis-timeline; all: vis-timeline,vis-timeline-window,timelinejs,react-chrono)
  --peers-runs N      runs per target and N for --peers (default 1)
  --peers-dir DIR     reuse an installed copy of bench-peers instead of copying it again`;

interface Case { name: string; path: string; interact: boolean; size?: ModelSize; metrics?: readonly Metric[] }
interface ModelSize { events: number; actors: number; statements: number; seed: number }
/** The sizes the issues name: 10,000 events, 40 actors, 5,000 statements; 100,000 events, 400 actors, 50,000 statements. */
const modelSize = (events: number, actors = 40): ModelSize => ({ events, actors, statements: events / 2, seed: 1 });
const CASES: readonly Case[] = [
  { name: '10000', path: '/?model=bench-data/model-10000.json', interact: true, size: modelSize(10_000) },
  { name: '1000', path: '/?model=bench-data/model-1000.json', interact: true, size: modelSize(1_000) },
  { name: 'bundled', path: '/', interact: false },
  { name: '100000', path: '/?model=bench-data/model-100000.json', interact: true, size: modelSize(100_000, 400), metrics: LARGE_MODEL_METRICS },
];
const modelFile = (size: ModelSize) => `model-${size.events}.json`;

function parseArgs(argv: string[]) {
  const args = {
    runs: 3, build: true, only: CASES.map((c) => c.name), validate: true, profile: false, peers: false,
    peersNs: [1000, 10_000], peersOnly: ['vis-timeline'], peersRuns: 1, peersDir: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--runs') args.runs = Number(argv[++i]);
    else if (flag === '--skip-build') args.build = false;
    else if (flag === '--only') args.only = (argv[++i] ?? '').split(',');
    else if (flag === '--no-validate') args.validate = false;
    else if (flag === '--profile') args.profile = true;
    else if (flag === '--peers') args.peers = true;
    else if (flag === '--peers-ns') args.peersNs = (argv[++i] ?? '').split(',').map(Number);
    else if (flag === '--peers-only') args.peersOnly = (argv[++i] ?? '').split(',');
    else if (flag === '--peers-runs') args.peersRuns = Number(argv[++i]);
    else if (flag === '--peers-dir') args.peersDir = argv[++i];
    else {
      console.error(`${flag === '--help' ? '' : `unknown argument ${flag}\n`}${HELP}`);
      process.exit(flag === '--help' ? 0 : 2);
    }
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs needs a positive integer');
  return args;
}

function run(command: string, commandArgs: string[]) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium found: set CHROMIUM_PATH (see scripts/find-chromium.mjs).');
  const started = new Date();

  if (args.build) {
    console.error(`building the app into ${OUT_DIR}/ …`);
    run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  }
  mkdirSync(join(ROOT, OUT_DIR, 'bench-data'), { recursive: true });
  const modelBytes: Record<string, number> = {};
  const cases = CASES.filter((c) => args.only.includes(c.name));
  // The peers' sizes always; the 100,000-event file (48 MB, ~5 s to write) only when a case needs it.
  const sizes = [...cases.flatMap((c) => (c.size ? [c.size] : [])), ...(args.peers ? args.peersNs.map((n) => modelSize(n)) : [])];
  for (const size of new Map(sizes.map((z) => [z.events, z])).values()) {
    const text = JSON.stringify(generateModel(size));
    writeFileSync(join(ROOT, OUT_DIR, 'bench-data', modelFile(size)), text);
    modelBytes[String(size.events)] = text.length;
  }
  if (cases.length > 0) await measureCases(cases, args, chromium.path, modelBytes, started);
  if (args.peers) {
    const options = { ns: args.peersNs, runs: args.peersRuns, peers: args.peersOnly, chromiumPath: chromium.path, ...(args.peersDir && { dir: args.peersDir }) };
    console.log(`\n== peers (${args.peersOnly.join(', ')} vs parley, N = ${args.peersNs.join(', ')}, ${args.peersRuns} run(s))`);
    console.log(await runPeers(ROOT, join(ROOT, OUT_DIR), options));
  }
  if (args.validate) {
    console.log('\n== npm run bench:validate (node, no browser)');
    const large = cases.find((c) => c.name === '100000')?.size;
    run(process.execPath, ['--import', 'tsx', 'bench/validate-bench.ts', ...(large ? ['--cli-file', join(OUT_DIR, 'bench-data', modelFile(large))] : [])]);
  }
}

type Args = ReturnType<typeof parseArgs>;

/** The three cases × N runs, the table, the bundle composition and (with --profile) the CPU profile. */
async function measureCases(cases: readonly Case[], args: Args, chromiumPath: string, modelBytes: Record<string, number>, started: Date) {
  const server = await startStaticServer(join(ROOT, OUT_DIR));
  console.error(`serving ${OUT_DIR}/ on ${server.origin}; Chromium: ${chromiumPath}`);

  const records: Record<string, RunRecord[]> = Object.fromEntries(cases.map((c) => [c.name, []]));
  try {
    // Cases alternate within each round, so a noisy moment on the machine does not hit one case only.
    for (let round = 1; round <= args.runs; round++) {
      for (const c of cases) {
        process.stderr.write(`[${c.name} run ${round}] `);
        const rec = await measureRun({ chromiumPath, url: server.origin + c.path, interact: c.interact, timeoutMs: 60_000 });
        if (c.size) rec.url += ` (${c.size.events} events)`;
        records[c.name]?.push(rec);
        const i = rec.interaction?.all;
        process.stderr.write(rec.status === 'ok'
          ? `ready ${rec.readyMs} ms (after parse ${rec.afterParseMs ?? '–'}), busy until ${rec.busyUntilMs}, longest task ${rec.longestTaskMs} ms, heap ${rec.heapAtReadyMB}/${rec.heapAfterGcMB} MB${i ? `, frames p95 ${i.p95Ms} ms` : ''}\n`
          : `${rec.status}: ${rec.error}\n`);
      }
    }
    const first = cases[0];
    const profile = args.profile && first
      ? await profileRun(chromiumPath, server.origin + first.path, join(ROOT, 'bench', 'out'), { label: first.size ? `${first.size.events.toLocaleString('en')}-event` : first.name, distDir: join(ROOT, OUT_DIR) })
      : undefined;

    const env = {
      date: started.toISOString(), node: process.version, chromium: chromiumPath, chromiumArgs: CHROMIUM_ARGS, viewport: VIEWPORT,
      cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg(), runs: args.runs, modelBytes,
    };
    const tables = cases.map((c) => {
      const z = c.size;
      const size = z ? `${z.events.toLocaleString('en')} events, ${z.actors} actors, ${z.statements.toLocaleString('en')} statements, ${(modelBytes[String(z.events)]! / 2 ** 20).toFixed(1)} MB JSON` : 'the bundled model';
      return formatTable(`\n== ${c.name === 'bundled' ? 'bundled model (/)' : `generated model: ${size}`} — ${server.origin}${c.path}`, records[c.name] ?? [], c.metrics);
    });
    console.log(`Parley bench, ${env.date}, ${env.cpus} CPUs (${env.cpuModel}), load average ${env.loadAverage.map((l) => l.toFixed(1)).join(' ')} at the end, headless Chromium --disable-gpu, ${VIEWPORT.width}x${VIEWPORT.height} DPR 1`);
    console.log(tables.join('\n'));
    const composition = await measureBundleComposition(join(ROOT, OUT_DIR)).catch(() => undefined);
    if (composition) console.log(`\n== what the initial JS is made of (${OUT_DIR}/assets/*.js through their source maps; top 12)\n${formatComposition(composition, 12)}`);
    if (profile) console.log(`\n${profile.text}`);

    const outDir = join(ROOT, 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${env.date.replace(/[:.]/g, '-').slice(0, 19)}.json`);
    writeFileSync(file, JSON.stringify({ env, cases, records, composition, profile: profile?.summary }, null, 1));
    console.log(`\nsaved ${file.slice(ROOT.length + 1)}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
