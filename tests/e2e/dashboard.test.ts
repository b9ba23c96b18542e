// The first thing a user does, in real Chromium against the production build:
// open a shared YTD link, read the returns, switch range, reload, go back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForTests, demoWorkerInControl, openPage, returnsBySymbol } from './harness';

const browser = browserForTests();

const YTD_LINK = '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25';

test('a shared YTD link shows the published returns and three lines', async () => {
  const { page, errors, close } = await openPage(browser(), YTD_LINK);
  const table = page.getByRole('table', { name: 'Returns' });
  await table.getByRole('cell', { name: 'MCHI', exact: true }).waitFor();

  assert.deepEqual(await returnsBySymbol(page), { SPY: '+9.0%', QQQ: '+11.0%', MCHI: '+28.1%' });
  const performance = page.getByRole('region', { name: 'Performance' });
  // The chart's code arrives on its own (ui/chart/lazy-time-chart.tsx): its lines may follow the table.
  await performance.locator('path[data-series]').nth(2).waitFor({ state: 'attached' });
  assert.equal(await performance.locator('path[data-series]').count(), 3);
  assert.ok(await page.getByText('Sample data', { exact: true }).isVisible(), 'the demo says it is sample data');
  assert.match(await page.title(), /Tradewinds/);
  assert.ok(await performance.getByText('since the Dec 31, 2024 close, as of Jul 25, 2025').isVisible());
  assert.deepEqual(errors, []);
  await close();
});

test('1Y updates the URL and the table, and survives reload and back', async () => {
  const { page, errors, close } = await openPage(browser(), YTD_LINK);
  const range = page.getByRole('group', { name: 'Range' });
  const note = (text: string) => page.getByRole('region', { name: 'Returns' }).getByText(text);
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  const ytd = await returnsBySymbol(page);

  await range.getByRole('button', { name: '1Y' }).click();
  await page.waitForURL(/range=1Y/);
  assert.equal(await range.getByRole('button', { name: '1Y' }).getAttribute('aria-pressed'), 'true');
  await note('since the Jul 25, 2024 close, as of Jul 25, 2025').waitFor();
  const oneYear = await returnsBySymbol(page);
  assert.notDeepEqual(oneYear, ytd, 'the table changed with the range');

  await demoWorkerInControl(page);
  await page.reload();
  await note('since the Jul 25, 2024 close, as of Jul 25, 2025').waitFor();
  assert.equal(await range.getByRole('button', { name: '1Y' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await returnsBySymbol(page), oneYear);

  await page.goBack();
  await page.waitForURL(/range=YTD/);
  await note('since the Dec 31, 2024 close, as of Jul 25, 2025').waitFor();
  assert.deepEqual(await returnsBySymbol(page), ytd);
  assert.deepEqual(errors, []);
  await close();
});

test('adding a symbol: an unknown one is refused inline, a known one joins chart and table', async () => {
  const { page, errors, close } = await openPage(browser(), YTD_LINK);
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('/prices')) asked.push(url.searchParams.get('symbols') ?? '');
  });
  const box = page.getByRole('combobox', { name: 'Add symbol' });
  await box.fill('ZZZZ');
  await box.press('Enter');
  await page.getByText(/^Demo \(sample data\) has no symbol ZZZZ\. Available: EEM, FXI, GLD, .*TLT\.$/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Remove ZZZZ' }).count(), 0);
  assert.ok(!asked.includes('ZZZZ'), 'the unknown symbol was refused without asking for its prices');

  await box.fill('kweb');
  await box.press('Enter');
  await page.getByRole('button', { name: 'Remove KWEB' }).waitFor();
  await page.waitForURL(/symbols=SPY,QQQ,MCHI,KWEB/);
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'KWEB', exact: true }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Performance' }).locator('path[data-series]').count(), 4);

  await page.getByRole('button', { name: 'Remove QQQ' }).click();
  await page.waitForURL(/symbols=SPY,MCHI,KWEB/);
  assert.equal(await page.getByRole('region', { name: 'Performance' }).locator('path[data-series]').count(), 3);
  // Focus stays in the symbols row: on the next chip's Remove.
  assert.ok(await page.getByRole('button', { name: 'Remove MCHI' }).evaluate((el) => el === document.activeElement));
  // No failed lookup, so nothing in the console (an unknown symbol used to log a 404).
  assert.deepEqual(errors, []);
  await close();
});

test('Add symbol suggests as it is typed: "FX" offers FXI, picked with the keyboard', async () => {
  const { page, errors, close } = await openPage(browser(), YTD_LINK);
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  const box = page.getByRole('combobox', { name: 'Add symbol' });
  await box.click();
  await page.keyboard.type('FX');
  const listbox = page.getByRole('listbox', { name: 'Symbol suggestions' });
  const fxi = listbox.getByRole('option', { name: /^FXI/ });
  await fxi.waitFor();
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  assert.ok(await listbox.isVisible());

  await page.keyboard.press('ArrowDown');
  assert.equal(await fxi.getAttribute('aria-selected'), 'true');
  assert.equal(await box.getAttribute('aria-activedescendant'), await fxi.getAttribute('id'));
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Symbols' }).getByRole('button', { name: 'Remove FXI' }).waitFor();
  await page.waitForURL(/symbols=SPY,QQQ,MCHI,FXI/);
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'FXI', exact: true }).waitFor();
  assert.equal(await listbox.count(), 0, 'the list closed');
  assert.equal(await box.inputValue(), '');
  assert.deepEqual(errors, []);
  await close();
});

test('a malformed link falls back to defaults with a visible notice', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,$$$&range=10Y&to=2025-13-01');
  await page.getByText('Ignored range="10Y"').waitFor();
  assert.ok(await page.getByText('Ignored to="2025-13-01"').isVisible());
  assert.equal(await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'YTD' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'SPY', exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await close();
});
