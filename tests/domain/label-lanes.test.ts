// @vitest-environment node
// Chart label lanes: labels in one lane never overlap while lanes remain.
import { assignLanes, laneCount, type LaneItem } from '@/domain/label-lanes';

function lanesOf(items: readonly LaneItem[], gap?: number, maxLanes?: number): number[] {
  const map = assignLanes(items, gap, maxLanes);
  return items.map((item) => map.get(item.id)!);
}

/** The space a label takes, gap included: [x, x + width + gap). */
function overlaps(a: LaneItem, b: LaneItem, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap;
}

/** mulberry32: a tiny deterministic PRNG, uniform in [0, 1). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomLayout(random: () => number): LaneItem[] {
  const n = 1 + Math.floor(random() * 25);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    // Some integer positions so that exact touches and ties happen.
    x: random() < 0.3 ? Math.floor(random() * 20) * 10 : random() * 200,
    width: random() < 0.1 ? 0 : random() * 60,
  }));
}

describe('assignLanes', () => {
  it('labels that do not overlap all go in lane 0', () => {
    const items = [
      { id: 'a', x: 0, width: 10 },
      { id: 'b', x: 20, width: 10 },
      { id: 'c', x: 40, width: 30 },
    ];
    expect(lanesOf(items)).toEqual([0, 0, 0]);
    expect(laneCount(assignLanes(items))).toBe(1);
  });

  it('overlapping labels spread into lanes 1 and 2', () => {
    const items = [
      { id: 'a', x: 0, width: 50 },
      { id: 'b', x: 10, width: 50 },
      { id: 'c', x: 20, width: 50 },
    ];
    expect(lanesOf(items)).toEqual([0, 1, 2]);
    expect(laneCount(assignLanes(items))).toBe(3);
  });

  it('a label placed exactly at the gap boundary reuses lane 0; one pixel earlier does not', () => {
    // a ends at 50, + gap 4 = 54
    expect(lanesOf([{ id: 'a', x: 0, width: 50 }, { id: 'b', x: 54, width: 10 }])).toEqual([0, 0]);
    expect(lanesOf([{ id: 'a', x: 0, width: 50 }, { id: 'b', x: 53, width: 10 }])).toEqual([0, 1]);
    // with a custom gap
    expect(lanesOf([{ id: 'a', x: 0, width: 50 }, { id: 'b', x: 50, width: 10 }], 0)).toEqual([0, 0]);
    expect(lanesOf([{ id: 'a', x: 0, width: 50 }, { id: 'b', x: 54, width: 10 }], 10)).toEqual([0, 1]);
  });

  it('takes the lowest free lane, reusing lane 0 once it frees up', () => {
    const items = [
      { id: 'a', x: 0, width: 20 }, // lane 0, free from 24
      { id: 'b', x: 10, width: 100 }, // lane 1, free from 114
      { id: 'c', x: 30, width: 10 }, // lane 0 again
    ];
    expect(lanesOf(items)).toEqual([0, 1, 0]);
  });

  it('sorts by x whatever the input order; ties keep the input order', () => {
    const items = [
      { id: 'late', x: 100, width: 10 },
      { id: 'tie1', x: 0, width: 10 },
      { id: 'tie2', x: 0, width: 10 },
    ];
    const map = assignLanes(items);
    expect(map.get('tie1')).toBe(0);
    expect(map.get('tie2')).toBe(1);
    expect(map.get('late')).toBe(0);
  });

  it('with every lane taken, uses the lane whose last label ends earliest (and may overlap)', () => {
    const items = [
      { id: 'a', x: 0, width: 100 }, // lane 0, ends 104
      { id: 'b', x: 10, width: 20 }, // lane 1, ends 34
      { id: 'c', x: 20, width: 60 }, // lane 2, ends 84
      { id: 'd', x: 30, width: 10 }, // all taken: lane 1 ends earliest
    ];
    expect(lanesOf(items)).toEqual([0, 1, 2, 1]);
    expect(lanesOf(items, 4, 2)).toEqual([0, 1, 1, 1]);
    expect(lanesOf(items, 4, 1)).toEqual([0, 0, 0, 0]);
    expect(laneCount(assignLanes(items, 4, 10))).toBe(4);
  });

  it('no labels: an empty map, 0 lanes', () => {
    expect(assignLanes([]).size).toBe(0);
    expect(laneCount(new Map())).toBe(0);
  });

  it('property: lanes stay within maxLanes, and two labels share a lane and overlap only when every lane was taken', () => {
    const random = prng(20250725);
    for (let run = 0; run < 400; run++) {
      const items = randomLayout(random);
      const gap = [0, 4, 8][run % 3]!;
      const maxLanes = 1 + (run % 4);
      const map = assignLanes(items, gap, maxLanes);
      expect(map.size).toBe(items.length);
      const sorted = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.x - b.item.x || a.index - b.index);
      for (let j = 0; j < sorted.length; j++) {
        const b = sorted[j]!.item;
        const lane = map.get(b.id)!;
        expect(Number.isInteger(lane) && lane >= 0 && lane < maxLanes).toBe(true);
        const earlier = sorted.slice(0, j).map((s) => s.item);
        const clash = earlier.some((a) => map.get(a.id) === lane && overlaps(a, b, gap));
        if (clash) {
          // Every lane was taken at b's x: at least maxLanes earlier labels still cover it.
          const covering = earlier.filter((a) => a.x + a.width + gap > b.x).length;
          expect(covering).toBeGreaterThanOrEqual(maxLanes);
        }
      }
    }
  });

  it('property: with lanes to spare, no lane holds overlapping labels and the lane count is the fewest possible', () => {
    const random = prng(7);
    for (let run = 0; run < 300; run++) {
      const items = randomLayout(random);
      // A positive gap, so that even a zero-width label takes some room.
      const gap = run % 2 ? 4 : 1;
      const map = assignLanes(items, gap, Infinity);
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!;
          const b = items[j]!;
          if (map.get(a.id) === map.get(b.id)) expect(overlaps(a, b, gap)).toBe(false);
        }
      }
      // The most labels whose spans [x, x + width + gap) cover one point: no layout can use fewer lanes.
      let depth = 0;
      for (const p of items) depth = Math.max(depth, items.filter((q) => q.x <= p.x && p.x < q.x + q.width + gap).length);
      expect(laneCount(map)).toBe(depth);
    }
  });
});
