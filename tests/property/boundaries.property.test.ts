// Property tests where input enters: the URL, source payloads, stored settings, and the
// sentiment math fed by them. Nothing throws but the errors a caller is promised, and
// what comes out keeps its invariants.
import fc from 'fast-check';
import { DataSourceError } from '@/adapters/data-adapter';
import { eventsResponse, normalisePriceSeries, parsePayload, pricesResponse, sentimentResponse, symbolsResponse } from '@/adapters/schemas';
import { addDays, isIsoDate } from '@/domain/dates';
import { indexSentiment, readingsBetween } from '@/domain/sentiment';
import { isTicker } from '@/domain/ticker';
import type { AlphaVantageSettings } from '@/adapters/alphavantage/settings';
import type { RestSettings } from '@/adapters/rest/settings';
import { readStoredSettings } from '@/stores/source-settings';
import { parseViewState, serializeViewState } from '@/stores/url-state';
import { anyText, isoDate, priceSeries, sentimentSeries, ticker } from './arbitraries';

/** What the stored settings of the REST and Alpha Vantage sources read back as. */
type KnownSettings = { rest?: RestSettings; alphavantage?: AlphaVantageSettings };

const RUNS = 300;
const SOURCES = ['demo', 'rest', 'files', 'alphavantage'];

/** Query strings built from the real parameter names with values from anywhere. */
const search = fc
  .array(
    fc.tuple(
      fc.constantFrom('symbols', 'range', 'from', 'to', 'basis', 'benchmark', 'source', 'tags', 'event', 'other'),
      fc.oneof(anyText, isoDate, ticker, fc.constantFrom('YTD', 'MAX', '1Y', 'custom', 'total', 'price', 'rest', 'SPY,QQQ,,spy', '2025-02-30')),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

describe('URL state', () => {
  it('never throws, always yields a valid view, and its serialisation reads back the same', () => {
    fc.assert(
      fc.property(fc.oneof(search, anyText), (query) => {
        const { view, notices } = parseViewState(query, SOURCES);
        expect(view.symbols.length).toBeGreaterThan(0);
        expect(view.symbols.every(isTicker)).toBe(true);
        expect(isTicker(view.benchmark)).toBe(true);
        expect(SOURCES).toContain(view.source);
        for (const date of [view.from, view.to]) if (date !== undefined) expect(isIsoDate(date)).toBe(true);
        expect(notices.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
        const again = parseViewState(serializeViewState(view), SOURCES);
        expect(again.view).toEqual(view);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('source payloads', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const nearlyPrices = fc.record({
    series: fc.array(fc.record({ symbol: fc.oneof(ticker, anyText), bars: fc.array(fc.record({ date: fc.oneof(isoDate, anyText), close: fc.oneof(fc.double(), fc.integer(), anyText) }), { maxLength: 5 }) }), { maxLength: 3 }),
  });

  it('each schema yields data or a DataSourceError naming where, never another error', () => {
    for (const schema of [pricesResponse, sentimentResponse, eventsResponse, symbolsResponse]) {
      fc.assert(
        fc.property(fc.oneof(json, nearlyPrices), (payload) => {
          try {
            parsePayload(schema, payload, 'The test source');
          } catch (error) {
            expect(error).toBeInstanceOf(DataSourceError);
            expect((error as DataSourceError).code).toBe('invalid_payload');
            expect((error as Error).message).toMatch(/^The test source sent data that does not fit the contract: /);
          }
        }),
        { numRuns: 150 },
      );
    }
  });

  it('a valid series normalises to ascending unique dates, whatever order it came in', () => {
    fc.assert(
      fc.property(priceSeries(), fc.infiniteStream(fc.nat()), (series, stream) => {
        const shuffled = { ...series, bars: [...series.bars].sort(() => (stream.next().value % 3) - 1) };
        const { bars } = normalisePriceSeries(shuffled, 'test');
        expect(bars.map((b) => b.date)).toEqual(series.bars.map((b) => b.date));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('stored settings', () => {
  it('never throw and keep only what is valid', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        rest: fc.oneof(fc.jsonValue(), fc.record({ baseUrl: fc.oneof(fc.webUrl(), anyText), token: fc.option(anyText, { nil: undefined }) })),
        alphavantage: fc.oneof(fc.jsonValue(), fc.record({ apiKey: anyText })),
      }),
    );
    fc.assert(
      fc.property(value, (stored) => {
        const settings: KnownSettings = readStoredSettings(stored);
        if (settings.rest) expect(settings.rest.baseUrl).toMatch(/^https?:\/\//i);
        if (settings.alphavantage) expect(settings.alphavantage.apiKey.length).toBeGreaterThan(0);
        expect(Object.keys(settings).every((k) => k === 'rest' || k === 'alphavantage')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('sentiment readings', () => {
  it('a score is within 0..100 or absent, a volume ratio finite and non-negative or absent', () => {
    fc.assert(
      fc.property(sentimentSeries(), fc.integer({ min: -30, max: 500 }), (series, span) => {
        const first = series.days[0]!.date;
        const readings = readingsBetween(indexSentiment(series), addDays(first, -20), addDays(first, span));
        for (const r of readings) {
          if (r.score !== undefined) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100);
          }
          if (r.volumeRatio !== undefined) {
            expect(Number.isFinite(r.volumeRatio)).toBe(true);
            expect(r.volumeRatio).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      {
        numRuns: 150,
        // Found in CI: 100 * 360287970189643 rounds, and the score came out 100.00000000000001.
        examples: [
          [
            {
              symbol: 'SPY',
              days: [
                { date: '1975-01-12', bullish: 0, bearish: 0, messages: 0 },
                { date: '1975-03-28', bullish: 360287970189643, bearish: 0, messages: 360287970189643 },
              ],
            },
            75,
          ],
        ],
      },
    );
  });
});
