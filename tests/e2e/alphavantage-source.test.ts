// The Alpha Vantage source in real Chromium. Its answers come from the recorded-format
// fixtures (mocks/providers), served by intercepting the browser's requests: no network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alphaVantageAnswer } from '../../mocks/providers/alphavantage-handlers';
import { browserForTests, openPage, returnsBySymbol } from './harness';

const browser = browserForTests();
const KEY = 'E2ETESTKEY123';

test('an API key set in Settings brings prices from Alpha Vantage, and never enters the URL', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY&range=1M&to=2025-07-25&source=alphavantage');
  const seen: string[] = [];
  await page.route('https://www.alphavantage.co/query?**', async (route) => {
    const url = new URL(route.request().url());
    seen.push(url.searchParams.get('function') ?? '');
    await route.fulfill({ json: alphaVantageAnswer(url.searchParams), headers: { 'Access-Control-Allow-Origin': '*' } });
  });

  await page.getByText('Alpha Vantage is not set up yet').waitFor();
  await page.getByRole('button', { name: 'Source settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alpha Vantage settings' });
  await dialog.getByRole('textbox', { name: 'API key' }).fill(KEY);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await dialog.getByText(/Alpha Vantage accepted the key/).waitFor();
  await dialog.getByRole('button', { name: 'Save' }).click();

  // The fixture holds 2025-07-14 .. 2025-07-25: the month is measured from its first bar.
  const table = page.getByRole('table', { name: 'Returns' });
  await table.getByRole('cell', { name: 'SPY', exact: true }).waitFor();
  const spy = (await returnsBySymbol(page)).SPY!;
  assert.match(spy, /^\+2\.0%/);
  // A free key cannot have the full history: the page says so instead of going quiet.
  assert.match(await page.getByRole('status', { name: 'Source notice' }).innerText(), /needs a premium plan; showing the latest 100 trading days/);
  assert.ok(seen.includes('TIME_SERIES_DAILY'));
  assert.ok(!page.url().includes(KEY), 'the key never enters the page URL');
  assert.deepEqual(errors, []);
  await close();
});
