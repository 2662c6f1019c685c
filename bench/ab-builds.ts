// `npm run bench:ab -- [--interact] [--model 100000] <runs> <dirA> <dirB> …`: the same 10,000-event page
// (or, with --model, the 100,000-event one) from two (or more) builds, in alternating fresh-browser
// runs, and the median of each figure per build. On a noisy
// 2-core VM, where whole batches of runs drift by 100 ms, only such interleaved runs tell a change from
// the weather. Build each variant first, e.g. `npx vite build --outDir /tmp/a`, and copy
// `dist-bench/bench-data/` into it (`npm run bench` generates that). `--interact` adds the wheel + drag
// interaction of `npm run bench` and its frame and main-thread figures. Each run ends with a click on
// Relations (click → matrix drawn, and painted).
import { startStaticServer } from './static-server.ts';
import { measureRun, type RunRecord } from './measure-run.ts';
import { median } from './bench-stats.ts';
import { findChromium } from '../scripts/find-chromium.mjs';

const LOAD: Record<string, (r: RunRecord) => number | undefined> = {
  domContentLoaded: (r) => r.domContentLoadedMs,
  modelResponseEnd: (r) => r.modelResponseEndMs,
  modelParsed: (r) => r.modelParsedMs,
  ready: (r) => r.readyMs,
  'busy until': (r) => r.busyUntilMs,
  'relations drawn': (r) => r.relationsMs,
  'relations painted': (r) => r.relationsPaintedMs,
};
const INTERACTION: Record<string, (r: RunRecord) => number | undefined> = {
  'p95 all': (r) => r.interaction?.all?.p95Ms,
  'p95 wheel': (r) => r.interaction?.zoom?.p95Ms,
  '>25ms wheel': (r) => r.interaction?.zoom?.droppedFrames,
  'p95 drag': (r) => r.interaction?.pan?.p95Ms,
  '>25ms drag': (r) => r.interaction?.pan?.droppedFrames,
  script: (r) => r.interaction?.mainThread?.scriptMs,
  style: (r) => r.interaction?.mainThread?.styleMs,
  layout: (r) => r.interaction?.mainThread?.layoutMs,
};

const argv = process.argv.slice(2);
const interact = argv.includes('--interact');
// `--model 100000`: the large-model case instead (bench-data/model-100000.json).
const modelAt = argv.indexOf('--model');
const modelSize = modelAt >= 0 ? argv[modelAt + 1] : '10000';
const [runsArg, ...dirs] = argv.filter((a, i) => a !== '--interact' && a !== '--model' && (modelAt < 0 || i !== modelAt + 1));
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1 || dirs.length < 2) {
  console.error('usage: npm run bench:ab -- [--interact] [--model 100000] <runs> <dirA> <dirB> [<dirC> …]');
  process.exit(2);
}
const chromium = findChromium();
if (!chromium) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
const figures = { ...LOAD, ...(interact ? INTERACTION : {}) };
const servers = await Promise.all(dirs.map((dir) => startStaticServer(dir)));
const values = dirs.map(() => Object.fromEntries(Object.keys(figures).map((f) => [f, [] as number[]])));
for (let run = 0; run < runs; run++) {
  for (let i = 0; i < dirs.length; i++) {
    const record = await measureRun({ chromiumPath: chromium.path, url: `${servers[i]!.origin}/?model=bench-data/model-${modelSize}.json`, interact, timeoutMs: 120_000 });
    for (const [name, get] of Object.entries(figures)) {
      const value = get(record);
      if (typeof value === 'number') values[i]![name]!.push(value);
    }
    const frames = record.interaction?.all ? `, frame p95 ${record.interaction.all.p95Ms} ms` : record.interaction?.error ? `, ${record.interaction.error}` : '';
    process.stderr.write(`${dirs[i]} run ${run + 1}: ready ${record.readyMs} ms, parsed ${record.modelParsedMs} ms, model downloaded ${record.modelResponseEndMs} ms${frames}\n`);
  }
}
for (let i = 0; i < dirs.length; i++) {
  const row = Object.keys(figures).map((f) => `${f} ${median(values[i]![f]!)?.toFixed(f.startsWith('p95') ? 1 : 0) ?? '–'}`);
  console.log(dirs[i]!.padEnd(24), row.join('  '));
}
await Promise.all(servers.map((s) => s.close()));
