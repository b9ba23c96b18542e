// `npm run server` as a person runs it, against Yahoo and Stocktwits fakes in their real
// wire formats (provider-fakes.ts): the page it serves opens on its live data, with no
// sample-data label; prices match the provider's closes and daily sentiment counts the
// messages served, exactly, after many polls; a restart with the providers failing serves
// the same from SQLite; a provider that hangs never hangs the API.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, returnsBySymbol, startServer } from './harness';
import { fakeStocktwits, fakeYahoo, type FakeMessage, type ProviderFake } from './provider-fakes';

const PORT = Number(process.env.E2E_SERVER_PORT ?? 4392);
const BASE = `http://127.0.0.1:${PORT}`;

// Six messages a day over the last 60 days, newest first: every third Bullish, every fifth
// Bearish. Dated from now, as a live stream is: the poller reads back until the stream ends,
// since 60 days are short of the 90-day baseline it wants.
const MESSAGES: FakeMessage[] = [];
for (let t = Date.now() - 3_600_000, id = 5_000; t >= Date.now() - 60 * 86_400_000; t -= 4 * 3_600_000, id--) {
  MESSAGES.push({ id, symbol: 'SPY', createdAt: new Date(t).toISOString(), sentiment: id % 3 === 0 ? 'Bullish' : id % 5 === 0 ? 'Bearish' : null });
}

let browser: Browser;
let yahoo: ProviderFake;
let stocktwits: ProviderFake;
let folder: string;
let server: ChildProcess | undefined;

function start(): Promise<ChildProcess> {
  return startServer(PORT, {
    TRADEWINDS_DB: join(folder, 'tradewinds.sqlite'),
    TRADEWINDS_SYMBOLS: 'SPY,QQQ,MCHI',
    TRADEWINDS_YAHOO_URL: yahoo.url,
    TRADEWINDS_STOCKTWITS_URL: stocktwits.url,
    TRADEWINDS_POLL_SECONDS: '1',
    TRADEWINDS_STOCKTWITS_PER_HOUR: '100000',
  });
}

async function stop(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function api<T>(path: string): Promise<{ status: number; body: T; ms: number }> {
  const t0 = Date.now();
  const response = await fetch(`${BASE}/api/v1${path}`);
  return { status: response.status, body: (await response.json()) as T, ms: Date.now() - t0 };
}

/** Waits until the poller has read the whole stream (health says so). */
async function streamRead(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const health = await api<{ sentiment: Record<string, { messages: number; complete: boolean }> }>('/health');
    if (health.body.sentiment.SPY?.complete && health.body.sentiment.SPY.messages === MESSAGES.length) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the poller did not read the whole stream within 30 s');
}

type Sentiment = { series: { symbol: string; days: { date: string; bullish: number; bearish: number; messages: number }[] }[] };

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tradewinds-server-'));
  [yahoo, stocktwits] = await Promise.all([fakeYahoo(), fakeStocktwits(MESSAGES)]);
  [browser, server] = await Promise.all([launchBrowser(), start()]);
});

after(async () => {
  await stop();
  await browser?.close();
  await Promise.all([yahoo?.close(), stocktwits?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

test('the page it serves opens on its live data: the provider’s closes, no sample-data label', async () => {
  const { page, errors, close } = await openPage(browser, `${BASE}/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25`);
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  // Measured from the 2024-12-31 close (tests/fixtures/reference/README.md): +8.71%, +10.79%, +25.76%.
  assert.deepEqual(await returnsBySymbol(page), { SPY: '+8.7%', QQQ: '+10.8%', MCHI: '+25.8%' });
  const picker = page.getByRole('combobox', { name: 'Data source' });
  assert.equal(await picker.inputValue(), 'server');
  assert.equal((await picker.locator('option:checked').innerText()).trim(), 'Live (this server)');
  assert.equal(await page.getByText('Sample data', { exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('daily sentiment counts equal the messages served, and stay exact however often it polls', async () => {
  await streamRead();
  const first = await api<Sentiment>('/sentiment?symbols=SPY');
  const days = first.body.series[0]!.days;
  assert.equal(days.reduce((n, d) => n + d.messages, 0), MESSAGES.length);
  assert.equal(days.reduce((n, d) => n + d.bullish, 0), MESSAGES.filter((m) => m.sentiment === 'Bullish').length);
  assert.equal(days.reduce((n, d) => n + d.bearish, 0), MESSAGES.filter((m) => m.sentiment === 'Bearish').length);
  await new Promise((r) => setTimeout(r, 2_500)); // two more polls
  assert.deepEqual((await api<Sentiment>('/sentiment?symbols=SPY')).body, first.body);
});

test('restarted while its providers fail, it serves the same prices and sentiment from its file', async () => {
  await streamRead();
  const prices = await api<unknown>('/prices?symbols=SPY,QQQ&from=2025-07-01&to=2025-07-25');
  const sentiment = await api<Sentiment>('/sentiment?symbols=SPY');
  await stop();
  yahoo.mode = 'fail';
  stocktwits.mode = 'fail';
  server = await start();
  assert.deepEqual((await api<unknown>('/prices?symbols=SPY,QQQ&from=2025-07-01&to=2025-07-25')).body, prices.body);
  assert.deepEqual((await api<Sentiment>('/sentiment?symbols=SPY')).body, sentiment.body);
  const health = await api<{ providers: Record<string, { lastError?: { message: string } }> }>('/health');
  assert.ok(health.body.providers.stocktwits?.lastError, 'health says Stocktwits fails');
});

test('a provider that hangs does not hang the API: stored prices within 2 s, a new symbol refused within 10 s', async () => {
  await stop();
  yahoo.mode = 'hang';
  server = await start();
  const [stored, fresh] = await Promise.all([
    api<{ series: { symbol: string }[] }>('/prices?symbols=SPY&from=2025-07-01&to=2025-07-25'),
    api<{ error: { code: string } }>('/prices?symbols=IWM'),
  ]);
  assert.ok(yahoo.requests.some((r) => r.startsWith('/v8/finance/chart/IWM')), 'it asked Yahoo for IWM');
  assert.equal(stored.status, 200);
  assert.deepEqual(stored.body.series.map((s) => s.symbol), ['SPY']);
  assert.ok(stored.ms < 2_500, `stored prices answered in ${stored.ms} ms`);
  assert.equal(fresh.status, 503);
  assert.ok(fresh.ms >= 9_000 && fresh.ms < 11_000, `a new symbol answered in ${fresh.ms} ms`);
});
