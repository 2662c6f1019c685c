// `npm run bench:ab -- <runs> <dirA> <dirB> …`: the same 10,000-event page from two (or more) builds,
// in alternating fresh-browser runs, and the median of each load figure per build. On a noisy 2-core
// VM, where whole batches of runs drift by 100 ms, only such interleaved runs tell a change from the
// weather. Build each variant first, e.g. `npx vite build --outDir /tmp/a`, and copy
// `dist-bench/bench-data/` into it (`npm run bench` generates that).
import { startStaticServer } from './static-server.ts';
import { measureRun, type RunRecord } from './measure-run.ts';
import { median } from './bench-stats.ts';
import { findChromium } from '../scripts/find-chromium.mjs';

const FIGURES = ['domContentLoadedMs', 'modelResponseEndMs', 'modelParsedMs', 'readyMs'] as const;

const [runsArg, ...dirs] = process.argv.slice(2);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1 || dirs.length < 2) {
  console.error('usage: npm run bench:ab -- <runs> <dirA> <dirB> [<dirC> …]');
  process.exit(2);
}
const chromium = findChromium();
if (!chromium) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
const servers = await Promise.all(dirs.map((dir) => startStaticServer(dir)));
const figures = dirs.map(() => Object.fromEntries(FIGURES.map((f) => [f, [] as number[]])) as Record<(typeof FIGURES)[number], number[]>);
for (let run = 0; run < runs; run++) {
  for (let i = 0; i < dirs.length; i++) {
    const record: RunRecord = await measureRun({ chromiumPath: chromium.path, url: `${servers[i]!.origin}/?model=bench-data/model-10000.json`, interact: false, timeoutMs: 60_000 });
    for (const f of FIGURES) if (typeof record[f] === 'number') figures[i]![f].push(record[f]);
    process.stderr.write(`${dirs[i]} run ${run + 1}: ready ${record.readyMs} ms, parsed ${record.modelParsedMs} ms\n`);
  }
}
for (let i = 0; i < dirs.length; i++) {
  console.log(dirs[i]!.padEnd(24), FIGURES.map((f) => `${f.replace(/Ms$/, '')} ${median(figures[i]![f])?.toFixed(0) ?? '–'}`).join('  '));
}
await Promise.all(servers.map((s) => s.close()));
