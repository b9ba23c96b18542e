// @vitest-environment node
// Event windows (docs/definitions.md#events), checked against numbers worked out by hand
// on small made-up series.
import { toTime } from '@/domain/dates';
import {
  HORIZONS,
  eventWindow,
  t0Index,
  tagStats,
  windowExcess,
  windowPath,
  type EventWindow,
  type TagStat,
} from '@/domain/event-window';
import { effectiveBasis } from '@/domain/returns';
import type { Basis, MarketEvent, PriceBar, PriceSeries } from '@/domain/types';

function series(symbol: string, days: readonly string[], closes: readonly number[]): PriceSeries {
  if (days.length !== closes.length) throw new Error('days and closes differ in length');
  return { symbol, bars: closes.map((close, i) => ({ date: days[i]!, close })) };
}

function win(s: PriceSeries, eventDate: string, basis: Basis = 'price'): EventWindow {
  const w = eventWindow(s, eventDate, basis);
  if (!w) throw new Error('expected a window');
  return w;
}

// May 2025 trading days (Memorial Day 05-26 closed).
const MAY = [
  '2025-05-05', '2025-05-06', '2025-05-07', '2025-05-08', '2025-05-09', // 0-4
  '2025-05-12', '2025-05-13', '2025-05-14', '2025-05-15', '2025-05-16', // 5-9
  '2025-05-19', '2025-05-20', '2025-05-21', '2025-05-22', '2025-05-23', // 10-14
  '2025-05-27', // 15
];
const MAY_CLOSES = [97, 98, 99, 101, 100, 102, 104, 103, 97, 95, 96, 98, 105, 108, 110, 112];
const SPY = series('SPY', MAY, MAY_CLOSES);

describe('HORIZONS', () => {
  it('are 1, 5 and 10 trading days', () => {
    expect(HORIZONS).toEqual([1, 5, 10]);
  });
});

describe('t0: the last bar strictly before the event date', () => {
  it('an event on a Saturday: t0 is the Friday before', () => {
    expect(t0Index(SPY.bars, '2025-05-10')).toBe(4);
    expect(win(SPY, '2025-05-10').t0).toEqual({ date: '2025-05-09', value: 100 });
  });

  it('an event on a holiday: t0 is the trading day before (2025-07-04 -> 2025-07-03)', () => {
    const july = series(
      'QQQ',
      ['2025-06-30', '2025-07-01', '2025-07-02', '2025-07-03', '2025-07-07', '2025-07-08', '2025-07-09', '2025-07-10', '2025-07-11', '2025-07-14'],
      [200, 201, 202, 204, 210, 199, 205, 207, 214.2, 215],
    );
    const w = win(july, '2025-07-04');
    expect(w.symbol).toBe('QQQ');
    expect(w.t0).toEqual({ date: '2025-07-03', value: 204 });
    expect(w.horizons[0]!.date).toBe('2025-07-07');
    expect(w.horizons[0]!.return).toBeCloseTo(210 / 204 - 1, 12);
    expect(w.horizons[1]!.date).toBe('2025-07-11');
    expect(w.horizons[1]!.return).toBeCloseTo(0.05, 12);
    expect(w.horizons[2]).toStrictEqual({ h: 10 });
  });

  it('an event on a trading day: t0 is the previous trading day, never the event day itself', () => {
    expect(t0Index(SPY.bars, '2025-05-13')).toBe(5);
    const w = win(SPY, '2025-05-13');
    expect(w.t0).toEqual({ date: '2025-05-12', value: 102 });
    // Monday's event: t0 is the Friday before, not Monday.
    expect(win(SPY, '2025-05-12').t0.date).toBe('2025-05-09');
  });

  it('an event on or before the first bar has no t0: undefined, and an empty path', () => {
    expect(t0Index(SPY.bars, '2025-05-05')).toBe(-1);
    expect(t0Index(SPY.bars, '2025-01-01')).toBe(-1);
    expect(eventWindow(SPY, '2025-05-05', 'price')).toBeUndefined();
    expect(eventWindow(SPY, '2024-12-31', 'price')).toBeUndefined();
    expect(windowPath(SPY, '2025-05-05', 'price')).toEqual([]);
    expect(t0Index([], '2025-05-10')).toBe(-1);
    expect(eventWindow({ symbol: 'X', bars: [] }, '2025-05-10', 'price')).toBeUndefined();
  });

  it('an event the day after the first bar: t0 is the first bar', () => {
    expect(t0Index(SPY.bars, '2025-05-06')).toBe(0);
    expect(win(SPY, '2025-05-06').t0).toEqual({ date: '2025-05-05', value: 97 });
  });

  it('an event after the last bar: t0 is the last bar, every horizon blank', () => {
    const w = win(SPY, '2025-06-02');
    expect(w.t0.date).toBe('2025-05-27');
    expect(w.horizons).toStrictEqual([{ h: 1 }, { h: 5 }, { h: 10 }]);
  });
});

describe('horizon returns', () => {
  it('value(t0 + h bars) / value(t0) - 1 at h = 1, 5, 10', () => {
    const w = win(SPY, '2025-05-10'); // t0 = 05-09 (100)
    expect(w.horizons.map((x) => [x.h, x.date])).toEqual([
      [1, '2025-05-12'],
      [5, '2025-05-16'],
      [10, '2025-05-23'],
    ]);
    expect(w.horizons[0]!.return).toBeCloseTo(0.02, 12);
    expect(w.horizons[1]!.return).toBeCloseTo(-0.05, 12);
    expect(w.horizons[2]!.return).toBeCloseTo(0.1, 12);
  });

  it('from a trading-day event', () => {
    const w = win(SPY, '2025-05-13'); // t0 = 05-12 (102)
    expect(w.horizons.map((x) => x.date)).toEqual(['2025-05-13', '2025-05-19', '2025-05-27']);
    expect(w.horizons[0]!.return).toBeCloseTo(104 / 102 - 1, 12);
    expect(w.horizons[1]!.return).toBeCloseTo(96 / 102 - 1, 12);
    expect(w.horizons[2]!.return).toBeCloseTo(112 / 102 - 1, 12);
  });

  it('horizons past the end of the data are blank (undefined), not 0', () => {
    const w = win(SPY, '2025-05-20'); // t0 = 05-19 (96); 5 bars after it
    expect(w.horizons[0]!.date).toBe('2025-05-20');
    expect(w.horizons[0]!.return).toBeCloseTo(98 / 96 - 1, 12);
    expect(w.horizons[1]!.date).toBe('2025-05-27');
    expect(w.horizons[1]!.return).toBeCloseTo(1 / 6, 12);
    expect(w.horizons[2]).toStrictEqual({ h: 10 });
    expect(w.horizons[2]!.return).toBeUndefined();
    expect(w.horizons[2]!.date).toBeUndefined();
  });

  it('a symbol with gaps counts its own bars: its horizon dates differ from the benchmark\'s', () => {
    // No bars on 05-12 and 05-13 (a suspension): only 9 bars after 05-09.
    const days = MAY.filter((d) => d !== '2025-05-12' && d !== '2025-05-13');
    const gappy = series('GAP', days, [48, 49, 49, 50, 50, 53, 52, 51, 46, 45, 47, 48, 49, 50]);
    const w = win(gappy, '2025-05-10');
    expect(w.t0).toEqual({ date: '2025-05-09', value: 50 });
    expect(w.horizons.map((x) => x.date)).toEqual(['2025-05-14', '2025-05-20', undefined]);
    expect(w.horizons[0]!.return).toBeCloseTo(0.06, 12);
    expect(w.horizons[1]!.return).toBeCloseTo(-0.1, 12);
    expect(w.horizons[2]!.return).toBeUndefined();

    const bench = win(SPY, '2025-05-10');
    expect(bench.horizons.map((x) => x.date)).toEqual(['2025-05-12', '2025-05-16', '2025-05-23']);

    // Excess only where both exist: T+10 is blank for GAP.
    const excess = windowExcess(w, bench);
    expect(Object.keys(excess).sort()).toEqual(['1', '5']);
    expect(excess[1]).toBeCloseTo(0.06 - 0.02, 12);
    expect(excess[5]).toBeCloseTo(-0.1 - -0.05, 12);
    expect(excess[10]).toBeUndefined();

    // An event inside the gap: t0 is GAP's own last bar before it (05-09), not 05-12.
    expect(win(gappy, '2025-05-13').t0.date).toBe('2025-05-09');
    expect(win(SPY, '2025-05-13').t0.date).toBe('2025-05-12');
  });
});

describe('windowExcess', () => {
  it('symbol minus benchmark at each horizon', () => {
    const qqq = series('QQQ', MAY, MAY_CLOSES.map((c, i) => c + i)); // t0 05-09: 104
    const w = win(qqq, '2025-05-10');
    // QQQ: 05-12 107, 05-16 104, 05-23 124
    const excess = windowExcess(w, win(SPY, '2025-05-10'));
    expect(excess[1]).toBeCloseTo(107 / 104 - 1 - 0.02, 12);
    expect(excess[5]).toBeCloseTo(0 - -0.05, 12);
    expect(excess[10]).toBeCloseTo(124 / 104 - 1 - 0.1, 12);
  });

  it('only where both exist: the benchmark running out blanks that horizon', () => {
    const shortBench = series('SPY', MAY.slice(0, 12), MAY_CLOSES.slice(0, 12)); // ends 05-20
    const excess = windowExcess(win(SPY, '2025-05-10'), win(shortBench, '2025-05-10'));
    expect(excess).toEqual({ 1: 0, 5: 0 });
    expect(10 in excess).toBe(false);
  });

  it('no benchmark window: nothing', () => {
    expect(windowExcess(win(SPY, '2025-05-10'), undefined)).toEqual({});
  });

  it('the benchmark against itself: 0 at every horizon that exists', () => {
    const w = win(SPY, '2025-05-10');
    expect(windowExcess(w, w)).toEqual({ 1: 0, 5: 0, 10: 0 });
  });
});

describe('windowPath', () => {
  it('is rebased at t0 (0 there), with offsets and the time axis', () => {
    const path = windowPath(SPY, '2025-05-10', 'price', 2, 3); // t0 = 05-09 (100)
    expect(path.map((p) => p.offset)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(path.map((p) => p.date)).toEqual(['2025-05-07', '2025-05-08', '2025-05-09', '2025-05-12', '2025-05-13', '2025-05-14']);
    expect(path.map((p) => p.time)).toEqual(path.map((p) => toTime(p.date)));
    expect(path[2]!.return).toBe(0);
    const expected = [-0.01, 0.01, 0, 0.02, 0.04, 0.03];
    path.forEach((p, i) => expect(p.return).toBeCloseTo(expected[i]!, 12));
  });

  it('defaults to 10 bars either side, clipped to the start of the data', () => {
    const path = windowPath(SPY, '2025-05-07', 'price'); // t0 = 05-06 (index 1)
    expect(path[0]).toEqual({ offset: -1, date: '2025-05-05', time: toTime('2025-05-05'), return: 97 / 98 - 1 });
    expect(path.map((p) => p.offset)).toEqual([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(path[1]!.return).toBe(0);
    expect(path.at(-1)!.date).toBe('2025-05-20');
  });

  it('clipped to the end of the data', () => {
    const path = windowPath(SPY, '2025-05-22', 'price'); // t0 = 05-21 (index 12)
    expect(path).toHaveLength(10 + 1 + 3);
    expect(path[0]!.offset).toBe(-10);
    expect(path[0]!.date).toBe('2025-05-07');
    expect(path.at(-1)).toEqual({ offset: 3, date: '2025-05-27', time: toTime('2025-05-27'), return: 112 / 105 - 1 });
    expect(path.find((p) => p.offset === 0)).toEqual({ offset: 0, date: '2025-05-21', time: toTime('2025-05-21'), return: 0 });
  });
});

describe('total basis', () => {
  const days = ['2025-05-08', '2025-05-09', '2025-05-12', '2025-05-13'];
  const adj: PriceBar[] = [
    { date: days[0]!, close: 101, adjClose: 99 },
    { date: days[1]!, close: 100, adjClose: 98 },
    { date: days[2]!, close: 102, adjClose: 102.9 },
    { date: days[3]!, close: 104, adjClose: 100.94 },
  ];
  const A: PriceSeries = { symbol: 'A', bars: adj };

  it('total uses adjClose; price uses close', () => {
    const total = win(A, '2025-05-10', 'total');
    expect(total.t0).toEqual({ date: '2025-05-09', value: 98 });
    expect(total.horizons[0]!.return).toBeCloseTo(102.9 / 98 - 1, 12); // +5.0%
    const price = win(A, '2025-05-10', 'price');
    expect(price.t0.value).toBe(100);
    expect(price.horizons[0]!.return).toBeCloseTo(0.02, 12);
    const path = windowPath(A, '2025-05-10', 'total');
    expect(path.map((p) => p.offset)).toEqual([-1, 0, 1, 2]);
    expect(path[0]!.return).toBeCloseTo(99 / 98 - 1, 12);
    expect(path[3]!.return).toBeCloseTo(0.03, 12);
  });

  it('total falls back to close for the whole series when any bar lacks adjClose', () => {
    const partial: PriceSeries = { symbol: 'A', bars: [adj[0]!, adj[1]!, { date: days[2]!, close: 102 }, adj[3]!] };
    expect(effectiveBasis(partial.bars, 'total')).toBe('price');
    const w = win(partial, '2025-05-10', 'total');
    expect(w.t0.value).toBe(100);
    expect(w.horizons[0]!.return).toBeCloseTo(0.02, 12);
    expect(windowPath(partial, '2025-05-10', 'total')[3]!.return).toBeCloseTo(0.04, 12);
  });
});

describe('tagStats', () => {
  // 20 made-up consecutive weekdays from Monday 2025-01-06.
  const DAYS = [
    '2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09', '2025-01-10', // 0-4
    '2025-01-13', '2025-01-14', '2025-01-15', '2025-01-16', '2025-01-17', // 5-9
    '2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24', // 10-14
    '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', // 15-19
  ];
  const closes = [100, 110, 132, 100, 100, 80, 99, 100, 100, 100, 130, 154, 100, 100, 100, 96, 100, 100, 100, 105];
  const SYM = series('MCHI', DAYS, closes);
  // Grows 1% a bar: its return at h is 1.01^h - 1 whatever t0.
  const BENCH = series('SPY', DAYS, DAYS.map((_, i) => 100 * 1.01 ** i));
  const g = { 1: 0.01, 5: 1.01 ** 5 - 1, 10: 1.01 ** 10 - 1 };

  function event(id: string, date: string, tags: string[]): MarketEvent {
    return { id, date, title: id, tags };
  }
  const EVENTS: MarketEvent[] = [
    // t0 = index 14 (100): T+1 96 -> -4%, T+5 105 -> +5%, T+10 past the end.
    event('e4', '2025-01-27', ['tariffs', 'talks']),
    // t0 = index 0 (100): T+1 110 -> +10%, T+5 80 -> -20%, T+10 130 -> +30%.
    event('e1', '2025-01-07', ['tariffs']),
    // t0 = index 1 (110): T+1 132 -> +20%, T+5 99 -> -10%, T+10 154 -> +40%.
    event('e2', '2025-01-08', ['tariffs', 'talks']),
    // t0 = index 5 (80), event on a Tuesday: T+1 99 -> +23.75%, T+5 130 -> +62.5%, T+10 96 -> +20%.
    event('e3', '2025-01-14', ['tariffs']),
    // No bar before it: contributes nothing.
    event('e0', '2025-01-06', ['tariffs', 'talks']),
  ];

  function horizon(stats: TagStat[], tag: string, h: number) {
    const found = stats.find((s) => s.tag === tag)?.horizons.find((x) => x.h === h);
    if (!found) throw new Error(`no ${tag} T+${h}`);
    return found;
  }

  it('plain returns without a benchmark: mean, median (even and odd counts), count, a missing horizon', () => {
    const stats = tagStats(EVENTS, ['talks', 'tariffs', 'none'], SYM, undefined, 'price');
    expect(stats.map((s) => s.tag)).toEqual(['talks', 'tariffs', 'none']);
    expect(stats.every((s) => s.horizons.map((x) => x.h).join() === '1,5,10')).toBe(true);

    // tariffs T+1: [-0.04, 0.1, 0.2, 0.2375]
    const t1 = horizon(stats, 'tariffs', 1);
    expect(t1.count).toBe(4);
    expect(t1.mean).toBeCloseTo(0.4975 / 4, 12);
    expect(t1.median).toBeCloseTo(0.15, 12); // even: mean of 0.1 and 0.2
    // tariffs T+5: [-0.2, -0.1, 0.05, 0.625]
    const t5 = horizon(stats, 'tariffs', 5);
    expect(t5.count).toBe(4);
    expect(t5.mean).toBeCloseTo(0.09375, 12);
    expect(t5.median).toBeCloseTo(-0.025, 12);
    // tariffs T+10: [0.2, 0.3, 0.4]; e4 has no T+10 yet
    const t10 = horizon(stats, 'tariffs', 10);
    expect(t10.count).toBe(3);
    expect(t10.mean).toBeCloseTo(0.3, 12);
    expect(t10.median).toBeCloseTo(0.3, 12); // odd: the middle one

    // talks: e2 and e4 (e0 has no t0)
    expect(horizon(stats, 'talks', 1).count).toBe(2);
    expect(horizon(stats, 'talks', 1).mean).toBeCloseTo(0.08, 12);
    expect(horizon(stats, 'talks', 1).median).toBeCloseTo(0.08, 12);
    expect(horizon(stats, 'talks', 5).mean).toBeCloseTo(-0.025, 12);
    const k10 = horizon(stats, 'talks', 10);
    expect(k10.count).toBe(1);
    expect(k10.mean).toBeCloseTo(0.4, 12);
    expect(k10.median).toBeCloseTo(0.4, 12);

    // a tag no event carries: counts of 0, no mean or median (blank, not 0)
    expect(stats[2]!.horizons).toStrictEqual([
      { h: 1, count: 0 },
      { h: 5, count: 0 },
      { h: 10, count: 0 },
    ]);
  });

  it('excess over the benchmark at each horizon', () => {
    const stats = tagStats(EVENTS, ['tariffs'], SYM, BENCH, 'price');
    expect(stats).toHaveLength(1);
    const [t1, t5, t10] = stats[0]!.horizons;
    expect(t1!.count).toBe(4);
    expect(t1!.mean).toBeCloseTo(0.4975 / 4 - g[1], 12);
    expect(t1!.median).toBeCloseTo(0.15 - g[1], 12);
    expect(t5!.mean).toBeCloseTo(0.09375 - g[5], 12);
    expect(t5!.median).toBeCloseTo(-0.025 - g[5], 12);
    expect(t10!.count).toBe(3);
    expect(t10!.mean).toBeCloseTo(0.3 - g[10], 12);
    expect(t10!.median).toBeCloseTo(0.3 - g[10], 12);
  });

  it('an event contributes only at horizons where both returns exist', () => {
    // The benchmark ends at index 15: e4's T+5 (index 19) is missing on its side.
    const short = series('SPY', DAYS.slice(0, 16), DAYS.slice(0, 16).map((_, i) => 100 * 1.01 ** i));
    const [t1, t5, t10] = tagStats(EVENTS, ['tariffs'], SYM, short, 'price')[0]!.horizons;
    expect(t1!.count).toBe(4);
    expect(t5!.count).toBe(3); // [-0.2, -0.1, 0.625] - g5
    expect(t5!.mean).toBeCloseTo(0.325 / 3 - g[5], 12);
    expect(t5!.median).toBeCloseTo(-0.1 - g[5], 12);
    expect(t10!.count).toBe(3);
  });

  it('the benchmark against itself: excess 0 wherever it exists', () => {
    const [t1, t5, t10] = tagStats(EVENTS, ['tariffs'], BENCH, BENCH, 'price')[0]!.horizons;
    expect(t1).toEqual({ h: 1, mean: 0, median: 0, count: 4 });
    expect(t5).toEqual({ h: 5, mean: 0, median: 0, count: 4 });
    expect(t10).toEqual({ h: 10, mean: 0, median: 0, count: 3 });
  });

  it('no tags or no events: nothing to report', () => {
    expect(tagStats(EVENTS, [], SYM, BENCH, 'price')).toEqual([]);
    expect(tagStats([], ['tariffs'], SYM, BENCH, 'price')[0]!.horizons.map((x) => x.count)).toEqual([0, 0, 0]);
  });

  it('uses adjClose on the total basis', () => {
    // adjClose = close / 2 before index 3 and close after: only windows spanning it change.
    const adjusted: PriceSeries = {
      symbol: 'MCHI',
      bars: SYM.bars.map((b, i) => ({ ...b, adjClose: i < 3 ? b.close / 2 : b.close })),
    };
    const total = tagStats([EVENTS[1]!], ['tariffs'], adjusted, undefined, 'total')[0]!.horizons;
    // e1: t0 adj 50; T+1 55 -> +10%; T+5 80 -> +60%; T+10 130 -> +160%
    expect(total[0]!.mean).toBeCloseTo(0.1, 12);
    expect(total[1]!.mean).toBeCloseTo(0.6, 12);
    expect(total[2]!.mean).toBeCloseTo(1.6, 12);
    const price = tagStats([EVENTS[1]!], ['tariffs'], adjusted, undefined, 'price')[0]!.horizons;
    expect(price[1]!.mean).toBeCloseTo(-0.2, 12);
  });

  it('stays fast on long data (binary search per event)', () => {
    const n = 20_000;
    const start = toTime('1950-01-02');
    const days = Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    const long = series('LONG', days, days.map((_, i) => 100 + (i % 17)));
    const events = Array.from({ length: 2_000 }, (_, i) => event(`x${i}`, days[(i * 7) % n]!, ['a', i % 2 ? 'b' : 'c']));
    const t = performance.now();
    const stats = tagStats(events, ['a', 'b', 'c'], long, long, 'total');
    expect(performance.now() - t).toBeLessThan(1000);
    expect(stats[0]!.horizons[0]!.count).toBe(1_999); // x0 falls on the first bar
  });
});
