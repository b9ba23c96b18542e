// @vitest-environment node
// Real closes (tests/fixtures/reference): the published YTD figures of
// the weekend of 2025-07-25 and the 2025 NYSE calendar must come out of our rules.
import { readFileSync } from 'node:fs';
import { formatPercent } from '@/domain/format';
import { rangeStart } from '@/domain/range';
import { seriesPerformance } from '@/domain/returns';
import { tradingDays } from '@/domain/trading-days';
import type { PriceSeries, RangeKind } from '@/domain/types';

const SYMBOLS = ['SPY', 'QQQ', 'MCHI'] as const;

function csvUrl(symbol: string): URL {
  return new URL(`../fixtures/reference/${symbol}.csv`, import.meta.url);
}

function readSeries(symbol: string): PriceSeries {
  const [header, ...lines] = readFileSync(csvUrl(symbol), 'utf8').trim().split(/\r?\n/);
  expect(header).toBe('date,close,adj_close');
  const bars = lines.map((line) => {
    const [date, close, adj] = line.split(',');
    return { date: date!, close: Number(close), adjClose: Number(adj) };
  });
  return { symbol, bars };
}

const data = Object.fromEntries(SYMBOLS.map((s) => [s, readSeries(s)])) as Record<(typeof SYMBOLS)[number], PriceSeries>;

function ytdPercent(symbol: (typeof SYMBOLS)[number], range: RangeKind, from?: string) {
  const to = '2025-07-25';
  const p = seriesPerformance(data[symbol], { start: rangeStart(range, to, from), to, basis: 'price' });
  if (!p) throw new Error(`no performance for ${symbol}`);
  return p;
}

describe('reference data', () => {
  it('holds 251 rows per symbol with positive closes', () => {
    for (const s of SYMBOLS) {
      expect(data[s].bars).toHaveLength(251);
      for (const b of data[s].bars) {
        expect(b.close).toBeGreaterThan(0);
        expect(b.adjClose).toBeGreaterThan(0);
      }
    }
  });

  it('the NYSE calendar from 2024-12-31 to 2025-12-31 is exactly the CSV date column', () => {
    const days = tradingDays('2024-12-31', '2025-12-31');
    expect(days).toHaveLength(251);
    expect(days).not.toContain('2025-01-09');
    for (const s of SYMBOLS) expect(data[s].bars.map((b) => b.date)).toEqual(days);
  });
});

describe('YTD price returns as of 2025-07-25', () => {
  it.each([
    ['SPY', 8.71, '+8.7%'],
    ['QQQ', 10.79, '+10.8%'],
    ['MCHI', 25.76, '+25.8%'],
  ] as const)('%s from the 2024-12-31 close: %s%% (%s)', (symbol, percent, shown) => {
    const p = ytdPercent(symbol, 'YTD');
    expect(p.baseDate).toBe('2024-12-31');
    expect(p.asOfDate).toBe('2025-07-25');
    expect(p.startsInsideRange).toBe(false);
    expect(p.return * 100).toBeCloseTo(percent, 2);
    expect(formatPercent(p.return)).toBe(shown);
  });

  it.each([
    ['SPY', 8.97, '+9.0%'],
    ['QQQ', 11.0, '+11.0%'],
    ['MCHI', 28.05, '+28.1%'],
  ] as const)('%s from the first close of 2025 (custom from 2025-01-02): %s%% (%s, as published)', (symbol, percent, shown) => {
    const p = ytdPercent(symbol, 'custom', '2025-01-02');
    expect(p.baseDate).toBe('2025-01-02');
    expect(p.return * 100).toBeCloseTo(percent, 2);
    expect(formatPercent(p.return)).toBe(shown);
  });

  it('the as-of date on the Saturday after gives the same figures', () => {
    const p = seriesPerformance(data.SPY, { start: rangeStart('YTD', '2025-07-26'), to: '2025-07-26', basis: 'price' });
    expect(p?.asOfDate).toBe('2025-07-25');
    expect(p!.return * 100).toBeCloseTo(8.71, 2);
  });
});
