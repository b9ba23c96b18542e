// @vitest-environment node
// The Tiingo price provider (server/providers/tiingo.ts) against MSW serving recorded
// end-of-day answers (mocks/providers/tiingo): what is asked, the bars read, and that
// the API key, which travels in the query, never reaches an error message.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ProviderError } from '../../../server/providers/provider';
import { createTiingoProvider, type TiingoOptions } from '../../../server/providers/tiingo';
import { server } from '../../../mocks/node';
import invalidToken from '../../../mocks/providers/tiingo/invalid-token.json';
import spyJuly from '../../../mocks/providers/tiingo/prices-spy-2025-07.json';
import tickerNotFound from '../../../mocks/providers/tiingo/ticker-not-found.json';
import { hang, providerError } from './provider-error';

const BASE = 'http://tiingo.test';
const PRICES = `${BASE}/tiingo/daily/:ticker/prices`;
const KEY = 'tiingo0f3a9c1d5e7b2a4c6d8e0f1a3b5c7d9e';
/** Monday 28 July 2025: every fixture session has closed. */
const LATER = Date.parse('2025-07-28T12:00:00Z');

const tiingo = (options: Partial<TiingoOptions> = {}) => createTiingoProvider({ apiKey: KEY, baseUrl: BASE, now: () => LATER, ...options });

function serve(body: unknown, init?: ResponseInit): (URL & { authorization: string | null })[] {
  const seen: (URL & { authorization: string | null })[] = [];
  server.use(
    http.get(PRICES, ({ request }) => {
      seen.push(Object.assign(new URL(request.url), { authorization: request.headers.get('Authorization') }));
      return HttpResponse.json(body as never, init);
    }),
  );
  return seen;
}

/** Fails unless the key is absent from everything an error carries. */
function expectNoKey(error: ProviderError) {
  expect(error.message).not.toContain(KEY);
  expect(String(error)).not.toContain(KEY);
  expect(JSON.stringify(error)).not.toContain(KEY);
  expect(error.cause).toBeUndefined();
}

describe('fetchDaily', () => {
  it('asks for the range with the key in a header (never the address) and reads close and adjClose by date', async () => {
    const seen = serve(spyJuly);
    const bars = await tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25');
    expect(seen[0]!.pathname).toBe('/tiingo/daily/SPY/prices');
    expect(Object.fromEntries(seen[0]!.searchParams)).toEqual({ startDate: '2025-07-21', endDate: '2025-07-25' });
    expect(seen[0]!.authorization).toBe(`Token ${KEY}`);
    expect(bars).toEqual([
      { date: '2025-07-21', close: 628.77, adjClose: 621.8794 },
      { date: '2025-07-22', close: 628.86, adjClose: 621.9685 },
      { date: '2025-07-23', close: 634.21, adjClose: 627.2598 },
      { date: '2025-07-24', close: 634.42, adjClose: 627.4674 },
      { date: '2025-07-25', close: 637.1, adjClose: 630.1181 },
    ]);
  });

  it('drops the bar of a session not yet closed, and bars outside the range', async () => {
    serve(spyJuly);
    const friday3pm = Date.parse('2025-07-25T19:00:00Z');
    const bars = await tiingo({ now: () => friday3pm }).fetchDaily('SPY', '2025-07-22', '2025-07-25');
    expect(bars.map((b) => b.date)).toEqual(['2025-07-22', '2025-07-23', '2025-07-24']);
  });

  it('skips a null close, and leaves out a null adjClose', async () => {
    serve([{ ...spyJuly[0], close: null }, { ...spyJuly[1], adjClose: null }]);
    expect(await tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25')).toEqual([{ date: '2025-07-22', close: 628.86 }]);
  });

  it('needs a key', () => {
    expect(() => createTiingoProvider({ apiKey: ' ' })).toThrow('Tiingo needs an API key.');
  });
});

describe('fetchDaily: failures, never with the key', () => {
  it('maps the 404 "Ticker not found" to unknown_symbol', async () => {
    serve(tickerNotFound, { status: 404 });
    const error = await providerError(tiingo().fetchDaily('NOSUCH', '2025-07-21', '2025-07-25'));
    expect(error).toMatchObject({ kind: 'unknown_symbol', message: 'Tiingo has no symbol NOSUCH.' });
    expectNoKey(error);
  });

  it('maps a refused key to unavailable, saying so', async () => {
    serve(invalidToken, { status: 401 });
    const error = await providerError(tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25'));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Tiingo refused the API key: check the key in the server settings.' });
    expectNoKey(error);
  });

  it('maps 429 to rate_limited with the Retry-After wait', async () => {
    serve({ detail: 'Error: You have run over your hourly request allocation.' }, { status: 429, headers: { 'Retry-After': '3600' } });
    const error = await providerError(tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25'));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 3600 });
    expectNoKey(error);
  });

  it('blanks out a key the server echoes in a refusal sent with 200', async () => {
    serve({ detail: `Error: token ${KEY} is over its allocation of requests` });
    const error = await providerError(tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25'));
    expect(error.kind).toBe('rate_limited');
    expectNoKey(error);
    serve({ detail: `Something odd happened to ${KEY}` });
    const odd = await providerError(tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25'));
    expect(odd).toMatchObject({ kind: 'unavailable', message: 'Tiingo refused SPY: Something odd happened to [redacted].' });
    expectNoKey(odd);
  });

  it.each([
    ['a 5xx', () => new HttpResponse(`upstream error for ?token=${KEY}`, { status: 503 })],
    ['a network error', () => HttpResponse.error()],
    ['invalid JSON', () => new HttpResponse(`[{"date": "${KEY}"`, { headers: { 'Content-Type': 'application/json' } })],
    ['another shape', () => HttpResponse.json([{ date: KEY, close: 1 }])],
  ])('keeps the key out of %s', async (_, resolver) => {
    server.use(http.get(PRICES, resolver));
    const error = await providerError(tiingo().fetchDaily('SPY', '2025-07-21', '2025-07-25'));
    expectNoKey(error);
    expect(error.message).toContain('Tiingo');
  });

  it('keeps the key out of a timeout', async () => {
    server.use(http.get(PRICES, hang()));
    const error = await providerError(tiingo({ timeoutMs: 40 }).fetchDaily('SPY', '2025-07-21', '2025-07-25'));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Tiingo (tiingo.test/tiingo/daily/SPY/prices) did not answer within 40 ms.' });
    expectNoKey(error);
  });
});
