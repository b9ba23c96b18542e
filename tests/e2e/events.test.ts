// Events in real Chromium: the Stockholm talks on the chart, in the list, and their
// event window checked against the prices the API served; an own event in the
// browser's real IndexedDB survives a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, browserForTests } from './harness';

const browser = browserForTests();

const STOCKHOLM = '2025-07-stockholm-talks';

test('the Stockholm talks: a band on the chart, an item in the list, and an event window that matches the served prices', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-08-29');
  const performance = page.getByRole('region', { name: 'Performance' });
  const band = performance.locator(`rect[data-event-id="${STOCKHOLM}"]`);
  await band.waitFor();
  const box = await band.boundingBox();
  assert.ok(box && box.width >= 2 && box.height > 100, 'the band spans the plot');

  const list = page.getByRole('list', { name: 'Events' });
  const item = list.getByRole('listitem').filter({ has: page.locator('time[datetime="2025-07-28"]') });
  await item.getByRole('button', { name: /Stockholm/ }).click();
  await page.waitForURL(new RegExp(`event=${STOCKHOLM}`));

  const table = page.getByRole('table', { name: 'Event window' });
  await table.waitFor();
  const served = await page.evaluate(async () => {
    const response = await fetch('/api/v1/prices?symbols=SPY,QQQ,MCHI&from=2025-07-25&to=2025-08-29');
    return (await response.json()) as { series: { symbol: string; bars: { date: string; close: number }[] }[] };
  });
  for (const series of served.series) {
    const [t0, ...after] = series.bars;
    assert.equal(t0!.date, '2025-07-25', 'the close before Monday 2025-07-28');
    const expected = [1, 5, 10].map((h) => {
      const r = Math.round((after[h - 1]!.close / t0!.close - 1) * 1000) / 10;
      return r === 0 ? '0.0%' : `${r > 0 ? '+' : '-'}${Math.abs(r).toFixed(1)}%`;
    });
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: series.symbol, exact: true }) });
    const cells = await row.getByRole('cell').allInnerTexts();
    assert.deepEqual(cells.slice(2, 5), expected, `${series.symbol} T+1, T+5, T+10`);
  }
  assert.equal(await performance.locator(`.event.is-selected [data-event-id="${STOCKHOLM}"]`).count(), 1);
  assert.deepEqual(errors, []);
  await close();
});

test('an own event survives a reload and can be deleted', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY&range=YTD&to=2025-08-29');
  await page.getByRole('list', { name: 'Events' }).waitFor();
  await page.getByRole('button', { name: 'Add event' }).click();
  const form = page.getByRole('form', { name: 'Add your own event' });
  await form.getByLabel('Date', { exact: true }).fill('2025-06-20');
  await form.getByLabel('Title').fill('Rebalanced my portfolio');
  await form.getByLabel(/Tags/).fill('personal');
  await form.getByRole('button', { name: 'Save event' }).click();
  const mine = page.getByRole('list', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'Rebalanced my portfolio' });
  await mine.waitFor();

  await page.reload();
  await mine.waitFor();
  assert.ok(await mine.getByText('Yours').isVisible());
  for (const chart of ['Performance', 'Sentiment']) {
    assert.equal(await page.getByRole('region', { name: chart }).locator('[data-event-id^="own-"]').count(), 1, `on the ${chart} chart too`);
  }

  await mine.getByRole('button', { name: 'Delete Rebalanced my portfolio' }).click();
  await mine.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('list', { name: 'Events' }).waitFor();
  assert.equal(await mine.count(), 0);
  assert.deepEqual(errors, []);
  await close();
});
