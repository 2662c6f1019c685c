import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from './static-server.ts';

/** Options of the peer comparison (`--peers`). */
export interface PeerOptions {
  /** Event counts; Parley gets a generated model of the same number of events. */
  ns: readonly number[];
  runs: number;
  /** Peer targets to keep (run.mjs --only), besides parley. */
  peers: readonly string[];
  /** A writable copy of bench-peers with node_modules installed, reused instead of a new copy. */
  dir?: string;
  chromiumPath: string;
}

interface PeerSummaryRow { target: string; n: number; readyMs: number | null; heapAtReadyMB: number | null; heapAfterGcMB: number | null; domElements: number | null; frameMedianMs: number | null; frameP95Ms: number | null; stepsWallMs: number | null; jsGzipKB: number | null }

/**
 * Runs the shared peer harness (read-only, so copied to a temp dir and installed with `npm ci`) with
 * Parley as a URL target: our build served on a free port, `?model=bench-data/model-{n}.json`.
 * The peers render the harness's own `events-{n}.json`; Parley renders our generated model with the
 * same number of events (plus actors and n/2 statements), so Parley's page does more, not less.
 */
export async function runPeers(root: string, dist: string, options: PeerOptions): Promise<string> {
  const dir = options.dir ?? copyPeers(root);
  const server = await startStaticServer(dist);
  try {
    const targets = join(dir, 'parley.targets.mjs');
    writeFileSync(targets, `export default ({ urlTarget, ZOOM_STEPS }) => [
  urlTarget('parley', ${JSON.stringify(`${server.origin}/?model=bench-data/model-{n}.json`)}, {
    ready: 'window.__ready',
    interaction: { kind: 'wheel', selector: '#timeline-plot', steps: ZOOM_STEPS },
    probe: 'location.search || "(all)"',
    note: 'Parley build (dist-bench); a generated parley/1 model with n events, 40 actors, n/2 statements',
  }),
];\n`);
    const before = new Set(listResults(dir));
    const args = ['run.mjs', '--ns', options.ns.join(','), '--runs', String(options.runs), '--no-big', '--only', ['parley', ...options.peers].join(','), '--targets', targets];
    console.error(`peers: node ${args.join(' ')}  (in ${dir})`);
    // Asynchronous: our static server lives in this process and must keep answering meanwhile.
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROMIUM: options.chromiumPath } });
    const status = await new Promise<number | null>((done) => child.on('close', done));
    if (status !== 0) throw new Error(`the peer harness exited with ${status}`);
    const stamp = listResults(dir).find((f) => !before.has(f));
    if (!stamp) throw new Error('the peer harness wrote no results');
    const out = JSON.parse(readFileSync(join(dir, 'results', stamp), 'utf8')) as { summary: PeerSummaryRow[] };
    return `peer results: ${join(dir, 'results', stamp)}\n\n${formatRatios(out.summary)}`;
  } finally {
    await server.close();
  }
}

function copyPeers(root: string): string {
  const source = resolve(root, '..', 'shared', 'bench-peers');
  if (!existsSync(source)) throw new Error(`no peer harness at ${source}`);
  const dir = join(mkdtempSync(join(tmpdir(), 'parley-peers-')), 'bench-peers');
  cpSync(source, dir, { recursive: true });
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) chmodSync(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  console.error(`peers: npm ci in ${dir}`);
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (ci.status !== 0) throw new Error('npm ci of the peer harness failed');
  return dir;
}

const listResults = (dir: string) => (existsSync(join(dir, 'results')) ? readdirSync(join(dir, 'results')).filter((f) => f.endsWith('.json')).sort().reverse() : []);

/** Parley's figures divided by each peer's, per N (< 1 = Parley is smaller / faster). */
export function formatRatios(rows: readonly PeerSummaryRow[]): string {
  const keys: [keyof PeerSummaryRow, string][] = [
    ['readyMs', 'ready'], ['heapAtReadyMB', 'heap at ready'], ['heapAfterGcMB', 'heap after GC'], ['domElements', 'DOM elements'],
    ['frameMedianMs', 'frame median'], ['frameP95Ms', 'frame p95'], ['stepsWallMs', '20 steps wall'], ['jsGzipKB', 'JS gzip'],
  ];
  const lines = ['| N | peer | ' + keys.map(([, l]) => l).join(' | ') + ' |', '|---:|---|' + keys.map(() => '---:').join('|') + '|'];
  for (const parley of rows.filter((r) => r.target === 'parley')) {
    const show = (r: PeerSummaryRow) => keys.map(([k]) => (r[k] == null ? '–' : String(r[k]))).join(' | ');
    lines.push(`| ${parley.n} | parley (absolute) | ${show(parley)} |`);
    for (const peer of rows.filter((r) => r.target !== 'parley' && r.n === parley.n)) {
      lines.push(`| ${parley.n} | ${peer.target} (absolute) | ${show(peer)} |`);
      const ratio = keys.map(([k]) => {
        const a = parley[k];
        const b = peer[k];
        return typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
      });
      lines.push(`| ${parley.n} | parley ÷ ${peer.target} | ${ratio.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
