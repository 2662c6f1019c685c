// Finds a Chromium for Playwright, in the order the README promises:
// $CHROMIUM_PATH, Playwright's own installed Chromium, /usr/bin/chromium, /usr/bin/chromium-browser.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {{ path: string, source: string } | undefined} */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH, source: '$CHROMIUM_PATH' } : undefined;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: "Playwright's installed Chromium" };
  } catch {
    // Playwright throws when its browsers were never downloaded; fall through to the system ones.
  }
  for (const path of CHROMIUM_CANDIDATES) if (existsSync(path)) return { path, source: path };
  return undefined;
}
