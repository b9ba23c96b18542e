// @vitest-environment node
// Properties of the parsers where input enters, beyond "never throws": a link says
// what it ignored, imported tags can be shared in a link, payload series come out
// sorted with one row per date (or fail with a DataSourceError), and stored settings
// keep every valid half.
import fc from 'fast-check';
import { parseImport } from '@/adapters/files/parse-import';
import { parseDateCell } from '@/adapters/files/parse/cells';
import { symbolFromFileName } from '@/adapters/files/parse/price-rows';
import { DataSourceError } from '@/adapters/data-adapter';
import { normaliseEvent, normalisePriceSeries, normaliseSentimentSeries, parsePayload, pricesResponse } from '@/adapters/schemas';
import { safeUrl } from '@/domain/url';
import { addDays, isIsoDate } from '@/domain/dates';
import { performancePoints, seriesPerformance } from '@/domain/returns';
import { indexSentiment, readingsBetween } from '@/domain/sentiment';
import { isTicker, parseTicker } from '@/domain/ticker';
import type { PriceSeries, SentimentSeries } from '@/domain/types';
import type { AlphaVantageSettings } from '@/adapters/alphavantage/settings';
import type { RestSettings } from '@/adapters/rest/settings';
import { readStoredSettings } from '@/stores/source-settings';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '@/stores/url-state';
import { anyText, isoDate, priceSeries, sentimentSeries, ticker } from './arbitraries';

/** What the stored settings of the REST and Alpha Vantage sources read back as. */
type KnownSettings = { rest?: RestSettings; alphavantage?: AlphaVantageSettings };

const RUNS = 300;
const SOURCES = ['demo', 'rest', 'files', 'alphavantage'];

describe('URL state', () => {
  const NAMES = ['symbols', 'range', 'from', 'to', 'basis', 'benchmark', 'source', 'tags', 'event'] as const;
  const value = fc.oneof(
    anyText,
    isoDate,
    ticker,
    fc.constantFrom('YTD', '1M', 'custom', 'total', 'files', 'trade-talks,oil', 'SPY,qqq', 'geneva.talks~1', '2025-02-30'),
  );
  const pairs = fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 8 });

  /** Whether the view shows what the link asked for with `name=raw`. */
  function adopted(name: (typeof NAMES)[number], raw: string, view: ReturnType<typeof parseViewState>['view']): boolean {
    const ticker = parseTicker(raw);
    switch (name) {
      case 'symbols':
        return raw.split(',').every((part) => {
          if (part.trim() === '') return true;
          const t = parseTicker(part);
          return t.ok && view.symbols.includes(t.ticker);
        });
      case 'tags':
        return raw.split(',').every((tag) => tag === '' || view.tags.includes(tag));
      case 'range':
        return view.range === raw;
      case 'from':
        return view.from === raw;
      case 'to':
        return view.to === raw;
      case 'basis':
        return view.basis === raw;
      case 'benchmark':
        return ticker.ok && view.benchmark === ticker.ticker;
      case 'source':
        return view.source === raw;
      case 'event':
        return view.event === raw;
    }
  }

  it('every parameter of a link is either in the view or named in a notice', () => {
    fc.assert(
      fc.property(pairs, (entries) => {
        const { view, notices } = parseViewState(new URLSearchParams(entries).toString(), SOURCES);
        for (const [name, raw] of entries) {
          if (adopted(name, raw, view)) continue;
          // A custom range dropped for its from date is told about under `from`.
          const names = name === 'range' ? ['range', 'from'] : name === 'symbols' ? ['symbols', 'Showing the first'] : [name];
          expect(notices.some((n) => names.some((x) => n.includes(x))), `${name}=${JSON.stringify(raw)} dropped silently: ${JSON.stringify(notices)}`).toBe(true);
        }
      }),
      {
        numRuns: RUNS,
        // Found by this property: a repeated parameter, and `from` without range=custom, were dropped unseen.
        examples: [[[['range', '1M'], ['range', 'MAX']]], [[['from', '2025-01-02']]]],
      },
    );
  });
});

describe('imported events', () => {
  const tagCell = fc.array(fc.oneof(anyText, fc.constantFrom('Trade Talks', 'rare_earths', 'Über', 'a.b', '-x-', '关税', 'OIL')), { maxLength: 5 });

  it('every tag of an imported event can be shared in a link (the URL takes it back unchanged)', () => {
    fc.assert(
      fc.property(tagCell, fc.boolean(), (tags, asIcs) => {
        // Only the separators and line breaks are kept out: the tags themselves are anything.
        const cell = tags.map((t) => t.replace(/[;|,\r\n"\\]/g, ' ').replaceAll('\u0000', ' ')).join(';');
        const text = asIcs
          ? `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20250510\r\nSUMMARY:Talks\r\nCATEGORIES:${cell.replace(/;/g, ',')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`
          : `date,title,tags\n2025-05-10,Talks,"${cell}"\n`;
        const result = parseImport(asIcs ? 'e.ics' : 'e.csv', text);
        if (!result.ok) return; // a cell that breaks the file is the fuzz test's business
        for (const event of result.value.events) {
          const view = { ...DEFAULT_VIEW, tags: event.tags };
          const back = parseViewState(serializeViewState(view), SOURCES);
          expect(back.notices).toEqual([]);
          expect(back.view.tags).toEqual(event.tags);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('writes tags the way a link does, and reports one with nothing writable', () => {
    const result = parseImport('e.csv', 'date,title,tags\n2025-05-10,Talks,"Rare earths;rare_earths;Über;a.b;关税"\n');
    expect(result.ok && result.value.events[0]!.tags).toEqual(['rare-earths', 'uber', 'a-b']);
    expect(result.ok && result.value.rejected).toEqual([{ line: 2, reason: 'tag "关税" dropped: tags are written with a-z, 0-9 and hyphens' }]);
  });

  it('cells: a parsed date is a real date; a symbol read from a file name is a ticker', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}( .*)?$/)), (text) => {
        const date = parseDateCell(text);
        if (date !== undefined) expect(isIsoDate(date)).toBe(true);
        const symbol = symbolFromFileName(text);
        if (symbol !== undefined) expect(isTicker(symbol)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('payload series', () => {
  /** A valid series' rows, some repeated, in any order. */
  function jumbled<T>(rows: T[]) {
    return fc.tuple(fc.shuffledSubarray(rows), fc.shuffledSubarray(rows, { maxLength: Math.min(2, rows.length) })).map(([a, b]) => [...a, ...b]);
  }

  it('prices come out ascending with one bar per date, or fail with a DataSourceError naming the date', () => {
    fc.assert(
      fc.property(priceSeries().chain((s) => fc.tuple(fc.constant(s), jumbled(s.bars))), ([series, bars]) => {
        let out;
        try {
          out = normalisePriceSeries({ ...series, bars }, 'Test prices');
        } catch (error) {
          expect(error).toBeInstanceOf(DataSourceError);
          expect(new Set(bars.map((b) => b.date)).size).toBeLessThan(bars.length);
          return;
        }
        expect(out.bars.every((b, i) => i === 0 || out.bars[i - 1]!.date < b.date)).toBe(true);
        expect(out.bars).toHaveLength(bars.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('sentiment comes out ascending with one row per date, or fails with a DataSourceError', () => {
    fc.assert(
      fc.property(sentimentSeries(30).chain((s) => fc.tuple(fc.constant(s), jumbled(s.days))), ([series, days]) => {
        let out;
        try {
          out = normaliseSentimentSeries({ ...series, days }, 'Test sentiment');
        } catch (error) {
          expect(error).toBeInstanceOf(DataSourceError);
          expect(new Set(days.map((d) => d.date)).size).toBeLessThan(days.length);
          return;
        }
        expect(out.days.every((d, i) => i === 0 || out.days[i - 1]!.date < d.date)).toBe(true);
        expect(out.days).toHaveLength(days.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('an event keeps its link only when it is http(s)', () => {
    const url = fc.oneof(fc.webUrl(), anyText, fc.constantFrom('javascript:alert(1)', ' JAVASCRIPT:x', 'java\tscript:x', 'data:text/html,x', 'HTTPS://x.test'));
    fc.assert(
      fc.property(url, (link) => {
        const event = normaliseEvent({ id: 'e', date: '2025-05-10', title: 'T', tags: [], url: link });
        if (event.url === undefined) return;
        expect(['http:', 'https:']).toContain(new URL(event.url).protocol);
        expect(safeUrl(event.url)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('stored settings', () => {
  const validRest = fc.record({ baseUrl: fc.webUrl({ validSchemes: ['http', 'https'] }), token: fc.option(fc.string({ maxLength: 50 }), { nil: undefined }) }, { requiredKeys: ['baseUrl'] });
  const validKey = fc.record({ apiKey: fc.string({ minLength: 1, maxLength: 100 }) });
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ baseUrl: anyText.filter((t) => !/^https?:\/\//i.test(t)), apiKey: fc.constantFrom('', 'k'.repeat(101)) }));
  const either = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid.map((value) => ({ valid: true, value })), junk.map((value) => ({ valid: false, value })));

  it('a valid half survives a damaged other half, and nothing but the known fields comes back', () => {
    fc.assert(
      fc.property(either(validRest), either(validKey), fc.jsonValue({ maxDepth: 1 }), (rest, key, extra) => {
        const withExtra = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, extra } : v);
        const settings: KnownSettings = readStoredSettings({ rest: withExtra(rest.value), alphavantage: withExtra(key.value), extra });
        if (rest.valid) expect(settings.rest).toEqual(rest.value);
        if (key.valid) expect(settings.alphavantage).toEqual(key.value);
        if (settings.rest) expect(settings.rest.baseUrl).toMatch(/^https?:\/\//i);
        if (settings.alphavantage) expect(settings.alphavantage.apiKey.length).toBeGreaterThan(0);
        expect(Object.keys(settings).every((k) => k === 'rest' || k === 'alphavantage')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('what a boundary accepts, the math can use', () => {
  /** Every figure of the series over its whole history, on both bases, is finite. */
  function expectFiniteReturns(series: PriceSeries) {
    for (const basis of ['price', 'total'] as const) {
      const perf = seriesPerformance(series, { basis });
      if (!perf) continue;
      for (const p of performancePoints(perf)) expect(Number.isFinite(p.return), `${p.date}: ${p.return}`).toBe(true);
      expect(Number.isFinite(perf.maxDrawdown) && (perf.volatility === undefined || Number.isFinite(perf.volatility))).toBe(true);
    }
  }

  function expectSaneReadings(series: SentimentSeries) {
    const first = series.days[0]!.date;
    for (const r of readingsBetween(indexSentiment(series), first, addDays(series.days.at(-1)!.date, 7))) {
      expect(Number.isFinite(r.meanMessages)).toBe(true);
      if (r.score !== undefined) expect(r.score >= 0 && r.score <= 100).toBe(true);
      if (r.volumeRatio !== undefined) expect(Number.isFinite(r.volumeRatio)).toBe(true);
    }
  }

  const anyPrice = fc.oneof(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e-300, 1e300, 5e-324));
  const priceText = fc.oneof(anyPrice.map(String), fc.constantFrom('1e308', '1e-300', '0.' + '0'.repeat(40) + '1', '9'.repeat(60), '634.42'));
  const countText = fc.oneof(fc.nat({ max: 100 }).map(String), fc.constantFrom('1e308', '9'.repeat(40), '9007199254740993', '1e15'));

  it('a REST price payload', () => {
    fc.assert(
      fc.property(fc.uniqueArray(isoDate, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(anyPrice, anyPrice), { minLength: 6, maxLength: 6 }), (dates, values) => {
        const payload = { series: [{ symbol: 'SPY', bars: dates.map((date, i) => ({ date, close: values[i]![0], adjClose: values[i]![1] })) }] };
        let series: PriceSeries;
        try {
          series = normalisePriceSeries(parsePayload(pricesResponse, payload, 'Test').series[0]!, 'Test');
        } catch (error) {
          expect(error).toBeInstanceOf(DataSourceError);
          return;
        }
        expectFiniteReturns(series);
      }),
      { numRuns: RUNS },
    );
  });

  it('an imported price file', () => {
    fc.assert(
      fc.property(fc.uniqueArray(isoDate, { minLength: 1, maxLength: 6 }), fc.array(priceText, { minLength: 6, maxLength: 6 }), (dates, closes) => {
        const result = parseImport('SPY.csv', `date,close\n${dates.map((d, i) => `${d},${closes[i]}`).join('\n')}\n`);
        if (result.ok) for (const series of result.value.prices) expectFiniteReturns(series);
      }),
      { numRuns: RUNS },
    );
  });

  it('an imported sentiment file', () => {
    fc.assert(
      fc.property(fc.uniqueArray(isoDate.map((d) => addDays('2025-01-01', Number(d.slice(8)) * 3)), { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(countText, countText, countText), { minLength: 8, maxLength: 8 }), (dates, counts) => {
        const rows = dates.map((d, i) => `${d},SPY,${counts[i]!.join(',')}`);
        const result = parseImport('s.csv', `date,symbol,bullish,bearish,messages\n${rows.join('\n')}\n`);
        if (result.ok) for (const series of result.value.sentiment) expectSaneReadings(series);
      }),
      { numRuns: RUNS },
    );
  });
});
