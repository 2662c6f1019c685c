import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { measureRun, type RunRecord } from './measure-run.ts';
import { summarizeProfile, type CpuProfile, type ProfileSummary, type SourceMapper } from './summarize-profile.ts';

/**
 * `--profile`: one more 10,000-event run with the CDP sampling profiler on, from navigation to ready and
 * over the interaction. Writes both .cpuprofile files (open them in DevTools › Performance) and returns
 * self and inclusive time by source file and function, mapped through the build's source maps.
 */
export async function profileRun(
  chromiumPath: string,
  url: string,
  outDir: string,
  { label = '10,000-event', distDir = 'dist-bench' }: { label?: string; distDir?: string } = {},
): Promise<{ text: string; summary: Record<string, ProfileSummary> }> {
  const profiles: Record<string, CpuProfile> = {};
  const start = async (cdp: CDPSession) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  };
  const stop = (name: string) => async (cdp: CDPSession) => {
    profiles[name] = (await cdp.send('Profiler.stop')).profile as CpuProfile;
  };
  process.stderr.write(`[profile ${label}] `);
  const record: RunRecord = await measureRun({
    chromiumPath, url, interact: true, timeoutMs: 60_000,
    hooks: { beforeNavigation: start, afterReady: stop('load'), beforeInteraction: start, afterInteraction: stop('interaction') },
  });
  process.stderr.write(`${record.status}, ready ${record.readyMs} ms (profiler overhead included)\n`);
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const mapper = await createSourceMapper(url, distDir);
  const summary: Record<string, ProfileSummary> = {};
  const parts: string[] = [`== CPU profile of one ${label} run (sampling 0.1 ms; files in bench/out/${stamp}-*.cpuprofile)`];
  for (const [name, profile] of Object.entries(profiles)) {
    writeFileSync(join(outDir, `${stamp}-${name}.cpuprofile`), JSON.stringify(profile));
    summary[name] = summarizeProfile(profile, mapper);
    parts.push(formatSummary(name === 'load' ? 'navigation → ready' : 'zoom + pan interaction', summary[name]!));
  }
  const m = record.mainThreadAtReady;
  const i = record.interaction?.mainThread;
  if (m) parts.push(`main thread by CDP metrics, renderer start → ready: task ${m.taskMs} ms = script ${m.scriptMs} + style ${m.styleMs} + layout ${m.layoutMs} (+ parse/paint/other), ${m.layouts} layouts`);
  if (i) parts.push(`main thread by CDP metrics, interaction: task ${i.taskMs} ms = script ${i.scriptMs} + style ${i.styleMs} + layout ${i.layoutMs}, ${i.layouts} layouts`);
  return { text: parts.join('\n\n'), summary };
}

function formatSummary(title: string, s: ProfileSummary): string {
  const row = (label: string, value: number) => `  ${value.toFixed(0).padStart(6)} ms  ${label}`;
  return [
    `-- ${title}: ${s.totalMs.toFixed(0)} ms sampled (${s.idleMs.toFixed(0)} idle)`,
    ' self time by area:', ...s.byArea.slice(0, 14).map(([k, v]) => row(k, v)),
    ' inclusive time of the app\'s own functions (src/):', ...s.ownFunctions.slice(0, 18).map(([k, v]) => row(k, v)),
    ' self time by function:', ...s.bySelf.slice(0, 12).map(([k, v]) => row(k, v)),
  ].join('\n');
}

/** Maps bundle positions to original sources with the build's .map files (source-map-js ships with Vite's postcss). */
async function createSourceMapper(pageUrl: string, distDir: string): Promise<SourceMapper | undefined> {
  let lib: typeof import('source-map-js');
  try {
    lib = await import('source-map-js');
  } catch {
    return undefined;
  }
  const origin = new URL(pageUrl).origin;
  const consumers = new Map<string, InstanceType<typeof lib.SourceMapConsumer> | null>();
  return (url, line, column) => {
    if (!url.startsWith(origin)) return undefined;
    let consumer = consumers.get(url);
    if (consumer === undefined) {
      try {
        const file = join(distDir, new URL(url).pathname);
        consumer = new lib.SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        consumer = null;
      }
      consumers.set(url, consumer);
    }
    if (!consumer) return undefined;
    const pos = consumer.originalPositionFor({ line: line + 1, column });
    return pos.source ? { source: pos.source, name: pos.name ?? undefined, line: pos.line ?? 0 } : undefined;
  };
}
