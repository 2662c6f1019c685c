import { expect, test, type Page } from '@playwright/test';
import { readBundledModelText } from './model-file';
import { validateModel } from '../src/model/validate-model';

// The order the app walks in is the normalized model's eventOrder (its own unit tests say what that
// order is); this test checks that → and ← reach every event in it, one by one, from the first
// screen and from deep zoom, and that each step is at or after the one before in time.
const validated = validateModel(JSON.parse(readBundledModelText()));
if (!validated.ok) throw new Error('The bundled model does not validate.');
const model = validated.model;
const order = model.eventOrder.map((id) => model.events.get(id)!);

type Focused = { id: string | null; name: string | null; inPlot: boolean };

/** The focused element: its event id, accessible name, and whether it is drawn within the plot's box. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const plot = document.querySelector('#timeline-plot')?.getBoundingClientRect();
    const box = el?.getBoundingClientRect();
    const inPlot = !!plot && !!box && box.right > plot.left && box.left < plot.right && box.bottom > plot.top && box.top < plot.bottom;
    return { id: el?.getAttribute('data-event-id') ?? null, name: el?.getAttribute('aria-label') ?? null, inPlot };
  });
}

/** Presses `key` and waits until the mark of `expected` has the focus, drawn in the plot, named after it. */
async function step(page: Page, key: string, expected: (typeof order)[number]) {
  await page.keyboard.press(key);
  await expect.poll(async () => (await focused(page)).id, { message: `${key} should reach ${expected.id}` }).toBe(expected.id);
  const now = await focused(page);
  expect(now.name?.startsWith(`${expected.title},`), `the focused mark is named "${now.name}"`).toBe(true);
  expect(now.inPlot, `${expected.id} is drawn inside the plot`).toBe(true);
}

test('keyboard: from the opening view, Home goes to the first event, → walks every event of the bundled model in time order, ← walks back from deep zoom', async ({ page }) => {
  test.setTimeout(120_000);
  expect(order.length).toBeGreaterThan(20);
  for (let i = 1; i < order.length; i++) expect(order[i]!.span.start).toBeGreaterThanOrEqual(order[i - 1]!.span.start);

  await page.goto('./');
  await expect(page.locator('.mark[tabindex="0"]')).toHaveCount(1);
  // Tab from the top of the page, as a reader does, until the focus enters the timeline: on the
  // event the opening view selects, the tab stop.
  for (let presses = 0; presses < 60 && !(await focused(page)).id; presses++) await page.keyboard.press('Tab');
  const opening = model.view?.selection;
  expect(opening?.kind).toBe('event');
  expect((await focused(page)).id).toBe(opening!.id);
  // The first event is months before the opening window: Home pans to it.
  await step(page, 'Home', order[0]!);

  for (const event of order.slice(1)) await step(page, 'ArrowRight', event);
  // At the last event → stays there.
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  expect((await focused(page)).id).toBe(order.at(-1)!.id);

  // Zoomed in as far as six presses of + go (64×): most events are out of view, and ← must pan to each.
  const axis = page.locator('.time-axis');
  const overview = await axis.getAttribute('data-granularity');
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await expect.poll(() => axis.getAttribute('data-granularity')).not.toBe(overview);
  for (const event of order.slice(0, -1).reverse()) await step(page, 'ArrowLeft', event);

  await step(page, 'End', order.at(-1)!);
  await step(page, 'Home', order[0]!);
});
