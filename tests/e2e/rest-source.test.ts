// The REST source across a real network boundary: the app on one origin, `npm run api`
// (the same handlers, over HTTP, requiring a bearer token) on another.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, returnsBySymbol, browserForTests } from './harness';

const API_PORT = 8787;
const TOKEN = 'e2e-secret-token-42';
const browser = browserForTests({ apiPort: API_PORT, apiEnv: { API_TOKEN: TOKEN } });

test('set up the REST source, test the connection, and read the same returns from a real server', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25&source=rest');
  await page.getByText('REST API is not set up yet').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Data source' }).inputValue(), 'rest');

  await page.getByRole('button', { name: 'Source settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'REST API settings' });
  await dialog.getByRole('textbox', { name: 'REST base URL' }).fill(`http://127.0.0.1:${API_PORT}/api/v1`);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await dialog.getByText('A valid bearer token is required.').waitFor();

  await dialog.getByLabel('Bearer token').fill(TOKEN);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await dialog.getByText('REST API answered with 10 symbols.').waitFor();
  await dialog.getByRole('button', { name: 'Save' }).click();

  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  assert.deepEqual(await returnsBySymbol(page), { SPY: '+9.0%', QQQ: '+11.0%', MCHI: '+28.1%' });
  assert.equal(await page.getByText('Sample data', { exact: true }).count(), 0, 'a real source is not labelled sample data');
  assert.ok(!page.url().includes(TOKEN), 'the token never enters the URL');

  // Settings survive a reload; switching back to the demo keeps the view.
  await page.reload();
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  await page.getByRole('combobox', { name: 'Data source' }).selectOption('demo');
  await page.waitForURL((url) => !url.search.includes('source='));
  assert.match(page.url(), /symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25/);
  await page.getByText('Sample data', { exact: true }).waitFor();
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  assert.ok(errors.every((e) => e.includes('401')), errors.join('\n'));
  await close();
});
