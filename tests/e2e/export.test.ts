// Downloads and sharing in real Chromium against the production build (with its CSP):
// each panel's CSV holds the numbers the panel shows, a chart's PNG is a real image in
// the page's colours (CSS variables resolved, theme followed, device pixels), and
// `Copy link` puts the view's address on the clipboard and says so without moving the header.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { formatPercent } from '../../src/domain/format.ts';
import { BASE_URL, browserForTests, openPage, returnsBySymbol } from './harness';

const browser = browserForTests();

const YTD_LINK = '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function csvRows(bytes: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true });
  assert.deepEqual(parsed.errors, []);
  return parsed.data;
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Loads a PNG in the page and counts pixels: of each colour given (within a small tolerance), and the corner's colour. */
async function pngPixels(page: Page, bytes: Buffer, colours: Record<string, [number, number, number]>) {
  return page.evaluate(
    async ({ base64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts: Record<string, number> = {};
      for (const [name, [r, g, b]] of Object.entries(colours)) {
        let n = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24 && data[i + 3]! > 200) n++;
        }
        counts[name] = n;
      }
      return { counts, corner: [data[0], data[1], data[2], data[3]] };
    },
    { base64: bytes.toString('base64'), colours },
  );
}

test('CSV of Returns, Performance, Sentiment and Events: the numbers on screen, named by the view', async () => {
  const { page, errors, close } = await openPage(browser(), YTD_LINK);
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();

  // Returns: one row per table row, in the table's order, equal to what the table says.
  const returns = await download(page, page.getByRole('button', { name: 'Download Returns as CSV' }));
  assert.equal(returns.name, 'tradewinds-returns-ytd-2025-07-25.csv');
  const [header, ...rows] = csvRows(returns.bytes);
  assert.deepEqual(header, ['symbol', 'last price', 'return (%)', 'excess vs SPY (pts)', 'max drawdown (%)', 'volatility (%)', 'base date']);
  const shown = await returnsBySymbol(page);
  assert.deepEqual(
    Object.fromEntries(rows.map((r) => [r[0], formatPercent(Number(r[2]) / 100)])),
    shown,
  );
  assert.deepEqual(shown, { SPY: '+9.0%', QQQ: '+11.0%', MCHI: '+28.1%' });
  assert.ok(rows.every((r) => r[6] === '2024-12-31'));

  // Performance: a row per trading day from the base close to the as-of date, as its "View as table" shows them.
  const performanceRegion = page.getByRole('region', { name: 'Performance' });
  const performance = await download(page, performanceRegion.getByRole('button', { name: 'Download Performance as CSV' }));
  assert.equal(performance.name, 'tradewinds-performance-ytd-2025-07-25.csv');
  const [perfHeader, ...days] = csvRows(performance.bytes);
  assert.deepEqual(perfHeader, ['date', 'SPY return (%)', 'SPY close', 'QQQ return (%)', 'QQQ close', 'MCHI return (%)', 'MCHI close']);
  assert.deepEqual(days[0]!.slice(0, 2), ['2024-12-31', '0']);
  const last = days.at(-1)!;
  assert.equal(last[0], '2025-07-25');
  assert.deepEqual([1, 3, 5].map((i) => formatPercent(Number(last[i]) / 100)), ['+9.0%', '+11.0%', '+28.1%']);
  await performanceRegion.getByRole('button', { name: 'View as table' }).click();
  const byDate = performanceRegion.getByRole('table', { name: 'Performance by date' });
  const tableRows = byDate.locator('tbody tr');
  assert.equal(await tableRows.count(), days.length);
  const latest = await tableRows.first().getByRole('cell').allInnerTexts();
  assert.deepEqual(latest.slice(-6), [1, 2, 3, 4, 5, 6].map((i) => (i % 2 ? formatPercent(Number(last[i]) / 100) : Number(last[i]).toFixed(2))));

  // Sentiment: per day and symbol, over the range.
  const sentiment = await download(page, page.getByRole('button', { name: 'Download Sentiment as CSV' }));
  assert.equal(sentiment.name, 'tradewinds-sentiment-ytd-2025-07-25.csv');
  const [sentHeader, ...readings] = csvRows(sentiment.bytes);
  assert.deepEqual(sentHeader, ['date', 'symbol', 'score (7 days)', 'bullish', 'bearish', 'messages', 'message volume (x normal)']);
  assert.deepEqual(readings.slice(0, 3).map((r) => r.slice(0, 2)), [['2025-01-01', 'SPY'], ['2025-01-01', 'QQQ'], ['2025-01-01', 'MCHI']]);
  assert.deepEqual(readings.at(-1)!.slice(0, 2), ['2025-07-25', 'MCHI']);
  assert.equal(readings.length, 3 * 206); // 206 calendar days from Jan 1 to Jul 25
  // The gauge reads the last day's score.
  const gauge = await page.getByRole('meter', { name: 'SPY sentiment' }).getAttribute('aria-valuenow');
  assert.equal(String(Math.round(Number(readings.at(-3)![2]))), gauge);

  // Events: the listed events.
  const events = await download(page, page.getByRole('button', { name: 'Download Events as CSV' }));
  assert.equal(events.name, 'tradewinds-events-ytd-2025-07-25.csv');
  const [eventsHeader, ...listed] = csvRows(events.bytes);
  assert.deepEqual(eventsHeader, ['date', 'end_date', 'title', 'tags', 'url', 'summary']);
  assert.equal(listed.length, await page.getByRole('list', { name: 'Events' }).getByRole('listitem').count());

  assert.deepEqual(errors, []);
  await close();
});

test('PNG of the Performance and Sentiment charts: a real image in the page’s colours, at device pixels, under the CSP', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} refused ${e.blockedURI}`)),
  );
  await page.goto(`${BASE_URL}${YTD_LINK}`);
  const performance = page.getByRole('region', { name: 'Performance' });
  await performance.locator('path[data-series]').nth(2).waitFor();

  const chart = await download(page, performance.getByRole('button', { name: 'Download Performance chart as PNG' }));
  assert.equal(chart.name, 'tradewinds-performance-ytd-2025-07-25.png');
  assert.deepEqual([...chart.bytes.subarray(0, 8)], PNG_SIGNATURE);
  assert.ok(chart.bytes.length > 20_000, `a real picture, not an empty canvas (${chart.bytes.length} bytes)`);
  const cssWidth = await performance.locator('svg.recharts-surface').evaluate((svg) => Number(svg.getAttribute('width')));
  const { width, height } = pngSize(chart.bytes);
  assert.equal(width, 2 * (cssWidth + 32), 'drawn at the device pixel ratio, with a margin');
  assert.ok(height > 2 * 320);

  // The series' colours came through (stroke="var(--series-1)" would draw nothing or black unresolved), on the panel's white.
  const light = await pngPixels(page, chart.bytes, { spy: [0x0b, 0x5c, 0xad], qqq: [0xc2, 0x41, 0x0c], mchi: [0x04, 0x78, 0x57] });
  assert.deepEqual(light.corner, [255, 255, 255, 255]);
  for (const [series, n] of Object.entries(light.counts)) assert.ok(n > 500, `${series}: ${n} pixels of its colour`);

  // In the dark theme the picture is dark, with the dark palette.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  const dark = await download(page, performance.getByRole('button', { name: 'Download Performance chart as PNG' }));
  const darkPixels = await pngPixels(page, dark.bytes, { spy: [0x6c, 0xb0, 0xff] });
  assert.deepEqual(darkPixels.corner, [0x17, 0x1c, 0x22, 255]);
  assert.ok(darkPixels.counts.spy! > 500, `dark SPY: ${darkPixels.counts.spy} pixels`);

  // Sentiment: the score chart and the message volume bars, one under the other.
  const sentiment = page.getByRole('region', { name: 'Sentiment' });
  const sentimentPng = await download(page, sentiment.getByRole('button', { name: 'Download Sentiment chart as PNG' }));
  assert.equal(sentimentPng.name, 'tradewinds-sentiment-ytd-2025-07-25.png');
  assert.deepEqual([...sentimentPng.bytes.subarray(0, 8)], PNG_SIGNATURE);
  assert.ok(pngSize(sentimentPng.bytes).height > 2 * (220 + 110));

  assert.deepEqual(errors, []);
  await context.close();
});

test('Copy link puts the address of the view on the clipboard and says so', async () => {
  const { page, errors, close } = await openPage(browser(), YTD_LINK);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '1Y' }).click();
  await page.waitForURL(/range=1Y/);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.match(page.url(), /symbols=SPY%2CQQQ%2CMCHI|symbols=SPY,QQQ,MCHI/);
  assert.deepEqual(errors, []);
  await close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
  test(`Copy link says "Link copied" without moving the button or anything else in the header, at ${viewport.width} px`, async () => {
    const { page, errors, close } = await openPage(browser(), YTD_LINK, viewport);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await page.getByRole('table', { name: 'Returns' }).waitFor();
    const button = page.getByRole('button', { name: 'Copy link' });
    const boxes = async () => ({
      button: await button.boundingBox(),
      theme: await page.getByRole('combobox', { name: 'Theme' }).boundingBox(),
      source: await page.getByRole('combobox', { name: 'Data source' }).boundingBox(),
      header: await page.getByRole('banner').boundingBox(),
    });
    const before = await boxes();

    await button.click();
    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await status.waitFor();
    assert.deepEqual(await boxes(), before);
    // Readable where it is: on screen, over neither the title nor the button.
    const said = (await status.boundingBox())!;
    const title = (await page.getByRole('heading', { name: 'Tradewinds', level: 1 }).boundingBox())!;
    assert.ok(!overlap(said, title), 'clear of the title');
    assert.ok(!overlap(said, before.button!), 'clear of the button');
    assert.ok(said.x >= 0 && said.x + said.width <= viewport.width && said.y >= 0 && said.y + said.height <= viewport.height, 'on screen');
    assert.deepEqual(errors, []);
    await close();
  });
}
