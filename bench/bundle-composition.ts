// What the initial JS is made of: bytes of each built chunk attributed to npm packages and src/
// folders through the build's source maps. `tsx bench/bundle-composition.ts [dist-bench]`
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { areaOf } from './summarize-profile.ts';

export interface AreaBytes { area: string; raw: number; gzip: number }

/** Raw bytes per area, and gzip of each area's code on its own (a slight overestimate of its share in the chunk). */
export async function measureBundleComposition(dist: string): Promise<AreaBytes[]> {
  const { SourceMapConsumer } = await import('source-map-js');
  const assets = join(dist, 'assets');
  const text = new Map<string, string[]>();
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(assets, file), 'utf8');
    const lines = code.split('\n');
    const mapFile = join(assets, `${file}.map`);
    if (!existsSync(mapFile)) {
      text.set(file, [code]);
      continue;
    }
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
    const mappings: { line: number; column: number; area: string }[] = [];
    consumer.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, area: m.source ? areaOf(m.source) : '(bundler glue)' }));
    mappings.sort((a, b) => a.line - b.line || a.column - b.column);
    mappings.forEach((m, i) => {
      const next = mappings[i + 1];
      const line = lines[m.line - 1] ?? '';
      const piece = line.slice(m.column, next && next.line === m.line ? next.column : line.length);
      (text.get(m.area) ?? text.set(m.area, []).get(m.area)!).push(piece);
    });
  }
  return [...text].map(([area, pieces]) => {
    const joined = Buffer.from(pieces.join(''));
    return { area, raw: joined.length, gzip: gzipSync(joined, { level: 6 }).length };
  }).sort((a, b) => b.raw - a.raw);
}

export function formatComposition(rows: readonly AreaBytes[], limit = 16): string {
  const total = rows.reduce((s, r) => s + r.raw, 0);
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  return [
    `  ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)}  share  area (gzip per area compressed alone)`,
    ...rows.slice(0, limit).map((r) => `  ${kb(r.raw)} ${kb(r.gzip)}  ${((100 * r.raw) / total).toFixed(0).padStart(4)} %  ${r.area}`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatComposition(await measureBundleComposition(process.argv[2] ?? 'dist-bench'), 30));
}
