// The `rest` adapter against test-local MSW handlers: what a caller gets back for each
// answer a server can give (docs/definitions.md#rest-contract), and what it sends.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DataSourceError, type DataAdapter } from '@/adapters/data-adapter';
import { createRestAdapter, type RestAdapterConfig } from '@/adapters/rest/rest-adapter';
import { server } from '../../mocks/node';

const BASE = 'http://api.test/v1';
const TOKEN = 'sk-test-7f3a9c1e5b';

function adapter(extra: Partial<RestAdapterConfig> = {}): DataAdapter {
  return createRestAdapter({ id: 'rest', label: 'My API', baseUrl: BASE, ...extra });
}

const query = { symbols: ['SPY'], from: '2025-01-01', to: '2025-12-31' };

/** Serves `body` (with `init`) at {BASE}/{path}. */
function serve(path: string, body: unknown, init?: ResponseInit) {
  server.use(http.get(`${BASE}/${path}`, () => HttpResponse.json(body as never, init)));
}

function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** The DataSourceError a promise rejects with (fails the test if it resolves or rejects otherwise). */
async function dataSourceError(promise: Promise<unknown>): Promise<DataSourceError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a rejection, got a value');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataSourceError);
  return error as DataSourceError;
}

const bar = (date: string, close: number) => ({ date, close, adjClose: close });

describe('getPrices: success', () => {
  it('parses the series and sorts unsorted bars ascending', async () => {
    serve('prices', {
      series: [
        {
          symbol: 'SPY',
          currency: 'USD',
          bars: [bar('2025-01-03', 102), bar('2025-01-02', 101), bar('2025-01-06', 103)],
        },
        { symbol: 'QQQ', bars: [{ date: '2025-01-02', close: 500, volume: 0 }] },
      ],
      unknown: ['ZZZ'],
    });
    const series = await adapter().getPrices({ symbols: ['SPY', 'QQQ', 'ZZZ'] });
    expect(series).toEqual([
      {
        symbol: 'SPY',
        currency: 'USD',
        bars: [bar('2025-01-02', 101), bar('2025-01-03', 102), bar('2025-01-06', 103)],
      },
      { symbol: 'QQQ', bars: [{ date: '2025-01-02', close: 500, volume: 0 }] },
    ]);
  });

  it('passes symbols, from and to as query parameters', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${BASE}/prices`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({ series: [] });
      }),
    );
    await adapter().getPrices({ symbols: ['SPY', 'QQQ'], from: '2025-01-01', to: '2025-07-25' });
    expect(seen?.origin + (seen?.pathname ?? '')).toBe(`${BASE}/prices`);
    expect(seen?.searchParams.get('symbols')).toBe('SPY,QQQ');
    expect(seen?.searchParams.get('from')).toBe('2025-01-01');
    expect(seen?.searchParams.get('to')).toBe('2025-07-25');
  });

  it('leaves out from and to when the query has none', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${BASE}/prices`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({ series: [] });
      }),
    );
    await adapter().getPrices({ symbols: ['SPY'] });
    expect([...(seen?.searchParams.keys() ?? [])]).toEqual(['symbols']);
  });
});

describe('authorization', () => {
  function recordAuthorization(status: number, body: unknown) {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/prices`, ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json(body as never, { status });
      }),
    );
    return seen;
  }

  it('sends Authorization: Bearer <token> when a token is configured', async () => {
    const seen = recordAuthorization(200, { series: [] });
    await adapter({ token: TOKEN }).getPrices(query);
    expect(seen).toEqual([`Bearer ${TOKEN}`]);
  });

  it('sends no Authorization header without a token', async () => {
    const seen = recordAuthorization(200, { series: [] });
    await adapter().getPrices(query);
    expect(seen).toEqual([null]);
  });

  it('never puts the token in the request URL', async () => {
    let url = '';
    server.use(
      http.get(`${BASE}/prices`, ({ request }) => {
        url = request.url;
        return HttpResponse.json({ series: [] });
      }),
    );
    await adapter({ token: TOKEN }).getPrices(query);
    expect(url).not.toBe('');
    expect(url).not.toContain(TOKEN);
  });

  it.each([
    [500, 'server', errorBody('internal', 'Database is down')],
    [401, 'unauthorized', errorBody('unauthorized', 'Invalid API key')],
    [401, 'unauthorized', 'no body in the contract shape'],
    [401, 'unauthorized', errorBody('unauthorized', `Invalid key Bearer ${TOKEN}`)],
  ] as const)('keeps the token out of the message of a %s (%s)', async (status, code, body) => {
    const seen = recordAuthorization(status, body);
    const error = await dataSourceError(adapter({ token: TOKEN }).getPrices(query));
    expect(seen).toEqual([`Bearer ${TOKEN}`]);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).not.toContain(TOKEN);
    expect(String(error)).not.toContain(TOKEN);
  });
});

describe('getPrices: error statuses', () => {
  it('turns a 404 unknown_symbol into code unknown_symbol with the server message', async () => {
    serve('prices', errorBody('unknown_symbol', 'Unknown symbol: ZZZ'), { status: 404 });
    const error = await dataSourceError(adapter().getPrices({ symbols: ['ZZZ'] }));
    expect(error.code).toBe('unknown_symbol');
    expect(error.status).toBe(404);
    expect(error.message).toContain('Unknown symbol: ZZZ');
    expect(error.retryable).toBe(false);
  });

  it('turns a 404 without unknown_symbol into not_found', async () => {
    serve('prices', errorBody('not_found', 'No such route'), { status: 404 });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('not_found');
  });

  it('turns a 500 into a retryable server error', async () => {
    serve('prices', errorBody('internal', 'Something broke'), { status: 500 });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('server');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('My API');
    expect(error.message).toContain('Something broke');
  });

  it('names the source and the status when a 500 has no contract error body', async () => {
    server.use(http.get(`${BASE}/prices`, () => new HttpResponse('<html>oops</html>', { status: 502 })));
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('server');
    expect(error.message).toContain('My API');
    expect(error.message).toContain('502');
    expect(error.message).not.toContain('<html>');
  });

  it('turns a 400 into bad_request, not retryable', async () => {
    serve('prices', errorBody('bad_request', 'from must be a date as YYYY-MM-DD'), { status: 400 });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('bad_request');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('from must be a date as YYYY-MM-DD');
  });

  it.each([405, 409, 413, 422])('turns any other 4xx (%s) into bad_request: the request was refused, retrying will not help', async (status) => {
    serve('prices', errorBody('refused', 'Not like this'), { status });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('bad_request');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('Not like this');
  });

  it.each([401, 403])('turns a %s into unauthorized', async (status) => {
    serve('prices', errorBody('unauthorized', 'Invalid API key'), { status });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('unauthorized');
    expect(error.retryable).toBe(false);
  });

  it('turns a 429 with Retry-After: 7 into rate_limited with retryAfter 7', async () => {
    serve('prices', errorBody('rate_limited', 'Slow down'), { status: 429, headers: { 'Retry-After': '7' } });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(7);
    expect(error.retryable).toBe(true);
  });

  it('caps a long server message', async () => {
    serve('prices', errorBody('internal', 'x'.repeat(5000)), { status: 500 });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('Retry-After', () => {
  it('is undefined when the server does not send it', async () => {
    serve('prices', errorBody('internal', 'bad'), { status: 500 });
    expect((await dataSourceError(adapter().getPrices(query))).retryAfter).toBeUndefined();
  });

  it('reads an HTTP date as seconds from now', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    serve('prices', errorBody('rate_limited', 'slow down'), { status: 429, headers: { 'Retry-After': inTenSeconds } });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.retryAfter).toBeGreaterThanOrEqual(8);
    expect(error.retryAfter).toBeLessThanOrEqual(10);
  });
});

describe('getPrices: invalid payloads', () => {
  it('reports malformed JSON as invalid_payload', async () => {
    server.use(
      http.get(`${BASE}/prices`, () => new HttpResponse('{not json', { headers: { 'Content-Type': 'application/json' } })),
    );
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('invalid_payload');
    expect(error.retryable).toBe(false);
  });

  it.each([
    ['a close of 0', { series: [{ symbol: 'SPY', bars: [bar('2025-01-02', 100), { date: '2025-01-03', close: 0 }] }] }, 'series.0.bars.1.close'],
    ['a negative close', { series: [{ symbol: 'SPY', bars: [{ date: '2025-01-02', close: -1 }] }] }, 'series.0.bars.0.close'],
    ['the date 2025-02-30', { series: [{ symbol: 'SPY', bars: [{ date: '2025-02-30', close: 1 }] }] }, 'series.0.bars.0.date'],
    ['no series', { data: [] }, 'series'],
    ['the ticker "bad ticker"', { series: [{ symbol: 'SPY', bars: [] }, { symbol: 'bad ticker', bars: [] }] }, 'series.1.symbol'],
  ])('reports %s as invalid_payload naming the field', async (_, body, path) => {
    serve('prices', body);
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain(`${path}:`);
  });

  it('reports two bars on one date as invalid_payload naming the symbol and the date', async () => {
    serve('prices', {
      series: [{ symbol: 'QQQ', bars: [bar('2025-01-03', 2), bar('2025-01-02', 1), bar('2025-01-03', 3)] }],
    });
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain('QQQ');
    expect(error.message).toContain('2025-01-03');
  });
});

describe('getPrices: transport failures', () => {
  it('gives up after timeoutMs with code timeout', async () => {
    server.use(
      http.get(`${BASE}/prices`, async () => {
        await delay(500);
        return HttpResponse.json({ series: [] });
      }),
    );
    const started = Date.now();
    const error = await dataSourceError(adapter({ timeoutMs: 50 }).getPrices(query));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('My API (/v1/prices) did not answer within 50 ms.');
    expect(error.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it("rejects with the caller's abort, not a DataSourceError", async () => {
    let reached!: () => void;
    const handlerReached = new Promise<void>((resolve) => (reached = resolve));
    server.use(
      http.get(`${BASE}/prices`, async () => {
        reached();
        await delay(500);
        return HttpResponse.json({ series: [] });
      }),
    );
    const controller = new AbortController();
    const pending = adapter().getPrices(query, { signal: controller.signal });
    const settled = pending.then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await handlerReached;
    controller.abort();
    const result = await settled;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).not.toBeInstanceOf(DataSourceError);
    expect((result.error as { name?: unknown }).name).toBe('AbortError');
  });

  it('turns a network error into code network', async () => {
    server.use(http.get(`${BASE}/prices`, () => HttpResponse.error()));
    const error = await dataSourceError(adapter().getPrices(query));
    expect(error.code).toBe('network');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(`My API at ${new URL(BASE).host} could not be reached. Check the connection or the address.`);
  });
});

describe('getEvents', () => {
  const event = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    date: '2025-04-02',
    title: `Event ${id}`,
    tags: ['tariffs'],
    ...extra,
  });

  it('keeps http(s) urls and drops other schemes, keeping the event', async () => {
    serve('events', {
      events: [
        event('a', { url: 'https://example.com/a' }),
        event('b', { url: 'http://example.com/b' }),
        event('c', { url: 'javascript:alert(1)' }),
        event('d', { url: 'ftp://x' }),
      ],
    });
    const events = await adapter().getEvents({ symbols: [] });
    expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(events.map((e) => e.url)).toEqual(['https://example.com/a', 'http://example.com/b', undefined, undefined]);
    expect(events.find((e) => e.id === 'c')).not.toHaveProperty('url');
    expect(events.find((e) => e.id === 'd')).toMatchObject({ title: 'Event d', tags: ['tariffs'] });
  });

  it('sorts events by date and defaults tags to []', async () => {
    serve('events', {
      events: [event('late', { date: '2025-05-01' }), { id: 'early', date: '2025-01-02', title: 'Early' }],
    });
    const events = await adapter().getEvents({ symbols: [] });
    expect(events).toEqual([
      { id: 'early', date: '2025-01-02', title: 'Early', tags: [] },
      { ...event('late', { date: '2025-05-01' }) },
    ]);
  });

  it('rejects an event whose endDate is before its date', async () => {
    serve('events', { events: [event('ok'), event('bad', { date: '2025-04-09', endDate: '2025-04-08' })] });
    const error = await dataSourceError(adapter().getEvents({ symbols: [] }));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain('events.1');
    expect(error.message).toContain('endDate');
  });

  it('keeps an importance of major or minor, and rejects any other', async () => {
    serve('events', { events: [event('minor', { importance: 'minor' }), event('major', { importance: 'major' }), event('plain')] });
    const events = await adapter().getEvents({ symbols: [] });
    expect(events.map((e) => e.importance)).toEqual(['minor', 'major', undefined]);

    serve('events', { events: [event('ok'), event('loud', { importance: 'critical' })] });
    const error = await dataSourceError(adapter().getEvents({ symbols: [] }));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain('events.1.importance');
  });

  it('accepts an endDate equal to date', async () => {
    serve('events', { events: [event('same', { endDate: '2025-04-02' })] });
    const events = await adapter().getEvents({ symbols: [] });
    expect(events).toEqual([event('same', { endDate: '2025-04-02' })]);
  });
});

describe('getSentiment', () => {
  it('parses days and sorts them', async () => {
    serve('sentiment', {
      series: [
        {
          symbol: 'SPY',
          days: [
            { date: '2025-01-03', bullish: 1, bearish: 1, messages: 5 },
            { date: '2025-01-02', bullish: 2, bearish: 3, messages: 5 },
          ],
        },
      ],
    });
    const series = await adapter().getSentiment(query);
    expect(series).toEqual([
      {
        symbol: 'SPY',
        days: [
          { date: '2025-01-02', bullish: 2, bearish: 3, messages: 5 },
          { date: '2025-01-03', bullish: 1, bearish: 1, messages: 5 },
        ],
      },
    ]);
  });

  it('rejects a day with fewer messages than bullish + bearish', async () => {
    serve('sentiment', {
      series: [{ symbol: 'SPY', days: [{ date: '2025-01-02', bullish: 3, bearish: 3, messages: 5 }] }],
    });
    const error = await dataSourceError(adapter().getSentiment(query));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain('series.0.days.0');
    expect(error.message).toContain('messages must be at least bullish + bearish');
  });
});

describe('getSymbols', () => {
  it('sorts symbols by ticker', async () => {
    serve('symbols', {
      symbols: [
        { symbol: 'SPY', name: 'S&P 500' },
        { symbol: 'EEM', name: 'Emerging markets' },
        { symbol: 'QQQ', name: 'Nasdaq 100' },
      ],
    });
    const symbols = await adapter().getSymbols();
    expect(symbols.map((s) => s.symbol)).toEqual(['EEM', 'QQQ', 'SPY']);
    expect(symbols[0]).toEqual({ symbol: 'EEM', name: 'Emerging markets' });
  });
});

describe('checkHealth', () => {
  it('is ok with a message counting the symbols', async () => {
    serve('symbols', {
      symbols: [
        { symbol: 'SPY', name: 'S&P 500' },
        { symbol: 'QQQ', name: 'Nasdaq 100' },
        { symbol: 'GLD', name: 'Gold' },
      ],
    });
    const health = await adapter().checkHealth();
    expect(health.ok).toBe(true);
    expect(health.message).toContain('3 symbols');
  });

  it('is not ok, without throwing, with the error message on a 500', async () => {
    serve('symbols', errorBody('internal', 'Database is down'), { status: 500 });
    const health = await adapter({ token: TOKEN }).checkHealth();
    expect(health.ok).toBe(false);
    expect(health.message).toContain('Database is down');
    expect(health.message).not.toContain(TOKEN);
  });

  it('works when called detached from the adapter, as a query function would', async () => {
    serve('symbols', { symbols: [{ symbol: 'SPY', name: 'S&P 500' }] });
    const { checkHealth } = adapter();
    expect(await checkHealth()).toEqual({ ok: true, message: 'My API answered with 1 symbol.' });
  });

  it('is not ok, without throwing, when the server cannot be reached', async () => {
    server.use(http.get(`${BASE}/symbols`, () => HttpResponse.error()));
    const health = await adapter().checkHealth();
    expect(health).toEqual({ ok: false, message: expect.stringContaining('My API') });
  });
});
