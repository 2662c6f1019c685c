// Takes screenshots of the built app for a human to look at: `node scripts/screenshot.mjs <url> <out.png> [width] [height] [clickName]`.
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const [url = 'http://127.0.0.1:4173/', out = '/tmp/parley.png', width = '1280', height = '900', click] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChromium()?.path,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForFunction(() => document.querySelector('.timeline__svg, .event-list, .positions-view, .model-error'), null, { timeout: 15000 });
if (click) await page.getByRole('button', { name: new RegExp(`^${click}`) }).first().click();
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
