// Pure reduction of a V8 CPU profile (CDP Profiler.stop) to "where the time goes" tables.

/** The parts of a CDP Profiler.Profile this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Maps a bundle position (0-based line and column) to its original source, when a source map knows it. */
export type SourceMapper = (url: string, line: number, column: number) => { source: string; name?: string; line: number } | undefined;

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  /** Self time by area: `src/<folder>`, an npm package, or a V8 bucket such as (garbage collector). */
  byArea: [string, number][];
  /** Self time by function. */
  bySelf: [string, number][];
  /** Inclusive time of functions in src/, each counted once per sample even when recursive. */
  ownFunctions: [string, number][];
}

/** `../node_modules/react-dom/cjs/x.js` → `react-dom`; `../src/model/a.ts` → `src/model`. */
export function areaOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1] ?? source;
  const own = /(?:^|\/)(src\/[^/]+)\//.exec(source);
  return own ? (own[1] ?? source) : source.replace(/^(\.\.\/)+/, '');
}

interface Frame { area: string; label: string; own: boolean }

const sortDesc = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / 1000]);
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** Self time by area and function, and the inclusive time of the app's own functions, in ms. */
export function summarizeProfile(profile: CpuProfile, map?: SourceMapper): ProfileSummary {
  const parent = new Map<number, number>();
  const frames = new Map<number, Frame>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const original = url ? map?.(url, lineNumber, columnNumber) : undefined;
    if (original) {
      const file = original.source.replace(/^(\.\.\/)+/, '');
      const name = original.name ?? (functionName || '(anonymous)');
      frames.set(node.id, { area: areaOf(original.source), label: `${name} (${file}:${original.line})`, own: /(^|\/)src\//.test(original.source) && !file.includes('node_modules') });
    } else if (url) {
      const file = url.replace(/^https?:\/\/[^/]+\//, '');
      frames.set(node.id, { area: file, label: `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})`, own: false });
    } else {
      const label = functionName.startsWith('(') ? functionName : `native ${functionName || '(anonymous)'}`;
      frames.set(node.id, { area: label, label, own: false });
    }
  }
  const selfArea = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next sample (the last one gets the gap before it).
    const dt = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    const id = samples[i]!;
    const frame = frames.get(id);
    if (!frame) continue;
    total += dt;
    if (frame.area === '(idle)') {
      idle += dt;
      continue;
    }
    add(selfArea, frame.area, dt);
    add(selfFn, frame.label, dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = frames.get(at);
      if (f?.own && !seen.has(f.label)) {
        seen.add(f.label);
        add(inclusive, f.label, dt);
      }
    }
  }
  return { totalMs: total / 1000, idleMs: idle / 1000, byArea: sortDesc(selfArea), bySelf: sortDesc(selfFn), ownFunctions: sortDesc(inclusive) };
}
