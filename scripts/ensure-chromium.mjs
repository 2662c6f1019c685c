// Makes sure a Chromium exists before the browser tests. On Debian/Ubuntu as root it installs the
// distribution's package; anywhere else it says the exact command and fails. It never downloads a
// browser build of its own (`npx playwright install` cannot work on machines without internet).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian/Ubuntu package "chromium" with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one, then run the tests again:\n' +
      (hasApt ? '  sudo apt-get install -y chromium\n' : '  npx playwright install chromium   (on a machine with internet)\n') +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { path, source } = ensureChromium();
    console.log(`Chromium: ${path} (${source})`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
