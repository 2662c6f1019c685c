import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createCachedDateReader } from '../src/model/create-cached-date-reader.ts';
import { createShapeCheck } from '../src/model/create-shape-check.ts';
import { joinStrings } from '../src/model/join-strings.ts';
import { modelFileSchema, type ModelFile } from '../src/model/model-file-schema.ts';
import { normalizeIfNoErrors } from '../src/model/normalize-model.ts';
import { packModel } from '../src/model/pack-model.ts';
import { unpackModel } from '../src/model/unpack-model.ts';
import type { Model } from '../src/model/types.ts';

// `npx tsx bench/pack-stages.ts [--runs 5] [file]`: the model worker's stages and the page's unpack,
// timed in node on one file (default the 100,000-event bench file), each run in a fresh process so
// that every run is as cold as a worker that runs once. The process's CPU time per stage (user +
// system, the GC's helper threads included), which the machine's load moves less than the clock;
// medians over the runs.
// `unpack` includes cutting the joined strings apart (splitStringsInSteps).
const STAGES = ['parse', 'shape', 'walk', 'pack', 'join', 'unpack'] as const;
type Times = Record<(typeof STAGES)[number], number>;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs') ?? 'dist-bench/bench-data/model-100000.json';

function once(): Times {
  const text = readFileSync(file, 'utf8');
  const times = {} as Times;
  const time = <T>(stage: keyof Times, work: () => T): T => {
    const start = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(start);
    times[stage] = (used.user + used.system) / 1000;
    return result;
  };
  const json = time('parse', () => JSON.parse(text) as unknown);
  const check = createShapeCheck(modelFileSchema);
  time('shape', () => check?.(json));
  const normalized = time('walk', () => normalizeIfNoErrors(json as ModelFile, createCachedDateReader(), { lazyIndexes: true }));
  if (!normalized) throw new Error(`${file} is not a valid model`);
  const { pack } = time('pack', () => packModel(normalized.model));
  const joined = time('join', () => ({ parts: pack.parts.map((part) => ({ ...part, strings: joinStrings(part.strings as string[]) })) }) as unknown as typeof pack);
  const model = time('unpack', () => unpackModel(joined));
  if ((model as Model).events.size !== normalized.model.events.size) throw new Error('the unpacked model lost events');
  return times;
}

if (process.env.PACK_STAGES_CHILD) {
  console.log(JSON.stringify(once()));
} else {
  const all: Times[] = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...args], {
      env: { ...process.env, PACK_STAGES_CHILD: '1' }, encoding: 'utf8', maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(child.stderr);
    all.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Times);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  console.log(`${file}, ${runs} runs (fresh process each), ms: median (min–max)`);
  for (const stage of STAGES) {
    const values = all.map((t) => t[stage]);
    console.log(`${stage.padEnd(8)} ${median(values).toFixed(0).padStart(6)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`);
  }
}
