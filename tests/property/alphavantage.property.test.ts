// Alpha Vantage answers of any shape (MSW serves them): the adapter either hands back
// domain data that keeps its promises, or rejects with a DataSourceError. Never another
// error, never an unsorted series, a non-finite price or a non-http(s) link.
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { createAlphaVantageAdapter, createMemoryCache } from '@/adapters/alphavantage/alphavantage-adapter';
import { ALPHA_VANTAGE_BASE_URL } from '@/adapters/alphavantage/source-key';
import { isDataSourceError } from '@/adapters/data-adapter';
import { isIsoDate } from '@/domain/dates';
import { isTicker } from '@/domain/ticker';
import { server } from '../../mocks/node';
import { anyText, isoDate } from './arbitraries';

const NOW = Date.UTC(2025, 6, 26, 12);

/** Numbers the way Alpha Vantage writes them (as text), and what a broken answer holds instead. */
const numberText = fc.oneof(
  { weight: 40, arbitrary: fc.double({ min: 0.01, max: 1e6, noNaN: true }).map((n) => n.toFixed(4)) },
  fc.constantFrom('0', '-1.5', ' 12.5 ', '1e5', '9'.repeat(400), '0.0000', ''),
  anyText,
  fc.double(),
);
const bar = fc.record({ '1. open': numberText, '2. high': numberText, '3. low': numberText, '4. close': numberText, '5. volume': numberText });
const daily = fc.record({
  'Meta Data': fc.oneof({ weight: 9, arbitrary: fc.record({ '2. Symbol': fc.constantFrom('SPY', 'QQQ') }) }, fc.jsonValue({ maxDepth: 1 })),
  'Time Series (Daily)': fc.dictionary(fc.oneof({ weight: 9, arbitrary: isoDate }, anyText), fc.oneof({ weight: 9, arbitrary: bar }, fc.jsonValue({ maxDepth: 1 })), { maxKeys: 8 }),
});

const published = fc.oneof(
  { weight: 10, arbitrary: isoDate.map((d) => `${d.replaceAll('-', '')}T093000`) },
  fc.constantFrom('20250230T0000', '20250726T1200', '2025-07-26T12:00:00', ''),
  anyText,
);
const article = fc.record(
  {
    title: fc.oneof({ weight: 10, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) }, fc.constant(''), fc.constant('x'.repeat(500))),
    url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', ' https://x.test', 'data:,x'), anyText),
    time_published: published,
    summary: fc.oneof(fc.constant(null), anyText),
    source: fc.oneof(fc.constant(null), anyText),
    ticker_sentiment: fc.array(
      fc.record({
        ticker: fc.oneof(fc.constantFrom('SPY', 'spy', 'QQQ'), anyText),
        ticker_sentiment_label: fc.oneof(fc.constantFrom('Bullish', 'Somewhat_Bullish', 'Somewhat-Bearish', 'Bearish', 'Neutral'), anyText),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['title', 'url', 'time_published'] },
);
const news = fc.record({ feed: fc.array(fc.oneof({ weight: 20, arbitrary: article }, fc.jsonValue({ maxDepth: 1 })), { maxLength: 6 }) });
const refusal = fc.oneof(
  fc.record({ Note: fc.oneof(anyText, fc.constantFrom('Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day.')) }),
  fc.record({ Information: fc.oneof(anyText, fc.constantFrom('This is a premium endpoint. outputsize=full')) }),
  fc.record({ 'Error Message': anyText }),
);
const body = fc.oneof({ weight: 3, arbitrary: daily }, { weight: 3, arbitrary: news }, refusal, fc.jsonValue({ maxDepth: 3 }));
/** Now and then the answer is cut off mid-JSON. */
const truncatedSometimes = fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, fc.constant(true));

describe('Alpha Vantage answers of any shape', () => {
  it('give valid domain data or a DataSourceError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(body, truncatedSometimes, async (answer, asText) => {
        server.use(http.get(ALPHA_VANTAGE_BASE_URL, () => (asText ? HttpResponse.text(String(JSON.stringify(answer)).slice(0, -1)) : HttpResponse.json(answer as never))));
        const adapter = createAlphaVantageAdapter({ apiKey: 'PROPKEY', cache: createMemoryCache(), now: () => NOW });
        const q = { symbols: ['SPY'] };
        const settle = <T>(promise: Promise<T>) =>
          promise.then(
            (value) => value,
            (error: unknown) => {
              expect(isDataSourceError(error), String(error)).toBe(true);
              expect((error as Error).message).not.toContain('PROPKEY');
              return undefined;
            },
          );

        const prices = (await settle(adapter.getPrices(q))) ?? [];
        for (const series of prices) {
          expect(isTicker(series.symbol)).toBe(true);
          series.bars.forEach((b, i) => {
            expect(isIsoDate(b.date) && Number.isFinite(b.close) && b.close > 0).toBe(true);
            for (const v of [b.open, b.high, b.low, b.volume]) if (v !== undefined) expect(Number.isFinite(v) && v >= 0).toBe(true);
            if (i > 0) expect(series.bars[i - 1]!.date < b.date).toBe(true);
          });
        }
        for (const series of (await settle(adapter.getSentiment(q))) ?? []) {
          series.days.forEach((d, i) => {
            expect(isIsoDate(d.date) && d.messages >= d.bullish + d.bearish).toBe(true);
            if (i > 0) expect(series.days[i - 1]!.date < d.date).toBe(true);
          });
        }
        const events = (await settle(adapter.getEvents(q))) ?? [];
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
        for (const e of events) {
          expect(isIsoDate(e.date) && e.title.length > 0 && e.title.length <= 300).toBe(true);
          if (e.url !== undefined) expect(['http:', 'https:']).toContain(new URL(e.url).protocol);
        }
      }),
      { numRuns: 150 },
    );
  });
});
