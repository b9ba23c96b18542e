// Sentiment in real Chromium: the published readings of 2025-07-25 on three gauges,
// each equal to the score computed from the counts the API served.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, browserForTests } from './harness';

const browser = browserForTests();

test('as of 2025-07-25: three Bullish gauges, volume Normal for SPY and QQQ and Low for MCHI', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
  const panel = page.getByRole('region', { name: 'Sentiment' });
  const expectedVolume = { SPY: 'Normal', QQQ: 'Normal', MCHI: 'Low' };

  // The counts come straight from the demo's API, which answers once its service worker is
  // up (the source then says Connected; the first view was read from prebuilt answers).
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  for (const [symbol, volume] of Object.entries(expectedVolume)) {
    const gauge = panel.getByRole('meter', { name: `${symbol} sentiment` });
    await gauge.waitFor();
    assert.equal(await gauge.getAttribute('aria-valuetext'), 'Bullish', `${symbol} sentiment`);
    const meter = panel.getByRole('meter', { name: `${symbol} message volume` });
    assert.equal(await meter.getAttribute('aria-valuetext'), volume, `${symbol} message volume`);

    // The 7 calendar days ending 2025-07-25, straight from the API.
    const counts = await page.evaluate(async (s) => {
      const response = await fetch(`/api/v1/sentiment?symbols=${s}&from=2025-07-19&to=2025-07-25`);
      const body = (await response.json()) as { series: { days: { bullish: number; bearish: number }[] }[] };
      return body.series[0]!.days;
    }, symbol);
    assert.equal(counts.length, 7);
    const bullish = counts.reduce((n, d) => n + d.bullish, 0);
    const bearish = counts.reduce((n, d) => n + d.bearish, 0);
    assert.equal(Number(await gauge.getAttribute('aria-valuenow')), Math.round((100 * bullish) / (bullish + bearish)), `${symbol} score`);
  }
  assert.deepEqual(errors, []);
  await close();
});
