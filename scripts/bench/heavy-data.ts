// The heavy benchmark dataset: ten symbols of daily closes on the NYSE calendar from
// 2001 to 2025, each a seeded geometric random walk. Same numbers on every run;
// synthetic, not market data.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { tradingDays } from '../../src/domain/trading-days';
import type { PriceSeries } from '../../src/domain/types';
import { normalSource } from '../demo-data/prices';

export const HEAVY_SYMBOLS = ['SPY', 'QQQ', 'IWM', 'DIA', 'EFA', 'EEM', 'TLT', 'GLD', 'XLE', 'XLF'] as const;
export const LAST_YEAR = 2025;
export const MAX_YEARS = 25;

const SEED = 6;
const ANNUAL_DRIFT = 0.06;
const TRADING_DAYS_PER_YEAR = 252;

/** The full 25 years of every symbol, one close per trading day. */
export function heavySeries(): PriceSeries[] {
  const dates = tradingDays(`${LAST_YEAR - MAX_YEARS + 1}-01-01`, `${LAST_YEAR}-12-31`);
  return HEAVY_SYMBOLS.map((symbol, i) => {
    const normal = normalSource(xoroshiro128plus(SEED + i));
    // Volatilities from 12% to 30% a year, so the lines spread apart.
    const vol = (0.12 + 0.02 * i) / Math.sqrt(TRADING_DAYS_PER_YEAR);
    const drift = ANNUAL_DRIFT / TRADING_DAYS_PER_YEAR - (vol * vol) / 2;
    let price = 100;
    const bars = dates.map((date) => {
      price *= Math.exp(drift + vol * normal());
      return { date, close: Math.max(0.01, Math.round(price * 100) / 100) };
    });
    return { symbol, currency: 'USD', bars };
  });
}

/** The last `years` calendar years of a series: the smaller datasets of the growth table. */
export function lastYears(series: PriceSeries, years: number): PriceSeries {
  const from = `${LAST_YEAR - years + 1}-01-01`;
  return { ...series, bars: series.bars.filter((b) => b.date >= from) };
}
