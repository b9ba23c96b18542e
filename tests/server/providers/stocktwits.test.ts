// @vitest-environment node
// The Stocktwits sentiment provider (server/providers/stocktwits.ts) against MSW serving
// recorded stream pages (mocks/providers/stocktwits): the cursors sent and returned,
// each message's sentiment, and what each failure becomes.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../server/providers/provider';
import { createStocktwitsProvider } from '../../../server/providers/stocktwits';
import { server } from '../../../mocks/node';
import rateLimited from '../../../mocks/providers/stocktwits/rate-limited.json';
import notFound from '../../../mocks/providers/stocktwits/symbol-not-found.json';
import spyOlder from '../../../mocks/providers/stocktwits/symbol-spy-max.json';
import spyNewer from '../../../mocks/providers/stocktwits/symbol-spy-since.json';
import spy from '../../../mocks/providers/stocktwits/symbol-spy.json';
import { hang, providerError, rejection, signalled } from './provider-error';

const BASE = 'http://stocktwits.test';
const STREAM = `${BASE}/api/2/streams/symbol/:file`;
const stocktwits = (timeoutMs?: number) => createStocktwitsProvider({ baseUrl: BASE, timeoutMs });

/** Answers like the stream: the newest page, or the recorded page for `max` / `since`; returns the URLs asked. */
function serveStream(): URL[] {
  const seen: URL[] = [];
  server.use(
    http.get(STREAM, ({ request, params }) => {
      const url = new URL(request.url);
      seen.push(url);
      if (params.file !== 'SPY.json') return HttpResponse.json(notFound, { status: 404 });
      if (url.searchParams.get('max') === String(spy.cursor.max)) return HttpResponse.json(spyOlder);
      if (url.searchParams.get('since') === String(spy.cursor.since)) return HttpResponse.json(spyNewer);
      return HttpResponse.json(spy);
    }),
  );
  return seen;
}

const serve = (body: unknown, init?: ResponseInit) => server.use(http.get(STREAM, () => HttpResponse.json(body as never, init)));

describe('fetchPage: a page', () => {
  it('reads ids, UTC times and the three sentiment values, newest first', async () => {
    const seen = serveStream();
    const page = await stocktwits().fetchPage('SPY', {});
    expect(seen[0]!.pathname).toBe('/api/2/streams/symbol/SPY.json');
    expect(seen[0]!.search).toBe('');
    expect(page.messages).toEqual([
      { id: 621458930, symbol: 'SPY', createdAt: '2025-07-25T15:03:11.000Z', sentiment: 'Bullish' },
      { id: 621458801, symbol: 'SPY', createdAt: '2025-07-25T15:01:47.000Z', sentiment: null },
      { id: 621458644, symbol: 'SPY', createdAt: '2025-07-25T14:59:02.000Z', sentiment: 'Bullish' },
      { id: 621458217, symbol: 'SPY', createdAt: '2025-07-25T14:52:40.000Z', sentiment: 'Bearish' },
      { id: 621457933, symbol: 'SPY', createdAt: '2025-07-25T14:48:09.000Z', sentiment: null },
      { id: 621457702, symbol: 'SPY', createdAt: '2025-07-25T14:44:55.000Z', sentiment: 'Bearish' },
    ]);
    expect(page).toMatchObject({ older: 621457702, newest: 621458930 });
  });

  it('pages back with `max` = the previous page\'s older, and forward with `since` = its newest', async () => {
    const seen = serveStream();
    const provider = stocktwits();
    const first = await provider.fetchPage('SPY', {});
    const older = await provider.fetchPage('SPY', { max: first.older });
    expect(seen[1]!.searchParams.get('max')).toBe('621457702');
    expect(older.messages.map((m) => m.id)).toEqual([621457588, 621457340, 621456987, 621456713, 621456420]);
    expect(older.messages.every((m) => m.id < first.older!)).toBe(true);
    expect(older).toMatchObject({ older: 621456420, newest: 621457588 });

    const newer = await provider.fetchPage('SPY', { since: first.newest });
    expect(seen[2]!.searchParams.get('since')).toBe('621458930');
    expect(newer.messages.map((m) => [m.id, m.sentiment])).toEqual([
      [621459310, 'Bullish'],
      [621459105, null],
    ]);
    expect(newer.newest).toBe(621459310);
    expect(newer.older).toBeUndefined(); // cursor.more is false
  });

  it('ends the stream when cursor.more is false or the page is empty', async () => {
    serve({ ...spyOlder, cursor: { ...spyOlder.cursor, more: false } });
    expect((await stocktwits().fetchPage('SPY', { max: 621457702 })).older).toBeUndefined();
    serve({ ...spy, cursor: { more: true, since: null, max: null }, messages: [] });
    expect(await stocktwits().fetchPage('SPY', { max: 1000 })).toEqual({ messages: [] });
  });

  it('always moves back, even if the API answered the `max` message again', async () => {
    // The docs say max takes ids <= max: a page holding only that message must not loop.
    const only = spy.messages.at(-1)!;
    serve({ ...spy, cursor: { more: true, since: only.id, max: only.id }, messages: [only] });
    expect((await stocktwits().fetchPage('SPY', { max: only.id })).older).toBe(only.id - 1);
  });

  it('reads a missing entities block, and a tag it does not know, as no sentiment', async () => {
    const [first, second] = spy.messages;
    serve({ ...spy, messages: [{ ...first, entities: undefined }, { ...second, entities: { sentiment: { basic: 'Neutral' } } }] });
    const page = await stocktwits().fetchPage('SPY', {});
    expect(page.messages.map((m) => m.sentiment)).toEqual([null, null]);
  });
});

describe('fetchPage: failures', () => {
  it('maps the 404 "Symbol not found" to unknown_symbol', async () => {
    serveStream();
    const error = await providerError(stocktwits().fetchPage('NOSUCH', {}));
    expect(error).toMatchObject({ kind: 'unknown_symbol', message: 'Stocktwits has no symbol NOSUCH (Symbol not found).' });
  });

  it('maps an error envelope sent with 200 by its response.status', async () => {
    serve(notFound);
    expect((await providerError(stocktwits().fetchPage('NOSUCH', {}))).kind).toBe('unknown_symbol');
    serve(rateLimited);
    expect((await providerError(stocktwits().fetchPage('SPY', {}))).kind).toBe('rate_limited');
  });

  it('maps 429 to rate_limited with the Retry-After wait', async () => {
    serve(rateLimited, { status: 429, headers: { 'Retry-After': '120' } });
    const error = await providerError(stocktwits().fetchPage('SPY', {}));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 120 });
  });

  it('maps a 5xx to unavailable', async () => {
    server.use(http.get(STREAM, () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 })));
    expect((await providerError(stocktwits().fetchPage('SPY', {}))).kind).toBe('unavailable');
  });

  it('gives up after timeoutMs on a hanging answer', async () => {
    server.use(http.get(STREAM, hang()));
    const error = await providerError(stocktwits(40).fetchPage('SPY', {}));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Stocktwits (stocktwits.test/api/2/streams/symbol/SPY.json) did not answer within 40 ms.' });
  });

  it("rejects with the caller's abort", async () => {
    const { reached, reach } = signalled();
    server.use(http.get(STREAM, hang(reach)));
    const controller = new AbortController();
    const pending = rejection(stocktwits().fetchPage('SPY', {}, { signal: controller.signal }));
    await reached;
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ProviderError);
    expect((error as { name?: unknown }).name).toBe('AbortError');
  });

  it('reports invalid JSON and a message without a usable time as invalid_answer', async () => {
    server.use(http.get(STREAM, () => new HttpResponse('{"messages":[', { headers: { 'Content-Type': 'application/json' } })));
    expect((await providerError(stocktwits().fetchPage('SPY', {}))).kind).toBe('invalid_answer');
    serve({ ...spy, messages: [{ ...spy.messages[0], created_at: '2025-07-25 15:03:11' }] });
    const error = await providerError(stocktwits().fetchPage('SPY', {}));
    expect(error.kind).toBe('invalid_answer');
    expect(error.message).toContain('messages.0.created_at');
  });
});
