// The `alphavantage` adapter against MSW handlers serving recorded-format fixtures
// (mocks/providers/alphavantage): what a caller gets for each answer Alpha Vantage can
// give, what is sent, what is cached, and that the API key never leaks into a message.
import { createHash } from 'node:crypto';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ALPHA_VANTAGE_CACHE_TTL_MS,
  createAlphaVantageAdapter,
  createIdbCache,
  createMemoryCache,
  type AlphaVantageAdapterConfig,
  type AlphaVantageCache,
} from '@/adapters/alphavantage/alphavantage-adapter';
import { alphaVantageSourceKey, apiKeyTag } from '@/adapters/alphavantage/source-key';
import { DataSourceError, type DataAdapter } from '@/adapters/data-adapter';
import { shouldRetry } from '@/lib/query-client';
import { eventsResponse, parsePayload } from '@/adapters/schemas';
import { server } from '../../mocks/node';
import {
  ALPHA_VANTAGE_URL,
  AV_INVALID_KEY,
  AV_PREMIUM_KEY,
  AV_RATE_LIMITED_KEY,
  alphaVantageFixtures,
  createAlphaVantageHandlers,
} from '../../mocks/providers/alphavantage-handlers';

const KEY = 'AVTESTKEY7F3A9C1';
const HOUR = 3_600_000;
/** The day after the fixtures' last bar: 2025-07-26 12:00 UTC. */
const NOW = Date.UTC(2025, 6, 26, 12);

function adapter(extra: Partial<AlphaVantageAdapterConfig> = {}): DataAdapter {
  return createAlphaVantageAdapter({ apiKey: KEY, cache: createMemoryCache(), now: () => NOW, ...extra });
}

/** Serves the fixtures; returns the URLs of the requests made. */
function serveAlphaVantage(): URL[] {
  const seen: URL[] = [];
  server.use(...createAlphaVantageHandlers({ onRequest: (url) => seen.push(url) }));
  return seen;
}

/** Answers every request with `body` (and `init`); returns the URLs of the requests made. */
function serveBody(body: unknown, init?: ResponseInit): URL[] {
  const seen: URL[] = [];
  server.use(
    http.get(ALPHA_VANTAGE_URL, ({ request }) => {
      seen.push(new URL(request.url));
      return HttpResponse.json(body as never, init);
    }),
  );
  return seen;
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

function expectNoKey(error: DataSourceError, key = KEY) {
  expect(error.message).not.toContain(key);
  expect(String(error)).not.toContain(key);
  expect(error.cause).toBeUndefined();
}

const params = (url: URL | undefined) => Object.fromEntries(url?.searchParams ?? []);
const spyJuly = { symbols: ['SPY'], from: '2025-07-01', to: '2025-07-31' };

describe('adapter description', () => {
  it('is the alphavantage source with all three capabilities and a key without the API key', () => {
    const a = adapter();
    expect(a.id).toBe('alphavantage');
    expect(a.label).toBe('Alpha Vantage');
    expect(a.capabilities).toEqual({ prices: true, sentiment: true, events: true });
    expect(a.key).toMatch(/^alphavantage:https:\/\/www\.alphavantage\.co\/query:[0-9a-f]{8}$/);
    expect(a.key).not.toContain(KEY);
    expect(adapter({ apiKey: 'ANOTHERKEY000000' }).key).not.toBe(a.key);
  });

  it('has no symbol list', async () => {
    const seen = serveAlphaVantage();
    expect(await adapter().getSymbols()).toEqual([]);
    expect(seen).toHaveLength(0);
  });
});

describe('getPrices', () => {
  it('parses the string numbers, sorts bars ascending and keeps only from..to', async () => {
    const seen = serveAlphaVantage();
    const series = await adapter().getPrices({ symbols: ['SPY'], from: '2025-07-16', to: '2025-07-23' });
    expect(series).toHaveLength(1);
    expect(series[0]!.symbol).toBe('SPY');
    const bars = series[0]!.bars;
    expect(bars.map((b) => b.date)).toEqual(['2025-07-16', '2025-07-17', '2025-07-18', '2025-07-21', '2025-07-22', '2025-07-23']);
    expect(bars[0]).toEqual({ date: '2025-07-16', open: 311.87, high: 312.365, low: 309.025, close: 312.11, volume: 44493750 });
    expect(bars.at(-1)).toEqual({ date: '2025-07-23', open: 315.775, high: 317.105, low: 314.795, close: 317.105, volume: 35604200 });
    // TIME_SERIES_DAILY is unadjusted: no adjClose, so the total basis falls back to close.
    expect(bars.every((b) => !('adjClose' in b))).toBe(true);
    expect(seen).toHaveLength(1);
    expect(params(seen[0])).toEqual({ function: 'TIME_SERIES_DAILY', symbol: 'SPY', outputsize: 'compact', apikey: KEY });
  });

  it('returns [] for no symbols without a request', async () => {
    const seen = serveAlphaVantage();
    expect(await adapter().getPrices({ symbols: [] })).toEqual([]);
    expect(seen).toHaveLength(0);
  });

  it('falls back to compact when full history is premium, says so once, and then asks for compact directly', async () => {
    const seen = serveAlphaVantage();
    const notices: string[] = [];
    const a = adapter({ onNotice: (m) => notices.push(m) });
    const series = await a.getPrices({ symbols: ['SPY'] });
    expect(series[0]!.bars).toHaveLength(10);
    expect(series[0]!.bars[0]!.date).toBe('2025-07-14');
    expect(seen.map((u) => u.searchParams.get('outputsize'))).toEqual(['full', 'compact']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('premium plan');
    expect(notices[0]).toContain('latest 100 trading days');
    expect(notices[0]).not.toContain(KEY);

    await a.getPrices({ symbols: ['SPY'], from: '2020-01-01' });
    expect(seen).toHaveLength(2); // compact is cached; full is not asked for again
    expect(notices).toHaveLength(1);
  });

  it('asks for full history with a premium key, without a notice', async () => {
    const seen = serveAlphaVantage();
    const notices: string[] = [];
    const series = await adapter({ apiKey: AV_PREMIUM_KEY, onNotice: (m) => notices.push(m) }).getPrices({ symbols: ['SPY'], from: '2020-01-01' });
    expect(series[0]!.bars).toHaveLength(10);
    expect(seen.map((u) => u.searchParams.get('outputsize'))).toEqual(['full']);
    expect(notices).toEqual([]);
  });

  it('leaves out a symbol Alpha Vantage does not know and keeps the rest', async () => {
    serveAlphaVantage();
    const series = await adapter().getPrices({ symbols: ['ZZZZ', 'SPY'], from: '2025-07-20' });
    expect(series.map((s) => s.symbol)).toEqual(['SPY']);
  });

  it('turns "Invalid API call" for the only symbol into unknown_symbol naming it', async () => {
    serveAlphaVantage();
    const error = await dataSourceError(adapter().getPrices({ symbols: ['ZZZZ'], from: '2025-07-20' }));
    expect(error.code).toBe('unknown_symbol');
    expect(error.message).toContain('ZZZZ');
    expect(error.message).toContain('Invalid API call');
    expect(error.retryable).toBe(false);
  });

  it('rejects a malformed ticker without a request', async () => {
    const seen = serveAlphaVantage();
    const error = await dataSourceError(adapter().getPrices({ symbols: ['bad ticker'] }));
    expect(error.code).toBe('bad_request');
    expect(seen).toHaveLength(0);
  });
});

describe('getSentiment', () => {
  it('counts articles per UTC day: bullish, bearish and messages (hand-computed from the fixture)', async () => {
    const seen = serveAlphaVantage();
    const series = await adapter().getSentiment({ symbols: ['SPY', 'QQQ'] });
    expect(series).toEqual([
      {
        symbol: 'SPY',
        days: [
          // 23rd: Bearish
          { date: '2025-07-23', bullish: 0, bearish: 1, messages: 1 },
          // 24th: Bullish, Neutral
          { date: '2025-07-24', bullish: 1, bearish: 0, messages: 2 },
          // 25th: Somewhat-Bearish, Somewhat-Bullish, Bullish
          { date: '2025-07-25', bullish: 2, bearish: 1, messages: 3 },
        ],
      },
      // QQQ is mentioned once, Bullish.
      { symbol: 'QQQ', days: [{ date: '2025-07-25', bullish: 1, bearish: 0, messages: 1 }] },
    ]);
    expect(seen.map(params)).toEqual([
      { function: 'NEWS_SENTIMENT', tickers: 'SPY', limit: '1000', apikey: KEY },
      { function: 'NEWS_SENTIMENT', tickers: 'QQQ', limit: '1000', apikey: KEY },
    ]);
  });

  it('sends time_from as YYYYMMDDTHHMM and keeps only from..to', async () => {
    const seen = serveAlphaVantage();
    const series = await adapter().getSentiment({ symbols: ['SPY'], from: '2025-07-24', to: '2025-07-24' });
    expect(seen[0]?.searchParams.get('time_from')).toBe('20250724T0000');
    expect(series).toEqual([{ symbol: 'SPY', days: [{ date: '2025-07-24', bullish: 1, bearish: 0, messages: 2 }] }]);
  });

  it('maps all five labels (either spelling of Somewhat-) and counts only articles with an entry for the symbol', async () => {
    const article = (time: string, label: string, ticker = 'SPY') => ({
      title: `${label} at ${time}`,
      url: `https://example.com/${time}`,
      time_published: time,
      summary: '',
      source: 'Example',
      topics: [],
      ticker_sentiment: [{ ticker, relevance_score: '0.5', ticker_sentiment_score: '0.0', ticker_sentiment_label: label }],
    });
    serveBody({
      items: '8',
      feed: [
        article('20250102T100000', 'Bullish'),
        article('20250102T110000', 'Somewhat-Bullish'),
        article('20250102T120000', 'Somewhat_Bullish'),
        article('20250102T130000', 'Neutral'),
        article('20250102T140000', 'Somewhat-Bearish'),
        article('20250102T150000', 'Somewhat_Bearish'),
        article('20250102T160000', 'Bearish'),
        article('20250102T170000', 'Bullish', 'AAPL'),
        // 23:59:59 UTC is still the 2nd; a minute later is the 3rd.
        article('20250102T235959', 'Neutral'),
        article('20250103T000000', 'Bearish'),
      ],
    });
    const series = await adapter().getSentiment({ symbols: ['SPY'] });
    expect(series[0]!.days).toEqual([
      { date: '2025-01-02', bullish: 3, bearish: 3, messages: 8 },
      { date: '2025-01-03', bullish: 0, bearish: 1, messages: 1 },
    ]);
  });

  it('counts the same article listed twice once', async () => {
    const a = {
      title: 'Twice',
      url: 'https://example.com/twice',
      time_published: '20250102T100000',
      ticker_sentiment: [{ ticker: 'SPY', ticker_sentiment_label: 'Bullish' }],
    };
    serveBody({ items: '2', feed: [a, a] });
    const series = await adapter().getSentiment({ symbols: ['SPY'] });
    expect(series[0]!.days).toEqual([{ date: '2025-01-02', bullish: 1, bearish: 0, messages: 1 }]);
  });

  it('answers a symbol with no news with an empty series', async () => {
    serveBody({ items: '0', feed: [] });
    expect(await adapter().getSentiment({ symbols: ['SPY'] })).toEqual([{ symbol: 'SPY', days: [] }]);
  });

  it('leaves out a symbol Alpha Vantage has no news for ("Invalid inputs")', async () => {
    serveAlphaVantage();
    const series = await adapter().getSentiment({ symbols: ['SPY', 'ZZZZ'] });
    expect(series.map((s) => s.symbol)).toEqual(['SPY']);
    const error = await dataSourceError(adapter().getSentiment({ symbols: ['ZZZZ'] }));
    expect(error.code).toBe('unknown_symbol');
    expect(error.message).toContain('ZZZZ');
  });
});

describe('getEvents', () => {
  it('turns the news feed into events tagged news, oldest first, with the javascript: url dropped', async () => {
    serveAlphaVantage();
    const events = await adapter().getEvents({ symbols: ['SPY'] });
    expect(events).toHaveLength(6);
    expect(events.map((e) => e.date)).toEqual(['2025-07-23', '2025-07-24', '2025-07-24', '2025-07-25', '2025-07-25', '2025-07-25']);
    expect(events.every((e) => e.tags.length === 1 && e.tags[0] === 'news')).toBe(true);
    expect(events.every((e) => e.symbols?.length === 1 && e.symbols[0] === 'SPY')).toBe(true);

    const wrap = events.find((e) => e.title === 'Market wrap: a quiet session before Fed week');
    expect(wrap).toBeDefined();
    expect(wrap).not.toHaveProperty('url');
    expect(wrap).toMatchObject({ date: '2025-07-24', source: 'Daily Brief', summary: expect.stringContaining('Federal Reserve') });

    const record = events.at(-1)!;
    expect(record).toMatchObject({
      title: 'Stocks close at a record as trade-deal optimism builds',
      source: 'Market Wire',
      url: 'https://news.example.com/markets/2025/07/25/stocks-close-at-record',
    });
    // The contract's own schema accepts them.
    expect(() => parsePayload(eventsResponse, { events }, 'events')).not.toThrow();
  });

  it('gives each event a stable, unique, URL-safe id', async () => {
    serveAlphaVantage();
    const first = await adapter().getEvents({ symbols: ['SPY'] });
    const again = await adapter().getEvents({ symbols: ['SPY'] });
    const ids = first.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.~-]{1,100}$/);
    expect(again.map((e) => e.id)).toEqual(ids);
  });

  it('names the requested symbols an article mentions, and lists an article once across symbols', async () => {
    serveAlphaVantage();
    const events = await adapter().getEvents({ symbols: ['QQQ', 'SPY'] });
    expect(events).toHaveLength(6);
    const tech = events.find((e) => e.title.startsWith('Tech leads gains'));
    expect(tech?.symbols).toEqual(['QQQ', 'SPY']);
    expect(events.filter((e) => e.symbols?.includes('QQQ'))).toHaveLength(1);
  });

  it('asks for topics=economy_macro when no symbol is requested, and the events are market-wide', async () => {
    const seen = serveAlphaVantage();
    const events = await adapter().getEvents({ symbols: [], from: '2025-07-25' });
    expect(params(seen[0])).toEqual({
      function: 'NEWS_SENTIMENT',
      topics: 'economy_macro',
      time_from: '20250725T0000',
      limit: '1000',
      apikey: KEY,
    });
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.symbols === undefined)).toBe(true);
  });

  it('keeps only events within from..to', async () => {
    serveAlphaVantage();
    const events = await adapter().getEvents({ symbols: ['SPY'], to: '2025-07-23' });
    expect(events.map((e) => e.date)).toEqual(['2025-07-23']);
  });
});

describe('refusals sent as HTTP 200', () => {
  it('turns the daily rate limit into rate_limited with a clear message and the provider sentence', async () => {
    serveAlphaVantage();
    const error = await dataSourceError(adapter({ apiKey: AV_RATE_LIMITED_KEY }).getPrices(spyJuly));
    expect(error.code).toBe('rate_limited');
    expect(error.retryable).toBe(true);
    expect(error.retryAfter).toBe(86_400); // longer than the app waits by itself: no request spent on retries
    expect(shouldRetry(0, error)).toBe(false);
    expect(error.message).toContain('Alpha Vantage: the free plan allows 25 requests a day; wait or use a premium key.');
    expect(error.message).toContain('Our standard API rate limit is 25 requests per day');
  });

  it('recognises the older Note form of the rate limit', async () => {
    serveBody({
      Note: 'Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute and 500 calls per day. Please visit https://www.alphavantage.co/premium/ if you would like to target a higher API call frequency.',
    });
    const error = await dataSourceError(adapter().getSentiment(spyJuly));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBeGreaterThanOrEqual(60);
  });

  it('caps the provider sentence and blanks the key when Alpha Vantage echoes it', async () => {
    serveBody({
      Information: `We have detected your API key as ${KEY} and our standard API rate limit is 25 requests per day. ${'Please subscribe. '.repeat(40)}`,
    });
    const error = await dataSourceError(adapter().getPrices(spyJuly));
    expect(error.code).toBe('rate_limited');
    expect(error.message).toContain('[redacted]');
    expect(error.message.length).toBeLessThan(400);
    expectNoKey(error);
  });

  it('says which function needs a premium plan', async () => {
    serveBody({
      Information:
        'Thank you for using Alpha Vantage! This is a premium endpoint. You may subscribe to any of the premium plans at https://www.alphavantage.co/premium/ to instantly unlock all premium endpoints',
    });
    const error = await dataSourceError(adapter().getEvents({ symbols: ['SPY'] }));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('The NEWS_SENTIMENT function needs a premium plan');
    expect(error.retryable).toBe(false);
  });

  it('reports the premium notice for full history when the compact fallback is itself refused', async () => {
    serveBody(alphaVantageFixtures.premium);
    const error = await dataSourceError(adapter().getPrices({ symbols: ['SPY'] }));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('Full price history (TIME_SERIES_DAILY with outputsize=full) needs a premium plan');
  });

  it('turns an invalid key (Error Message) into unauthorized', async () => {
    serveAlphaVantage();
    const error = await dataSourceError(adapter({ apiKey: AV_INVALID_KEY }).getPrices(spyJuly));
    expect(error.code).toBe('unauthorized');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('rejected the API key');
    expectNoKey(error, AV_INVALID_KEY);
  });

  it('turns an invalid key (Information, as some endpoints send it) into unauthorized', async () => {
    serveBody({ Information: 'the parameter apikey is invalid or missing. Please claim your free API key on (https://www.alphavantage.co/support/#api-key).' });
    const error = await dataSourceError(adapter().getSentiment(spyJuly));
    expect(error.code).toBe('unauthorized');
  });

  it('needs a key before asking anything', async () => {
    const seen = serveAlphaVantage();
    const error = await dataSourceError(adapter({ apiKey: ' ' }).getPrices(spyJuly));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('needs an API key');
    expect(seen).toHaveLength(0);
  });

  it('turns any other Error Message into bad_request', async () => {
    serveBody({ 'Error Message': 'Invalid API call. Please retry or visit the documentation (https://www.alphavantage.co/documentation/) for NEWS_SENTIMENT.' });
    const error = await dataSourceError(adapter().getEvents({ symbols: [] }));
    expect(error.code).toBe('bad_request');
  });
});

describe('transport failures and malformed answers', () => {
  it('turns a 5xx into a retryable server error', async () => {
    server.use(http.get(ALPHA_VANTAGE_URL, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const error = await dataSourceError(adapter().getPrices(spyJuly));
    expect(error.code).toBe('server');
    expect(error.status).toBe(502);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('Alpha Vantage');
  });

  it.each([
    ['a close that is not a number', { ...alphaVantageFixtures.timeSeriesDailySpy, 'Time Series (Daily)': { '2025-07-25': { '1. open': '1', '2. high': '1', '3. low': '1', '4. close': 'n/a', '5. volume': '1' } } }, 'Time Series (Daily).2025-07-25.4. close'],
    ['a close of 0', { ...alphaVantageFixtures.timeSeriesDailySpy, 'Time Series (Daily)': { '2025-07-25': { '1. open': '1', '2. high': '1', '3. low': '1', '4. close': '0.0000', '5. volume': '1' } } }, 'Time Series (Daily).2025-07-25.4. close'],
    ['the date 2025-02-30', { ...alphaVantageFixtures.timeSeriesDailySpy, 'Time Series (Daily)': { '2025-02-30': { '1. open': '1', '2. high': '1', '3. low': '1', '4. close': '1', '5. volume': '1' } } }, 'Time Series (Daily).2025-02-30'],
    ['no series at all', { 'Meta Data': alphaVantageFixtures.timeSeriesDailySpy['Meta Data'] }, 'Time Series (Daily)'],
  ])('reports %s as invalid_payload naming the field', async (_, body, path) => {
    serveBody(body);
    const error = await dataSourceError(adapter().getPrices(spyJuly));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain(`${path}:`);
  });

  it('reports a news article without a title as invalid_payload', async () => {
    serveBody({ items: '1', feed: [{ url: 'https://example.com/a', time_published: '20250102T100000', ticker_sentiment: [] }] });
    const error = await dataSourceError(adapter().getSentiment(spyJuly));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain('feed.0.title');
  });

  it('reports a body that is not JSON as invalid_payload', async () => {
    server.use(http.get(ALPHA_VANTAGE_URL, () => new HttpResponse('{oops', { headers: { 'Content-Type': 'application/json' } })));
    const error = await dataSourceError(adapter().getPrices(spyJuly));
    expect(error.code).toBe('invalid_payload');
  });

  it('gives up after timeoutMs with code timeout', async () => {
    server.use(
      http.get(ALPHA_VANTAGE_URL, async () => {
        await delay(500);
        return HttpResponse.json(alphaVantageFixtures.timeSeriesDailySpy);
      }),
    );
    const error = await dataSourceError(adapter({ timeoutMs: 50 }).getPrices(spyJuly));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('Alpha Vantage (/query) did not answer within 50 ms.');
    expect(error.retryable).toBe(true);
  });

  it('turns a network error into code network', async () => {
    server.use(http.get(ALPHA_VANTAGE_URL, () => HttpResponse.error()));
    const error = await dataSourceError(adapter().getPrices(spyJuly));
    expect(error.code).toBe('network');
  });

  it("rejects with the caller's abort, not a DataSourceError", async () => {
    let reached!: () => void;
    const handlerReached = new Promise<void>((resolve) => (reached = resolve));
    server.use(
      http.get(ALPHA_VANTAGE_URL, async () => {
        reached();
        await delay(300);
        return HttpResponse.json(alphaVantageFixtures.timeSeriesDailySpy);
      }),
    );
    const controller = new AbortController();
    const settled = adapter()
      .getPrices(spyJuly, { signal: controller.signal })
      .then(
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
});

describe('the API key never leaves the request', () => {
  const scenarios: [string, () => void][] = [
    ['rate limit echoing the key', () => void serveBody({ Information: `We have detected your API key as ${KEY} and our standard API rate limit is 25 requests per day.` })],
    ['invalid key echoing the key', () => void serveBody({ 'Error Message': `the parameter apikey ${KEY} is invalid or missing.` })],
    ['premium', () => void serveBody({ Information: `This is a premium endpoint for ${KEY}.` })],
    ['unknown Information', () => void serveBody({ Information: `Something about ${KEY}` })],
    ['500 with the key in the body', () => void serveBody({ error: { code: 'internal', message: `bad key ${KEY}` } }, { status: 500 })],
    ['401 with the key in the body', () => void serveBody({ error: { code: 'unauthorized', message: `bad key ${KEY}` } }, { status: 401 })],
    ['network error', () => server.use(http.get(ALPHA_VANTAGE_URL, () => HttpResponse.error()))],
    ['malformed payload', () => void serveBody({ feed: [{ title: KEY }] })],
  ];

  it.each(scenarios)('keeps it out of the error for: %s', async (_, serve) => {
    serve();
    for (const call of [
      (a: DataAdapter) => a.getPrices(spyJuly),
      (a: DataAdapter) => a.getSentiment(spyJuly),
      (a: DataAdapter) => a.getEvents(spyJuly),
    ]) {
      const error = await dataSourceError(call(adapter()));
      expectNoKey(error);
    }
    const health = await adapter().checkHealth();
    expect(health.ok).toBe(false);
    expect(health.message).not.toContain(KEY);
  });

  it('sends it only as the apikey parameter of the request', async () => {
    const seen = serveAlphaVantage();
    await adapter().getPrices(spyJuly);
    expect(seen[0]?.searchParams.getAll('apikey')).toEqual([KEY]);
    expect(seen[0]?.pathname).toBe('/query');
  });
});

describe('cache', () => {
  it('answers a second identical call from the cache, without a request', async () => {
    const seen = serveAlphaVantage();
    const a = adapter();
    const first = await a.getPrices(spyJuly);
    const second = await a.getPrices(spyJuly);
    expect(second).toEqual(first);
    expect(seen).toHaveLength(1);
  });

  it('stores the raw JSON and its fetch time under a key without the API key', async () => {
    serveAlphaVantage();
    const cache = createMemoryCache();
    await adapter({ cache }).getPrices(spyJuly);
    const [[key, entry]] = [...cache.entries] as [[string, { fetchedAt: number; body: unknown }]];
    expect(key).toContain('TIME_SERIES_DAILY');
    expect(key).toContain('symbol=SPY');
    expect(key).toContain('outputsize=compact');
    expect(key).not.toContain(KEY);
    expect(entry).toEqual({ fetchedAt: NOW, body: alphaVantageFixtures.timeSeriesDailySpy });
  });

  it('uses an answer younger than 24 h and refetches one 25 hours old', async () => {
    const seen = serveAlphaVantage();
    let now = NOW;
    const a = adapter({ now: () => now });
    await a.getSentiment(spyJuly);
    now = NOW + 23 * HOUR;
    await a.getSentiment(spyJuly);
    expect(seen).toHaveLength(1);
    now = NOW + 25 * HOUR;
    await a.getSentiment(spyJuly);
    expect(seen).toHaveLength(2);
    expect(ALPHA_VANTAGE_CACHE_TTL_MS).toBe(24 * HOUR);
  });

  it('shares one feed between sentiment and events, even when asked at the same time', async () => {
    const seen = serveAlphaVantage();
    const a = adapter();
    const [sentiment, events] = await Promise.all([a.getSentiment(spyJuly), a.getEvents(spyJuly)]);
    expect(sentiment[0]!.days).toHaveLength(3);
    expect(events).toHaveLength(6);
    expect(seen).toHaveLength(1);
  });

  it('keeps two API keys apart', async () => {
    const seen = serveAlphaVantage();
    const cache = createMemoryCache();
    await adapter({ cache }).getPrices(spyJuly);
    await adapter({ cache, apiKey: 'ANOTHERKEY000000' }).getPrices(spyJuly);
    expect(seen).toHaveLength(2);
    expect(cache.entries.size).toBe(2);
  });

  it('never caches an error', async () => {
    let calls = 0;
    server.use(
      http.get(ALPHA_VANTAGE_URL, () => {
        calls += 1;
        return HttpResponse.json(calls === 1 ? alphaVantageFixtures.rateLimit : alphaVantageFixtures.timeSeriesDailySpy);
      }),
    );
    const cache = createMemoryCache();
    const a = adapter({ cache });
    expect((await dataSourceError(a.getPrices(spyJuly))).code).toBe('rate_limited');
    expect(cache.entries.size).toBe(0);
    expect(await a.getPrices(spyJuly)).toHaveLength(1);
    expect(calls).toBe(2);
  });

  it('refetches when a stored answer no longer validates', async () => {
    const seen = serveAlphaVantage();
    const cache = createMemoryCache();
    await adapter({ cache }).getPrices(spyJuly);
    for (const [key] of cache.entries) cache.entries.set(key, { fetchedAt: NOW, body: { broken: true } });
    expect((await adapter({ cache }).getPrices(spyJuly))[0]!.bars).toHaveLength(10);
    expect(seen).toHaveLength(2);
  });

  it('still answers when the cache itself fails', async () => {
    const seen = serveAlphaVantage();
    const broken: AlphaVantageCache = {
      get: () => Promise.reject(new Error('no IndexedDB')),
      set: () => Promise.reject(new Error('quota exceeded')),
    };
    expect((await adapter({ cache: broken }).getPrices(spyJuly))[0]!.bars).toHaveLength(10);
    expect(seen).toHaveLength(1);
  });

  it('defaults to IndexedDB, so a new adapter (a page reload) reuses the answer', async () => {
    const seen = serveAlphaVantage();
    const apiKey = `IDBKEY${Date.now()}`;
    const first = createAlphaVantageAdapter({ apiKey, now: () => NOW });
    await first.getPrices(spyJuly);
    const reloaded = createAlphaVantageAdapter({ apiKey, now: () => NOW });
    expect((await reloaded.getPrices(spyJuly))[0]!.bars).toHaveLength(10);
    expect(seen).toHaveLength(1);
  });

  it('reads back what the IndexedDB cache stored, and nothing for a damaged record', async () => {
    const cache = createIdbCache();
    await cache.set('k1', { fetchedAt: 42, body: { a: 1 } });
    expect(await cache.get('k1')).toEqual({ fetchedAt: 42, body: { a: 1 } });
    expect(await cache.get('missing')).toBeUndefined();
    await cache.set('k2', { fetchedAt: 'yesterday', body: 1 } as never);
    expect(await cache.get('k2')).toBeUndefined();
  });
});

describe('checkHealth', () => {
  it('is ok, says what it saw and that there is no symbol list', async () => {
    const seen = serveAlphaVantage();
    const health = await adapter().checkHealth();
    expect(health).toEqual({
      ok: true,
      message: 'Alpha Vantage accepted the key (SPY 318.55 on 2025-07-25). It offers no symbol list: type the tickers you want.',
    });
    expect(params(seen[0])).toEqual({ function: 'GLOBAL_QUOTE', symbol: 'SPY', apikey: KEY });
  });

  it('is not ok, without throwing, for an invalid key', async () => {
    serveAlphaVantage();
    const health = await adapter({ apiKey: AV_INVALID_KEY }).checkHealth();
    expect(health.ok).toBe(false);
    expect(health.message).toContain('rejected the API key');
    expect(health.message).not.toContain(AV_INVALID_KEY);
  });

  it('is not ok when rate limited, and when the network fails', async () => {
    serveAlphaVantage();
    expect(await adapter({ apiKey: AV_RATE_LIMITED_KEY }).checkHealth()).toEqual({
      ok: false,
      message: expect.stringContaining('25 requests a day'),
    });
    server.use(http.get(ALPHA_VANTAGE_URL, () => HttpResponse.error()));
    expect(await adapter().checkHealth()).toEqual({ ok: false, message: expect.stringContaining('Alpha Vantage') });
  });

  it('works when called detached from the adapter, and always asks (never the cache)', async () => {
    const seen = serveAlphaVantage();
    const { checkHealth } = adapter();
    expect((await checkHealth()).ok).toBe(true);
    expect((await checkHealth()).ok).toBe(true);
    expect(seen).toHaveLength(2);
  });
});

describe('apiKeyTag', () => {
  it.each(['', 'AVTESTKEY', 'é€😀'.repeat(30)])('is the salted SHA-256 of %j, cut short, and never the key', (key) => {
    const tag = apiKeyTag(key);
    expect(tag).toBe(createHash('sha256').update(`tradewinds-av:${key}`, 'utf8').digest('hex').slice(0, 16));
    expect(alphaVantageSourceKey(key)).not.toContain(key || 'never-empty');
  });
});
