// @vitest-environment node
// Guards the synthetic demo dataset: the committed JSON must be exactly what the generator
// produces, follow the NYSE calendar, and keep the 2025 story and the realism the demo relies on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoPrices } from '../../scripts/demo-data/prices';
import type { DemoPriceFile } from '../../scripts/demo-data/prices';
import { tradingDays } from '../../src/domain/trading-days';

const committedText = readFileSync(new URL('../../mocks/data/prices.json', import.meta.url), 'utf8');
const generated = generateDemoPrices();
const { dates } = generated;

type DemoSeries = DemoPriceFile['symbols'][number];

function series(symbol: string): DemoSeries {
  const s = generated.symbols.find((x) => x.symbol === symbol);
  if (!s) throw new Error(`missing symbol ${symbol}`);
  return s;
}

function at(values: readonly number[], date: string): number {
  const v = values[dates.indexOf(date)];
  if (v === undefined) throw new Error(`no value on ${date}`);
  return v;
}

function logReturns(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let t = 1; t < values.length; t++) out.push(Math.log((values[t] ?? NaN) / (values[t - 1] ?? NaN)));
  return out;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function annualisedVol(close: readonly number[]): number {
  const r = logReturns(close);
  const m = mean(r);
  return Math.sqrt((r.reduce((a, x) => a + (x - m) ** 2, 0) / (r.length - 1)) * 252);
}

function correlation(a: string, b: string): number {
  const x = logReturns(series(a).close);
  const y = logReturns(series(b).close);
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const yi = y[i] ?? NaN;
    sxy += (xi - mx) * (yi - my);
    sxx += (xi - mx) ** 2;
    syy += (yi - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Date of the extreme close within [from, to]; `pick` chooses min or max. */
function extremeDate(close: readonly number[], from: string, to: string, pick: 'min' | 'max'): string {
  let best: string | undefined;
  let bestValue = pick === 'min' ? Infinity : -Infinity;
  dates.forEach((d, i) => {
    const v = close[i] ?? NaN;
    if (d < from || d > to) return;
    if (pick === 'min' ? v < bestValue : v > bestValue) {
      bestValue = v;
      best = d;
    }
  });
  if (!best) throw new Error(`no dates in ${from}..${to}`);
  return best;
}

function ytdPercent(symbol: string): number {
  const { close } = series(symbol);
  return (at(close, '2025-07-25') / at(close, '2024-12-31') - 1) * 100;
}

describe('demo prices file', () => {
  it('is exactly what the generator produces', () => {
    expect(committedText === `${JSON.stringify(generated)}\n`).toBe(true);
  });

  it('is deterministic across calls', () => {
    expect(JSON.stringify(generateDemoPrices())).toBe(JSON.stringify(generated));
  });

  it('uses the NYSE trading calendar', () => {
    expect(dates).toEqual(tradingDays('2015-01-02', '2025-12-31'));
    for (const d of dates) {
      const day = new Date(`${d}T00:00:00Z`).getUTCDay();
      expect(day === 0 || day === 6, d).toBe(false);
    }
    for (const closed of ['2025-01-09', '2025-07-04', '2025-12-25']) expect(dates).not.toContain(closed);
  });

  it('has a positive, finite close and adjClose for every date', () => {
    expect(generated.symbols.length).toBeGreaterThanOrEqual(10);
    for (const s of generated.symbols) {
      expect(s.close).toHaveLength(dates.length);
      expect(s.adjClose).toHaveLength(dates.length);
      for (const v of [...s.close, ...s.adjClose]) {
        if (!(Number.isFinite(v) && v > 0)) throw new Error(`${s.symbol}: bad price ${v}`);
      }
    }
  });
});

describe('2025 calibration', () => {
  it.each([
    ['SPY', 9.0],
    ['QQQ', 11.0],
    ['MCHI', 28.1],
  ])('%s YTD as of 2025-07-25 is %s%%', (symbol, target) => {
    expect(Math.abs(ytdPercent(symbol) - target)).toBeLessThanOrEqual(0.05);
  });

  it.each(['SPY', 'QQQ'])('%s bottoms on 2025-04-08 after a February peak', (symbol) => {
    const { close } = series(symbol);
    expect(extremeDate(close, '2025-01-01', '2025-12-31', 'min')).toBe('2025-04-08');
    const peak = extremeDate(close, '2025-01-01', '2025-03-31', 'max');
    expect(peak >= '2025-02-10' && peak <= '2025-02-28', peak).toBe(true);
  });

  it("has 2025-04-09 as SPY's biggest gain of 2025, above +9%", () => {
    const { close } = series('SPY');
    let bestDate = '';
    let best = -Infinity;
    dates.forEach((d, i) => {
      if (i === 0 || d < '2025-01-01') return;
      const r = (close[i] ?? NaN) / (close[i - 1] ?? NaN) - 1;
      if (r > best) {
        best = r;
        bestDate = d;
      }
    });
    expect(bestDate).toBe('2025-04-09');
    expect(best).toBeGreaterThan(0.09);
  });
});

describe('realism', () => {
  it.each([
    ['SPY', 0.17],
    ['QQQ', 0.22],
    ['MCHI', 0.28],
    ['FXI', 0.28],
    ['KWEB', 0.4],
    ['SOXX', 0.32],
    ['IWM', 0.22],
    ['GLD', 0.14],
    ['EEM', 0.19],
    ['TLT', 0.15],
  ])('%s annualised vol is within 30%% of %s', (symbol, target) => {
    const vol = annualisedVol(series(symbol).close);
    expect(vol).toBeGreaterThan(target * 0.7);
    expect(vol).toBeLessThan(target * 1.3);
  });

  it('keeps the factor correlations', () => {
    expect(correlation('SPY', 'QQQ')).toBeGreaterThan(0.8);
    expect(correlation('MCHI', 'FXI')).toBeGreaterThan(0.8);
    expect(correlation('SPY', 'GLD')).toBeLessThan(0.3);
  });
});

describe('dividends', () => {
  it('makes SPY total return beat its price return', () => {
    const { close, adjClose } = series('SPY');
    const last = dates.length - 1;
    const priceReturn = (close[last] ?? NaN) / (close[0] ?? NaN);
    const totalReturn = (adjClose[last] ?? NaN) / (adjClose[0] ?? NaN);
    expect(totalReturn).toBeGreaterThan(priceReturn);
    expect(adjClose[last]).toBe(close[last]);
  });

  it('leaves GLD, which pays none, unadjusted', () => {
    const { close, adjClose } = series('GLD');
    expect(adjClose).toEqual(close);
  });
});
