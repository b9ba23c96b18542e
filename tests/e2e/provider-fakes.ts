// Yahoo's chart API and Stocktwits' symbol streams as local HTTP servers, answering in
// their real wire formats (the recorded answers in mocks/providers/ shape every field) with
// data the tests know: the real 2025 closes of tests/fixtures/reference/, and a stream of
// messages made up here. Each can be told to fail or to hang, as real providers do.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Mode = 'answer' | 'fail' | 'hang';

export interface ProviderFake {
  url: string;
  mode: Mode;
  /** Requests answered so far, by path and query. */
  requests: string[];
  close(): Promise<void>;
}

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
// Variables, not literals: Vite rewrites `new URL('<literal>', import.meta.url)` into an asset import.
const YAHOO_TEMPLATE = '../../mocks/providers/yahoo/chart-spy-2025-03.json';
const YAHOO_NOT_FOUND = '../../mocks/providers/yahoo/chart-not-found.json';
const STOCKTWITS_TEMPLATE = '../../mocks/providers/stocktwits/symbol-spy.json';
const REFERENCE = '../fixtures/reference/';

async function serve(answer: (path: string, query: URLSearchParams) => { status: number; body: unknown }): Promise<ProviderFake> {
  const fake: ProviderFake = { url: '', mode: 'answer', requests: [], close: () => new Promise((resolve) => server.close(() => resolve())) };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    fake.requests.push(`${url.pathname}${url.search}`);
    if (fake.mode === 'hang') return; // never answers
    const { status, body } = fake.mode === 'fail' ? { status: 503, body: { error: 'unavailable' } } : answer(url.pathname, url.searchParams);
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = fake.close;
  fake.close = () => {
    server.closeAllConnections();
    return close();
  };
  return fake;
}

/** The session open (09:30 New York) of a date, as Yahoo stamps a daily bar, in Unix seconds. */
function sessionOpen(date: string): number {
  // New York is UTC-4 in summer, UTC-5 in winter; which one is read off the clock itself.
  const noon = new Date(`${date}T12:00:00Z`);
  const newYorkNoon = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hour12: false }).format(noon));
  const offsetHours = 12 - newYorkNoon;
  return Date.parse(`${date}T09:30:00Z`) / 1000 + offsetHours * 3600;
}

/** Yahoo's v8 chart API over the reference closes of SPY, QQQ and MCHI. */
export function fakeYahoo(): Promise<ProviderFake> {
  const template = read(YAHOO_TEMPLATE) as { chart: { result: [{ meta: Record<string, unknown> }] } };
  const closes = new Map(
    ['SPY', 'QQQ', 'MCHI'].map((symbol) => {
      const [, ...lines] = readFileSync(new URL(`${REFERENCE}${symbol}.csv`, import.meta.url), 'utf8').trim().split(/\r?\n/);
      return [symbol, lines.map((line) => line.split(',')).map(([date, close, adj]) => ({ date: date!, close: Number(close), adj: Number(adj) }))];
    }),
  );
  return serve((path, query) => {
    const symbol = decodeURIComponent(path.match(/^\/v8\/finance\/chart\/([^/]+)$/)?.[1] ?? '');
    const rows = closes.get(symbol);
    if (!rows) return { status: 404, body: read(YAHOO_NOT_FOUND) };
    const [from, to] = [Number(query.get('period1')), Number(query.get('period2'))];
    const shown = rows.filter((r) => sessionOpen(r.date) >= from && sessionOpen(r.date) < to);
    const meta = { ...template.chart.result[0].meta, symbol, longName: `${symbol} (reference closes)` };
    return {
      status: 200,
      body: {
        chart: {
          result: [
            {
              meta,
              timestamp: shown.map((r) => sessionOpen(r.date)),
              indicators: { quote: [{ close: shown.map((r) => r.close) }], adjclose: [{ adjclose: shown.map((r) => r.adj) }] },
            },
          ],
          error: null,
        },
      },
    };
  });
}

export interface FakeMessage {
  id: number;
  symbol: string;
  createdAt: string;
  sentiment: 'Bullish' | 'Bearish' | null;
}

/**
 * Stocktwits' symbol streams over `messages` (newest first), 30 a page, `max` back and `since`
 * forward, both exclusive as the live API answers (mocks/providers/stocktwits: `cursor.max` is the
 * page's oldest id, and the page asked with it starts below it). Ids here are consecutive, so a
 * poller that steps one id too far loses a message the test counts.
 */
export function fakeStocktwits(messages: readonly FakeMessage[]): Promise<ProviderFake> {
  const template = read(STOCKTWITS_TEMPLATE) as { messages: Record<string, unknown>[] } & Record<string, unknown>;
  const shape = template.messages[0]!;
  return serve((path, query) => {
    const symbol = path.match(/^\/api\/2\/streams\/symbol\/([^/]+)\.json$/)?.[1] ?? '';
    const max = query.has('max') ? Number(query.get('max')) : Infinity;
    const since = query.has('since') ? Number(query.get('since')) : -Infinity;
    const matching = messages.filter((m) => m.symbol === symbol && m.id < max && m.id > since);
    const page = matching.slice(0, 30);
    return {
      status: 200,
      body: {
        ...template,
        cursor: { more: matching.length > 30, since: page[0]?.id ?? null, max: page.at(-1)?.id ?? null },
        messages: page.map((m) => ({
          ...shape,
          id: m.id,
          body: `$${symbol} message ${m.id}`,
          created_at: m.createdAt.replace(/\.\d{3}Z$/, 'Z'),
          entities: { sentiment: m.sentiment ? { basic: m.sentiment } : null },
        })),
      },
    };
  });
}
