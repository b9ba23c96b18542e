// The first screen tells the story, in real Chromium against the production build: the
// demo opens as of Jul 25, 2025 with the figures published that weekend in view on a
// laptop and on a phone, the talks and the deadline ahead are listed and marked on the
// chart, and each symbol keeps its colour when another is removed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserForTests, openPage } from './harness';

const browser = browserForTests();

/** Each headline card's symbol and return, and whether the card is inside the first screen. */
async function headline(page: Page) {
  const cards = page.getByRole('list', { name: 'Returns at a glance' }).getByRole('listitem');
  await cards.first().waitFor();
  const viewport = page.viewportSize()!;
  const seen: Record<string, { value: string; inView: boolean }> = {};
  for (const card of await cards.all()) {
    const symbol = (await card.locator('.headline-symbol').innerText()).trim();
    const value = (await card.locator('.headline-return').innerText()).trim();
    const box = (await card.boundingBox())!;
    seen[symbol] = { value, inView: box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width };
  }
  return seen;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 800 },
]) {
  test(`a bare address opens the demo on its story, the figures in view without scrolling (${viewport.width}x${viewport.height})`, async () => {
    const { page, errors, close } = await openPage(browser(), '/', viewport);
    const seen = await headline(page);
    assert.deepEqual(seen, {
      SPY: { value: '+9.0%', inView: true },
      QQQ: { value: '+11.0%', inView: true },
      MCHI: { value: '+28.1%', inView: true },
    });
    assert.ok(await page.getByText('Sample data, as of Jul 25, 2025, the week before the Stockholm talks').isVisible());
    assert.match(page.url(), /\?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25$/);
    // Latest goes to the end of the data, and the page says the new date.
    await page.getByRole('button', { name: 'Latest' }).click();
    await page.getByText('as of Dec 31, 2025', { exact: false }).first().waitFor();
    assert.deepEqual(errors, []);
    await close();
  });
}

test('as of Jul 25, 2025: the Stockholm talks and the Aug 1 deadline are coming up, listed and marked on the chart ahead of the data', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
  const comingUp = page.getByRole('list', { name: 'Coming up' });
  await comingUp.getByRole('listitem').first().waitFor();
  const items = await comingUp.getByRole('listitem').allInnerTexts();
  assert.match(items[0]!, /Jul 28, 2025\s*–\s*Jul 29, 2025\s*in 3 days\s*US-China trade talks in Stockholm/);
  assert.match(items[1]!, /Aug 1, 2025\s*in 7 days/);
  assert.deepEqual(await comingUp.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime'))).then((d) => d.slice(0, 3)), [
    '2025-07-28',
    '2025-07-29',
    '2025-08-01',
  ]);

  const chart = page.getByRole('region', { name: 'Performance' });
  const zone = (await chart.locator('.ahead-zone rect').boundingBox())!;
  for (const id of ['2025-07-stockholm-talks', '2025-08-deal-deadline']) {
    // The mark itself (dot, bar or cluster badge), not its label beside it.
    const marker = chart.locator(`.event-marker[data-event-id~="${id}"] .event-mark`).first();
    const box = (await marker.boundingBox())!;
    const middle = box.x + box.width / 2;
    assert.ok(middle >= zone.x && middle <= zone.x + zone.width, `${id} is marked in the days ahead`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('removing QQQ leaves the colours of SPY and MCHI as they were, and focus on a control', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
  const chart = page.getByRole('region', { name: 'Performance' });
  const stroke = (symbol: string) => chart.locator(`path[data-series="${symbol}"]`).getAttribute('stroke');
  await chart.locator('path[data-series="MCHI"]').waitFor();
  const before = { SPY: await stroke('SPY'), QQQ: await stroke('QQQ'), MCHI: await stroke('MCHI') };
  await page.getByRole('button', { name: 'Remove QQQ' }).click();
  await chart.locator('path[data-series="QQQ"]').waitFor({ state: 'detached' });
  assert.deepEqual({ SPY: await stroke('SPY'), MCHI: await stroke('MCHI') }, { SPY: before.SPY, MCHI: before.MCHI });
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  assert.ok(focused === 'BUTTON' || focused === 'INPUT', `focus is on a control, not ${focused}`);

  // Back on the chart, QQQ has its own look again.
  await page.getByRole('combobox', { name: 'Add symbol' }).or(page.getByRole('textbox', { name: 'Add symbol' })).fill('QQQ');
  await page.keyboard.press('Enter');
  await chart.locator('path[data-series="QQQ"]').waitFor();
  assert.deepEqual({ SPY: await stroke('SPY'), QQQ: await stroke('QQQ'), MCHI: await stroke('MCHI') }, before);
  assert.deepEqual(errors, []);
  await close();
});
