import { expect, test, type Route } from '@playwright/test';
import { BUNDLED_MODEL_URL_GLOB, readBundledModelText } from './model-file';

const fulfilReal = (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: readBundledModelText() });

test('a model file that is not JSON shows the reason, and Retry loads it once it is fixed', async ({ page }) => {
  let fixed = false;
  await page.route(BUNDLED_MODEL_URL_GLOB, (route) =>
    fixed ? fulfilReal(route) : route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "parley/1", oops' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('is not JSON');
  fixed = true;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a model file that 404s says so without retrying, and Retry works once it exists', async ({ page }) => {
  let requests = 0;
  let fixed = false;
  await page.route(BUNDLED_MODEL_URL_GLOB, (route) => {
    requests += 1;
    return fixed ? fulfilReal(route) : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('was not found (404)');
  expect(requests).toBe(1);
  fixed = true;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('a web page served instead of the model is named as such', async ({ page }) => {
  await page.route(BUNDLED_MODEL_URL_GLOB, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Home</body></html>' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('returned a web page, not JSON');
});

test('a server error is retried with back-off before the error is shown', async ({ page }) => {
  let requests = 0;
  await page.route(BUNDLED_MODEL_URL_GLOB, (route) => {
    requests += 1;
    return requests < 3 ? route.fulfill({ status: 503, body: 'busy' }) : fulfilReal(route);
  });
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible({ timeout: 10_000 });
  expect(requests).toBe(3);
});

test('an invalid model lists its problems by JSON path', async ({ page }) => {
  const broken = JSON.parse(readBundledModelText()) as { statements: { speaker: string }[] };
  const first = broken.statements[0];
  if (!first) throw new Error('the bundled model has no statements');
  first.speaker = 'nobody-by-this-name';
  await page.route(BUNDLED_MODEL_URL_GLOB, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'The model has problems' })).toBeVisible();
  const errors = page.getByRole('list', { name: 'Errors in the model' });
  await expect(errors).toContainText('statements[0].speaker');
  await expect(errors).toContainText('nobody-by-this-name');
});
