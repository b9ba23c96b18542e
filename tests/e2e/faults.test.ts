// Faults in real Chromium against the production build: a REST source whose address
// answers nothing fails panel by panel, each with its reason and Retry, while the rest
// of the page works; once a server answers there, Retry loads the data. Going offline is
// said in a banner, and a panel whose code could not load comes back on Retry.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserForTests, openPage, returnsBySymbol, startApi } from './harness';

// A port of this test's range (4310-4319) with nothing listening, until the test starts the API there.
const DEAD_PORT = 4319;
const DEAD_URL = `http://127.0.0.1:${DEAD_PORT}/api/v1`;
const browser = browserForTests();

/**
 * The console lines Chromium writes for a request that failed at the network: expected,
 * nothing else is. The second is the demo's service worker script, when the connection
 * goes while the worker starts (it starts once the first view is in; again when online).
 */
const FAILED_REQUEST = /^(Failed to load resource: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED|FAILED)|An unknown error occurred when fetching the script\.)$/;
const unexpected = (errors: string[]) => errors.filter((e) => !FAILED_REQUEST.test(e));
/** React's report of a chunk that could not load, caught by its panel: at the network, or not tried offline. */
const CHUNK_FAILURE_REPORT = /Failed to fetch dynamically imported module|OfflineImportError/;

async function useRestSource(page: Page, url: string) {
  await page.getByText('REST API is not set up yet').waitFor();
  await page.getByRole('button', { name: 'Source settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'REST API settings' });
  await dialog.getByRole('textbox', { name: 'REST base URL' }).fill(url);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

test('a dead REST address fails each panel with its reason and Retry; the rest of the page works and recovers', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ&range=YTD&to=2025-07-25&source=rest');
  await useRestSource(page, DEAD_URL);
  // The message names the host to check, the same for every request there.
  const unreachable = `REST API at 127.0.0.1:${DEAD_PORT} could not be reached. Check the connection or the address.`;

  // Three tries (1 s and 2 s apart), then each panel says what failed, with Retry.
  const performance = page.getByRole('region', { name: 'Performance' });
  await performance.getByRole('alert').getByText(unreachable).waitFor({ timeout: 15_000 });
  for (const panel of ['Performance', 'Sentiment', 'Events']) {
    const alert = page.getByRole('region', { name: panel }).getByRole('alert').filter({ hasText: unreachable }).first();
    await alert.waitFor();
    assert.ok(await alert.getByRole('button', { name: 'Retry' }).isVisible(), `${panel} offers Retry`);
  }
  const returns = page.getByRole('region', { name: 'Returns' });
  assert.equal(await returns.getByRole('alert').filter({ hasText: unreachable }).count(), 2, 'one line per symbol in Returns');

  // The rest of the page works: the range, the symbols, the event form.
  const range = page.getByRole('group', { name: 'Range' });
  await range.getByRole('button', { name: '1Y' }).click();
  await page.waitForURL(/range=1Y/);
  assert.equal(await range.getByRole('button', { name: '1Y' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('list', { name: 'Symbols' }).getByRole('button', { name: 'Remove QQQ' }).click();
  await page.waitForURL((url) => url.searchParams.get('symbols') === 'SPY');
  await page.getByRole('button', { name: 'Add event' }).click();
  assert.equal(await page.getByRole('button', { name: 'Add event' }).getAttribute('aria-expanded'), 'true');
  await range.getByRole('button', { name: 'YTD' }).click();
  await page.waitForURL(/range=YTD/);

  // A server comes up at that address: Retry in each panel loads its data.
  let api: ChildProcess | undefined;
  try {
    api = await startApi(DEAD_PORT);
    await performance.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'SPY', exact: true }).waitFor();
    assert.deepEqual(await returnsBySymbol(page), { SPY: '+9.0%' });
    await page.getByRole('region', { name: 'Sentiment' }).getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('meter', { name: 'SPY sentiment' }).waitFor();
    await page.getByRole('region', { name: 'Events' }).getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('list', { name: 'Events' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
  } finally {
    api?.kill();
  }

  assert.ok(errors.some((e) => FAILED_REQUEST.test(e)), 'the failed requests were made');
  assert.deepEqual(unexpected(errors), []);
  await close();
});

test('offline: a banner says so, a panel that cannot load its code offers Retry, and both recover online', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ&range=YTD&to=2025-07-25');
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'QQQ', exact: true }).waitFor();
  const connection = page.getByRole('status', { name: 'Connection' });
  assert.equal((await connection.innerText()).trim(), '');

  await page.context().setOffline(true);
  await connection.getByText('You are offline. What is on screen stays; panels refresh when the connection is back.').waitFor();
  // What was loaded stays and still answers the controls.
  await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '1Y' }).click();
  await page.getByRole('region', { name: 'Returns' }).getByText('since the Jul 25, 2024 close, as of Jul 25, 2025').waitFor();

  // The event window's code loads on first use: offline, it fails in its place only.
  await page.getByRole('list', { name: 'Events' }).getByRole('listitem').first().click();
  const failed = page.getByRole('main').getByRole('alert').filter({ hasText: 'This panel could not be loaded. Check the connection and retry.' });
  await failed.waitFor();
  assert.deepEqual(Object.keys(await returnsBySymbol(page)), ['SPY', 'QQQ'], 'the other panels are untouched');
  // So do the dialogs, whose code also loads on first use.
  await page.getByRole('button', { name: 'Source settings' }).click();
  const header = page.getByRole('banner');
  await header.getByRole('alert').filter({ hasText: 'This panel could not be loaded.' }).waitFor();
  assert.deepEqual(Object.keys(await returnsBySymbol(page)), ['SPY', 'QQQ'], 'the page is still there');

  await page.context().setOffline(false);
  await connection.getByText('You are offline.', { exact: false }).waitFor({ state: 'detached' });
  // The demo's mock API is up (or comes up now, if the connection went while it started).
  await page
    .getByRole('status')
    .filter({ hasText: 'Connected' })
    .waitFor()
    .catch(async (error: unknown) => {
      // What the badge says instead tells a failed start of the worker from a failed check.
      const badge = page.locator('.health');
      const says = await badge.innerText({ timeout: 1000 }).catch(() => '(no badge)');
      const why = await badge.getAttribute('title', { timeout: 1000 }).catch(() => null);
      throw new Error(`no "Connected": the badge says "${says}" (${why}); errors: ${errors.join(' | ')}`, { cause: error });
    });
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('table', { name: 'Event window' }).waitFor();
  await header.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('dialog').waitFor();

  // React reports the caught chunk failure for developers; nothing else but failed requests.
  assert.deepEqual(unexpected(errors).filter((e) => !CHUNK_FAILURE_REPORT.test(e)), []);
  await close();
});

test('code that failed to load while online loads on Retry, though the browser remembers a failed import', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY&source=rest');
  await page.getByText('REST API is not set up yet').waitFor();
  // The Source settings dialog's chunk fails once at the network, as on a dropped connection.
  let requests = 0;
  await page.route(/\/assets\/source-settings-dialog-[^/]+\.js/, (route) => (requests++ === 0 ? route.abort('failed') : route.continue()));
  await page.getByRole('button', { name: 'Source settings' }).click();
  const failed = page.getByRole('banner').getByRole('alert').filter({ hasText: 'This panel could not be loaded.' });
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('dialog', { name: 'REST API settings' }).waitFor();
  assert.equal(requests, 2, 'Retry asked the network again');
  assert.deepEqual(unexpected(errors).filter((e) => !CHUNK_FAILURE_REPORT.test(e)), []);
  await close();
});
