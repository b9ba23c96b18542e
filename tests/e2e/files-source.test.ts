// The Files source in real Chromium: import the real 2025 closes (tests/fixtures/reference,
// tests only), read their YTD returns, keep them across a reload (real IndexedDB), and
// refuse a broken file without touching what was imported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browserForTests, openPage, returnsBySymbol } from './harness';

const browser = browserForTests();
const reference = (symbol: string) => fileURLToPath(new URL(`../fixtures/reference/${symbol}.csv`, import.meta.url));

test('imported reference closes give the real YTD returns and survive a reload', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25&source=files');
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Data files').setInputFiles(['SPY', 'QQQ', 'MCHI'].map(reference));

  const report = dialog.getByRole('list', { name: 'Import report' });
  for (const symbol of ['SPY', 'QQQ', 'MCHI']) {
    await report.getByText(`${symbol}.csv`).waitFor();
  }
  assert.match(await report.innerText(), /SPY \(Dec 31, 2024 to Dec 31, 2025\) · 251 rows accepted/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const table = page.getByRole('table', { name: 'Returns' });
  await table.getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  assert.deepEqual(await returnsBySymbol(page), { SPY: '+8.7%', QQQ: '+10.8%', MCHI: '+25.8%' });
  assert.equal(await page.getByText('Sample data', { exact: true }).count(), 0);

  await page.reload();
  await table.getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  assert.deepEqual(await returnsBySymbol(page), { SPY: '+8.7%', QQQ: '+10.8%', MCHI: '+25.8%' });

  // A file that cannot be read gets a report, and the data imported before stays.
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog.getByLabel('Data files').setInputFiles({ name: 'SPY.csv', mimeType: 'text/csv', buffer: Buffer.from('this is not,a price file\n1,2\n') });
  await dialog.getByText('Nothing imported earlier was changed.').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await table.getByRole('cell', { name: 'SPY', exact: true }).waitFor();
  assert.equal((await returnsBySymbol(page)).SPY, '+8.7%');
  assert.deepEqual(errors, []);
  await close();
});
