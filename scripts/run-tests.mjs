// `npm test`: typecheck, lint, unit tests, build, browser tests — in that order, stopping at the first
// stage that fails — and then one plain summary line, `N passed, N failed`, adding up unit and browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const UNIT_JSON = '.unit-results.json';
const E2E_JSON = '.e2e-results.json';
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function countUnit() {
  const report = readJson(UNIT_JSON);
  if (!report) return;
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countE2e() {
  const report = readJson(E2E_JSON);
  if (!report?.stats) return;
  // "flaky" tests passed on retry; they count as passed (and Playwright's list shows them).
  counts.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
  counts.failed += report.stats.unexpected ?? 0;
  counts.skipped += report.stats.skipped ?? 0;
}

function finish(ok) {
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  if (!ok && counts.failed === 0) counts.failed = 1; // a stage failed before any test could count it
  console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

for (const f of [UNIT_JSON, E2E_JSON]) rmSync(f, { force: true });

if (!run('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit'])) finish(false);
if (!run('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])) finish(false);
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
countUnit();
if (!unitOk) finish(false);
if (!run('build', 'npx', ['vite', 'build'])) finish(false);
try {
  const { path, source } = ensureChromium();
  console.log(`Chromium for browser tests: ${path} (${source})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  finish(false);
}
const e2eOk = run('browser tests', 'npx', ['playwright', 'test'], { PARLEY_E2E_PREBUILT: '1', PARLEY_E2E_JSON: E2E_JSON });
countE2e();
finish(e2eOk);
