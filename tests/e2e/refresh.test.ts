// Auto-refresh of a live source in real Chromium, against `npm run api` over HTTP: the
// chosen interval refetches what the panels show, a hidden tab makes no requests and
// catches up when seen again, "Refresh now" refetches at once, and the choice survives
// a reload. Time is Playwright's clock, so minutes pass in moments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserForTests, openPage } from './harness';

const API_PORT = 4352;
const API = `http://127.0.0.1:${API_PORT}/api/v1`;
const browser = browserForTests({ apiPort: API_PORT });

/** One refresh of SPY, QQQ and MCHI: prices and sentiment per symbol, and the events. */
const ONE_REFRESH = ['events', 'prices MCHI', 'prices QQQ', 'prices SPY', 'sentiment MCHI', 'sentiment QQQ', 'sentiment SPY'];

function recordRequests(page: Page): () => string[] {
  let seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(API)) return;
    const url = new URL(request.url());
    seen.push([url.pathname.split('/').pop(), url.searchParams.get('symbols')].filter(Boolean).join(' '));
  });
  return () => {
    const taken = seen.sort();
    seen = [];
    return taken;
  };
}

/** The page hides or shows, as when its tab goes to the background (headless Chromium has no second tab to switch to). */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // as the browser fires it
  }, hidden);
}

test('a REST source refreshes on its interval, not while hidden, and on request', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25&source=rest');
  await page.evaluate((baseUrl) => localStorage.setItem('tradewinds-sources', JSON.stringify({ state: { rest: { baseUrl } }, version: 1 })), API);
  await page.clock.install();
  await page.reload();
  const returns = page.getByRole('table', { name: 'Returns' });
  await returns.getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  await page.getByRole('list', { name: 'Events' }).waitFor();
  await page.getByRole('meter', { name: 'MCHI sentiment' }).waitFor();
  const taken = recordRequests(page);
  const refresh = page.getByRole('group', { name: 'Refresh' });
  await refresh.getByText(/^Updated \d\d:\d\d$/).waitFor();

  // Every minute: nothing before, one refresh of everything on screen at the minute.
  await refresh.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every minute' });
  await page.clock.fastForward('00:45');
  assert.deepEqual(taken(), []);
  await page.clock.fastForward('00:15');
  await page.waitForResponse((r) => r.url().startsWith(`${API}/events`));
  await refresh.getByText(/^Updated /).waitFor();
  await page.waitForTimeout(300); // the other answers of the same refresh
  assert.deepEqual(taken(), ONE_REFRESH);

  // Hidden for five minutes: no request; seen again: the refresh that fell due, at once.
  await setHidden(page, true);
  await page.clock.fastForward('05:00');
  await page.waitForTimeout(300);
  assert.deepEqual(taken(), []);
  const caughtUp = page.waitForResponse((r) => r.url().startsWith(`${API}/events`));
  await setHidden(page, false);
  await caughtUp;
  await page.waitForTimeout(300);
  assert.deepEqual(taken(), ONE_REFRESH);

  // Refresh now, and the choice survives a reload.
  const refreshed = page.waitForResponse((r) => r.url().startsWith(`${API}/events`));
  await refresh.getByRole('button', { name: 'Refresh now' }).click();
  await refreshed;
  await refresh.getByRole('status').filter({ hasText: 'Refreshed' }).waitFor();
  assert.deepEqual(taken(), ONE_REFRESH);
  await page.reload();
  assert.equal(await page.getByRole('combobox', { name: 'Auto-refresh' }).inputValue(), '1');

  assert.deepEqual(errors, []);
  await close();
});
