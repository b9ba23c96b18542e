import fc from 'fast-check';
import { downsample, groupColumns, nearestIndex, POINTS_PER_PIXEL } from '@/domain/downsample';

const DAY = 86_400_000;

interface P {
  time: number;
  v: number;
}
const value = (p: P) => p.v;

/** A random walk of `n` daily points from a seed, deterministic. */
function walk(n: number, seed = 1): P[] {
  let x = seed;
  let v = 100;
  return Array.from({ length: n }, (_, i) => {
    x = (x * 16807) % 2147483647;
    v += (x / 2147483647 - 0.5) * 4;
    return { time: Date.UTC(2001, 0, 1) + i * DAY, v };
  });
}

describe('downsample', () => {
  it('returns small input as it is, the same array', () => {
    const points = walk(50);
    expect(downsample(points, { value, buckets: 40 })).toBe(points);
  });

  it('is idempotent: downsampling its own output changes nothing', () => {
    const once = downsample(walk(6300), { value, buckets: 600 });
    expect(downsample(once, { value, buckets: 600 })).toEqual(once);
  });

  it('keeps at most two points per pixel plus the ends', () => {
    const points = walk(6300);
    const out = downsample(points, { value, buckets: 600 });
    expect(out.length).toBeLessThanOrEqual(POINTS_PER_PIXEL * 600 + 2);
    expect(out.length).toBeGreaterThan(600); // every pixel column still has its low and high
  });

  it('keeps the first and last point and the extremes', () => {
    const points = walk(6300, 7);
    const out = downsample(points, { value, buckets: 300 });
    expect(out[0]).toBe(points[0]);
    expect(out.at(-1)).toBe(points.at(-1));
    const values = points.map(value);
    expect(out.map(value)).toContain(Math.min(...values));
    expect(out.map(value)).toContain(Math.max(...values));
  });

  it('keeps the points on event dates even when they are no extreme', () => {
    const points = walk(6300, 3);
    const eventTimes = new Set([points[1234]!.time, points[4000]!.time]);
    const out = downsample(points, { value, buckets: 100, keepTimes: eventTimes });
    expect(out).toContain(points[1234]);
    expect(out).toContain(points[4000]);
  });

  it('keeps each pixel column low and high, so the drawn envelope is unchanged', () => {
    const points = walk(5000, 11);
    const buckets = 250;
    const out = downsample(points, { value, buckets });
    const span = points.at(-1)!.time - points[0]!.time;
    const column = (p: P) => Math.min(buckets - 1, Math.floor(((p.time - points[0]!.time) / span) * buckets));
    const envelope = (list: readonly P[]) => {
      const map = new Map<number, [number, number]>();
      for (const p of list) {
        const [lo, hi] = map.get(column(p)) ?? [Infinity, -Infinity];
        map.set(column(p), [Math.min(lo, p.v), Math.max(hi, p.v)]);
      }
      return map;
    };
    expect(envelope(out)).toEqual(envelope(points));
  });

  it('skips points without a value when choosing extremes', () => {
    const points = walk(1000).map((p, i) => (i % 3 === 0 ? { ...p, v: Number.NaN } : p));
    const out = downsample(points, { value, buckets: 50 });
    expect(out.slice(1, -1).every((p) => Number.isFinite(p.v))).toBe(true);
  });

  it('leaves out points with no value at all, so a line joins across them, and starts and ends on valued ones', () => {
    const gappy = (n: number) => walk(n).map((p, i) => (i % 4 === 1 || i === 0 ? { time: p.time, v: undefined } : p));
    const maybe = (p: { v?: number }) => p.v;
    for (const n of [40, 6300]) {
      const points = gappy(n);
      const out = downsample(points, { value: maybe, buckets: 100, keepTimes: new Set([points[5]!.time]) });
      expect(out.every((p) => p.v !== undefined)).toBe(true);
      expect(out[0]).toBe(points[2]);
      expect(out.at(-1)).toBe(points.at(-1));
    }
  });

  it('holds its bounds and order for any series (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { maxLength: 3000 }),
        fc.integer({ min: 1, max: 800 }),
        (values, buckets) => {
          const points = values.map((v, i) => ({ time: i * DAY, v }));
          const out = downsample(points, { value, buckets });
          expect(out.length).toBeLessThanOrEqual(Math.max(points.length, POINTS_PER_PIXEL * buckets + 2));
          for (let i = 1; i < out.length; i++) expect(out[i]!.time).toBeGreaterThan(out[i - 1]!.time);
          if (points.length > 0) {
            expect(out[0]).toBe(points[0]);
            expect(out.at(-1)).toBe(points.at(-1));
            expect(Math.max(...out.map(value))).toBe(Math.max(...values));
            expect(Math.min(...out.map(value))).toBe(Math.min(...values));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nearestIndex (the hover path: exact rows, not drawn ones)', () => {
  const fri = Date.UTC(2025, 6, 25);
  const rows = [{ time: fri - DAY }, { time: fri }, { time: fri + 3 * DAY }];

  it('finds an exact date', () => {
    expect(nearestIndex(rows, fri)).toBe(1);
  });

  it('snaps to the nearer trading day, the earlier on a tie', () => {
    expect(nearestIndex(rows, fri + DAY)).toBe(1); // Saturday: Friday
    expect(nearestIndex(rows, fri + 2 * DAY)).toBe(2); // Sunday: Monday
    expect(nearestIndex(rows, fri + 1.5 * DAY)).toBe(1);
  });

  it('clamps outside the data and says -1 for none', () => {
    expect(nearestIndex(rows, 0)).toBe(0);
    expect(nearestIndex(rows, fri + 100 * DAY)).toBe(2);
    expect(nearestIndex([], fri)).toBe(-1);
    expect(nearestIndex(rows, Number.NaN)).toBe(-1);
  });

  it('agrees with a linear scan (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: -100, max: 10_100 }), (times, t) => {
        const sorted = times.sort((a, b) => a - b).map((time) => ({ time }));
        const best = Math.min(...sorted.map((p) => Math.abs(p.time - t)));
        expect(Math.abs(sorted[nearestIndex(sorted, t)]!.time - t)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });
});

describe('groupColumns', () => {
  const DAY = 86_400_000;
  const rows = Array.from({ length: 10 }, (_, i) => ({ time: i * DAY, spy: i === 7 ? 3.5 : 1, qqq: i === 3 ? undefined : 0.5 + i / 10 }));
  const values = [(r: (typeof rows)[number]) => r.spy, (r: (typeof rows)[number]) => r.qqq];

  it('gives one column per row when they fit', () => {
    const groups = groupColumns(rows, values, 10);
    expect(groups.map((g) => g.time)).toEqual(rows.map((r) => r.time));
    expect(groups[3]!.values).toEqual([1, undefined]);
  });

  it('groups consecutive days to fit, keeping each group highest value (a burst survives)', () => {
    const groups = groupColumns(rows, values, 4);
    expect(groups).toHaveLength(4); // groups of 3 days: 0-2, 3-5, 6-8, 9
    expect(groups.map((g) => g.time)).toEqual([0, 3 * DAY, 6 * DAY, 9 * DAY]);
    expect(groups[2]!.values[0]).toBe(3.5);
    expect(groups[0]!.values[1]).toBeCloseTo(0.7);
    expect(groups[1]!.values[1]).toBeCloseTo(1.0); // day 3 has none; days 4 and 5 do
  });
});
