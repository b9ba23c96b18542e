// @vitest-environment node
// The Yahoo price provider (server/providers/yahoo.ts) against MSW serving recorded
// v8 chart answers (mocks/providers/yahoo): what is asked, how bars are dated and
// filtered, and what each failure becomes.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../server/providers/provider';
import { createYahooProvider, type YahooOptions } from '../../../server/providers/yahoo';
import { server } from '../../../mocks/node';
import notFound from '../../../mocks/providers/yahoo/chart-not-found.json';
import nvdaJune from '../../../mocks/providers/yahoo/chart-nvda-2024-06.json';
import spyMarch from '../../../mocks/providers/yahoo/chart-spy-2025-03.json';
import { hang, providerError, rejection, signalled } from './provider-error';

const BASE = 'http://yahoo.test';
const CHART = `${BASE}/v8/finance/chart/:symbol`;
/** Yahoo's prices are single-precision floats written out as doubles. */
const f = Math.fround;
/** Long after every fixture's sessions closed. */
const LATER = Date.parse('2025-08-01T00:00:00Z');

const yahoo = (options: YahooOptions = {}) => createYahooProvider({ baseUrl: BASE, now: () => LATER, ...options });

/** Answers every chart request with `body`; returns the URLs asked. */
function serve(body: unknown, init?: ResponseInit): URL[] {
  const seen: URL[] = [];
  const resolver: Parameters<typeof http.get>[1] = ({ request }) => {
    seen.push(new URL(request.url));
    return HttpResponse.json(body as never, init);
  };
  server.use(http.get(CHART, resolver));
  return seen;
}

/** Serves the SPY fixture with its result changed by `edit`. */
function serveSpyWith(edit: (result: (typeof spyMarch)['chart']['result'][number]) => unknown): void {
  const copy = structuredClone(spyMarch);
  edit(copy.chart.result[0]!);
  serve(copy);
}

describe('fetchDaily: the request', () => {
  it('asks the v8 chart for daily bars with dividends, splits and adjusted closes', async () => {
    const seen = serve(spyMarch);
    await yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12');
    expect(seen).toHaveLength(1);
    const url = seen[0]!;
    expect(url.pathname).toBe('/v8/finance/chart/SPY');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      period1: String(Date.UTC(2025, 2, 5) / 1000),
      period2: String(Date.UTC(2025, 2, 13) / 1000),
      interval: '1d',
      events: 'div|split',
      includeAdjustedClose: 'true',
    });
    expect(url.search).toContain('events=div%7Csplit');
  });

  it('escapes the symbol in the path', async () => {
    const seen = serve(spyMarch);
    await yahoo().fetchDaily('^GSPC', '2025-03-05', '2025-03-12');
    expect(seen[0]!.pathname).toBe('/v8/finance/chart/%5EGSPC');
  });

  it('refuses dates that are not YYYY-MM-DD before asking', async () => {
    await expect(yahoo().fetchDaily('SPY', '2025-3-5', '2025-03-12')).rejects.toThrow(RangeError);
  });
});

describe('fetchDaily: parsing', () => {
  it('dates bars in New York across the DST change, skips the null close and reads adjclose', async () => {
    serve(spyMarch);
    const bars = await yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12');
    expect(bars).toEqual([
      { date: '2025-03-05', close: f(583.06), adjClose: f(573.24603) },
      { date: '2025-03-06', close: f(572.71), adjClose: f(563.0703125) },
      { date: '2025-03-07', close: f(575.92), adjClose: f(566.2262) }, // opened 14:30 UTC (EST)
      { date: '2025-03-10', close: f(560.58), adjClose: f(551.14447) }, // opened 13:30 UTC (EDT)
      // 2025-03-11: Yahoo sent nulls
      { date: '2025-03-12', close: f(558.87), adjClose: f(549.46326) },
    ]);
  });

  it('reads split-adjusted closes around a split and a dividend (NVDA, June 2024)', async () => {
    serve(nvdaJune);
    const bars = await yahoo().fetchDaily('NVDA', '2024-06-05', '2024-06-12');
    expect(bars.map((b) => b.date)).toEqual(['2024-06-05', '2024-06-06', '2024-06-07', '2024-06-10', '2024-06-11', '2024-06-12']);
    // No jump at the 10:1 split: Yahoo's close is already adjusted for it.
    expect(bars[2]!.close / bars[3]!.close).toBeCloseTo(0.9926, 3);
    // Before the dividend's ex-date the adjusted close is a little lower than the close.
    expect(bars[3]!.adjClose! / bars[3]!.close).toBeLessThan(bars[4]!.adjClose! / bars[4]!.close);
  });

  it('keeps only the bars from `from` to `to`', async () => {
    serve(spyMarch);
    const bars = await yahoo().fetchDaily('SPY', '2025-03-06', '2025-03-10');
    expect(bars.map((b) => b.date)).toEqual(['2025-03-06', '2025-03-07', '2025-03-10']);
  });

  it('drops the last bar while its session is still trading (fake clock)', async () => {
    serve(spyMarch);
    // 15:59 and 16:00 on Wednesday 12 March 2025, New York (EDT).
    const before = await yahoo({ now: () => Date.parse('2025-03-12T19:59:00Z') }).fetchDaily('SPY', '2025-03-05', '2025-03-12');
    expect(before.at(-1)?.date).toBe('2025-03-10');
    const after = await yahoo({ now: () => Date.parse('2025-03-12T20:00:00Z') }).fetchDaily('SPY', '2025-03-05', '2025-03-12');
    expect(after.at(-1)?.date).toBe('2025-03-12');
  });

  it('skips unusable closes and leaves out an unusable adjclose', async () => {
    serveSpyWith((r) => {
      r.indicators.quote[0]!.close[0] = 0;
      r.indicators.adjclose[0]!.adjclose[1] = -1;
    });
    const bars = await yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-07');
    expect(bars).toEqual([
      { date: '2025-03-06', close: f(572.71) },
      { date: '2025-03-07', close: f(575.92), adjClose: f(566.2262) },
    ]);
  });

  it('keeps one bar per date, the later row, when Yahoo repeats a day', async () => {
    // During a session Yahoo may add a live row for the same day, stamped with the last trade.
    serveSpyWith((r) => (r.timestamp[5] = Date.parse('2025-03-10T19:45:00Z') / 1000));
    const bars = await yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12');
    expect(bars.filter((b) => b.date === '2025-03-10')).toEqual([{ date: '2025-03-10', close: f(558.87), adjClose: f(549.46326) }]);
  });

  it('answers no bars for a range without sessions', async () => {
    serveSpyWith((r) => {
      const unset = r as { timestamp?: unknown; indicators: { quote: unknown[]; adjclose?: unknown } };
      delete unset.timestamp;
      unset.indicators = { quote: [{}], adjclose: [{}] };
    });
    await expect(yahoo().fetchDaily('SPY', '2025-03-08', '2025-03-09')).resolves.toEqual([]);
  });
});

describe('fetchDaily: failures', () => {
  it('maps the 404 "Not Found" chart error to unknown_symbol', async () => {
    serve(notFound, { status: 404 });
    const error = await providerError(yahoo().fetchDaily('NOSUCH', '2025-03-05', '2025-03-12'));
    expect(error.kind).toBe('unknown_symbol');
    expect(error.message).toBe('Yahoo has no symbol NOSUCH (No data found, symbol may be delisted).');
  });

  it('maps 429 to rate_limited with the Retry-After wait', async () => {
    server.use(http.get(CHART, () => new HttpResponse('Too Many Requests', { status: 429, headers: { 'Retry-After': '60' } })));
    const error = await providerError(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12'));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 60 });
  });

  it('maps a 5xx to unavailable', async () => {
    server.use(http.get(CHART, () => HttpResponse.json({ chart: { result: null, error: { code: 'Internal Server Error', description: 'boom' } } }, { status: 500 })));
    const error = await providerError(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12'));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain('answered 500');
  });

  it('gives up after timeoutMs on a hanging answer', async () => {
    server.use(http.get(CHART, hang()));
    const error = await providerError(yahoo({ timeoutMs: 40 }).fetchDaily('SPY', '2025-03-05', '2025-03-12'));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Yahoo (yahoo.test/v8/finance/chart/SPY) did not answer within 40 ms.' });
  });

  it("rejects with the caller's abort", async () => {
    const { reached, reach } = signalled();
    server.use(http.get(CHART, hang(reach)));
    const controller = new AbortController();
    const pending = rejection(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12', { signal: controller.signal }));
    await reached;
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ProviderError);
    expect((error as { name?: unknown }).name).toBe('AbortError');
  });

  it('reports invalid JSON as invalid_answer', async () => {
    server.use(http.get(CHART, () => new HttpResponse('{"chart":{"result":[', { headers: { 'Content-Type': 'application/json' } })));
    expect((await providerError(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12'))).kind).toBe('invalid_answer');
  });

  it('reports an answer of another shape as invalid_answer, naming where', async () => {
    serveSpyWith((r) => ((r.indicators.quote[0] as { close: unknown }).close = 'n/a'));
    const error = await providerError(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12'));
    expect(error.kind).toBe('invalid_answer');
    expect(error.message).toMatch(/^Yahoo's chart of SPY is not in the expected format at chart\.result\.0\.indicators\.quote\.0\.close/);
  });

  it('reports closes that do not line up with the timestamps as invalid_answer', async () => {
    serveSpyWith((r) => r.indicators.quote[0]!.close.pop());
    const error = await providerError(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12'));
    expect(error).toMatchObject({ kind: 'invalid_answer', message: "Yahoo's chart of SPY has 6 times but not as many closes." });
  });

  it('reports an unknown exchange time zone as invalid_answer', async () => {
    serveSpyWith((r) => (r.meta.exchangeTimezoneName = 'Mars/Olympus_Mons'));
    expect((await providerError(yahoo().fetchDaily('SPY', '2025-03-05', '2025-03-12'))).kind).toBe('invalid_answer');
  });
});
