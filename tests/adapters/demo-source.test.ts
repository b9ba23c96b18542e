// The registry's demo source end to end: the rest adapter at /api/v1, answered by the real
// demo handlers (no overrides), as the app uses it.
import { describe, expect, it } from 'vitest';
import { DataSourceError } from '@/adapters/data-adapter';
import { demoAdapter } from '@/adapters/demo/source';
import { isTradingDay } from '@/domain/trading-days';
import type { PriceSeries } from '@/domain/types';
import { createQueryClient } from '@/lib/query-client';
import { pricesQueryOptions } from '@/queries/prices';

const demo = demoAdapter;

function closeOn(series: PriceSeries, date: string): number {
  const bar = series.bars.find((b) => b.date === date);
  if (!bar) throw new Error(`${series.symbol} has no bar on ${date}`);
  return bar.close;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection, got a value');
    },
    (e: unknown) => e,
  );
}

describe('demo source', () => {
  it('declares prices', () => {
    expect(demo.id).toBe('demo');
    expect(demo.capabilities.prices).toBe(true);
  });

  it('serves SPY, QQQ and MCHI on NYSE trading days, ascending, with adjClose', async () => {
    const series = await demo.getPrices({ symbols: ['SPY', 'QQQ', 'MCHI'] });
    expect(series.map((s) => s.symbol)).toEqual(['SPY', 'QQQ', 'MCHI']);
    for (const s of series) {
      expect(s.bars.length).toBeGreaterThan(2000);
      const dates = s.bars.map((b) => b.date);
      expect(dates).toEqual([...dates].sort());
      const offCalendar = dates.filter((d) => !isTradingDay(d));
      expect(offCalendar, s.symbol).toEqual([]);
      const weekend = dates.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
      expect(weekend, s.symbol).toEqual([]);
      expect(dates).not.toContain('2025-07-04');
      expect(s.bars.every((b) => typeof b.adjClose === 'number' && b.adjClose > 0)).toBe(true);
    }
    expect(series[0]?.bars.map((b) => b.date)).toEqual(series[1]?.bars.map((b) => b.date));
  });

  it('treats from and to as inclusive', async () => {
    const series = await demo.getPrices({ symbols: ['SPY', 'QQQ', 'MCHI'], from: '2025-07-25', to: '2025-07-25' });
    expect(series).toHaveLength(3);
    for (const s of series) expect(s.bars.map((b) => b.date)).toEqual(['2025-07-25']);
  });

  it('spans a range from its first to its last trading day', async () => {
    const [spy] = await demo.getPrices({ symbols: ['SPY'], from: '2025-07-21', to: '2025-07-25' });
    expect(spy?.bars.map((b) => b.date)).toEqual(['2025-07-21', '2025-07-22', '2025-07-23', '2025-07-24', '2025-07-25']);
  });

  it('leaves out an unknown symbol mixed with known ones', async () => {
    const series = await demo.getPrices({ symbols: ['SPY', 'ZZZ', 'QQQ'], from: '2025-07-01', to: '2025-07-31' });
    expect(series.map((s) => s.symbol)).toEqual(['SPY', 'QQQ']);
    expect(series.every((s) => s.bars.length > 0)).toBe(true);
  });

  it('rejects only-unknown symbols with unknown_symbol', async () => {
    const error = await rejection(demo.getPrices({ symbols: ['ZZZ', 'YYY'] }));
    expect(error).toBeInstanceOf(DataSourceError);
    expect((error as DataSourceError).code).toBe('unknown_symbol');
    expect((error as DataSourceError).message).toContain('ZZZ');
  });

  it.each([
    ['SPY', 9.0],
    ['QQQ', 11.0],
    ['MCHI', 28.1],
  ])('serves closes giving %s a YTD price return of %s%% as of 2025-07-25', async (symbol, target) => {
    const [series] = await demo.getPrices({ symbols: [symbol], from: '2024-12-31', to: '2025-07-25' });
    expect(series?.symbol).toBe(symbol);
    const ytd = (closeOn(series!, '2025-07-25') / closeOn(series!, '2024-12-31') - 1) * 100;
    expect(Math.abs(ytd - target)).toBeLessThanOrEqual(0.05);
  });
});

describe('pricesQueryOptions with the demo source', () => {
  it('resolves to the symbol series', async () => {
    const series = await createQueryClient().fetchQuery(pricesQueryOptions(demo, 'QQQ'));
    expect(series.symbol).toBe('QQQ');
    expect(series.bars.length).toBeGreaterThan(2000);
  });

  it('rejects an unknown symbol with code unknown_symbol', async () => {
    const error = await rejection(createQueryClient().fetchQuery(pricesQueryOptions(demo, 'ZZZ')));
    expect(error).toBeInstanceOf(DataSourceError);
    expect((error as DataSourceError).code).toBe('unknown_symbol');
  });
});
