// Fewer points for a chart than the data has, without changing what the eye sees: per
// horizontal pixel, the lowest and the highest point (min/max decimation), so every
// peak and trough stays where it was. SVG line charts slow down with the number of
// points; the pixels cannot show more than about two per column anyway.
// Pure: points in time order in (objects, or columns of numbers), a subset out.

/** Points per horizontal pixel the charts are given (one low, one high). */
export const POINTS_PER_PIXEL = 2;

export interface DownsampleOptions<P> {
  /** The plotted value of a point; undefined or non-finite points are never chosen as extremes. */
  value: (point: P) => number | undefined;
  /** Width of the plot in pixels: one bucket per pixel. */
  buckets: number;
  /** Timestamps whose points must survive (the days events start and end on). */
  keepTimes?: ReadonlySet<number>;
}

/**
 * The points to draw: the first and the last, each bucket's lowest and highest (so the
 * series' extremes), and every point dated in `keepTimes`, in their original order.
 * Points whose value is undefined are left out (a line joins across them).
 * At most `POINTS_PER_PIXEL * buckets + 2 + keepTimes.size` points. Input that already
 * fits is returned as it is (same array), so downsampling twice changes nothing.
 */
export function downsample<P extends { time: number }>(points: readonly P[], options: DownsampleOptions<P>): readonly P[] {
  const { value, buckets, keepTimes } = options;
  const values = new Float64Array(points.length);
  const present = new Uint8Array(points.length);
  points.forEach((p, i) => {
    const v = value(p);
    present[i] = v === undefined ? 0 : 1;
    values[i] = v ?? NaN;
  });
  const times = Float64Array.from(points, (p) => p.time);
  const kept = downsampleIndexes({ times, values, present }, 0, points.length - 1, buckets, keepTimes);
  return kept.length === points.length ? points : kept.map((i) => points[i]!);
}

/** Points as columns: a time and a value per index; `present[i] = 0` where there is no value. */
export interface PointColumns {
  times: Float64Array;
  values: Float64Array;
  /** Absent: every point has its value. */
  present?: Uint8Array;
}

/**
 * `downsample` over columns of numbers, between the indexes `from` and `to` (inclusive):
 * the indexes of the points to draw. Typed arrays and no callback per point, so a range
 * of 25 years is one quick pass.
 */
export function downsampleIndexes(columns: PointColumns, from: number, to: number, bucketCount: number, keepTimes?: ReadonlySet<number>): number[] {
  const { times, values, present } = columns;
  const buckets = Math.max(1, Math.floor(bucketCount));
  const keep = keepTimes && keepTimes.size > 0 ? keepTimes : undefined;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = from; i <= to; i++) {
    if (present && !present[i]) continue;
    if (first < 0) first = i;
    last = i;
    count++;
  }
  const out: number[] = [];
  if (count <= POINTS_PER_PIXEL * buckets + 2) {
    for (let i = first; i >= 0 && i <= last; i++) if (!present || present[i]) out.push(i);
    return out;
  }

  const start = times[first]!;
  const span = times[last]! - start || 1;
  const kept = new Uint8Array(last - first + 1);
  kept[0] = 1;
  kept[last - first] = 1;
  // Walk the points once, bucket by bucket (a bucket is an equal slice of time, like a pixel column).
  let bucket = -1;
  let lowIndex = -1;
  let highIndex = -1;
  let low = Infinity;
  let high = -Infinity;
  for (let i = first; i <= last; i++) {
    if (present && !present[i]) continue;
    const time = times[i]!;
    const b = Math.min(buckets - 1, Math.floor(((time - start) / span) * buckets));
    if (b !== bucket) {
      if (lowIndex >= 0) kept[lowIndex - first] = 1;
      if (highIndex >= 0) kept[highIndex - first] = 1;
      bucket = b;
      lowIndex = highIndex = -1;
      low = Infinity;
      high = -Infinity;
    }
    if (keep?.has(time)) kept[i - first] = 1;
    const v = values[i]!;
    // NaN fails both comparisons: a value that is not finite is never an extreme.
    if (v < low && v > -Infinity) {
      low = v;
      lowIndex = i;
    }
    if (v > high && v < Infinity) {
      high = v;
      highIndex = i;
    }
  }
  if (lowIndex >= 0) kept[lowIndex - first] = 1;
  if (highIndex >= 0) kept[highIndex - first] = 1;
  for (let i = first; i <= last; i++) if (kept[i - first]) out.push(i);
  return out;
}

/** Index of the point whose time is nearest `time` (the earlier one on a tie), or -1 when empty. Binary search. */
export function nearestIndex(points: readonly { time: number }[], time: number): number {
  if (points.length === 0 || !Number.isFinite(time)) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && time - points[lo - 1]!.time <= points[lo]!.time - time ? lo - 1 : lo;
}

/** A column of a grouped series: the time of its first point, and each series' value there. */
export interface ColumnGroup {
  time: number;
  /** By series, in the order the value functions were given; undefined where a series has none. */
  values: (number | undefined)[];
}

/**
 * Columns that fit `maxColumns`: consecutive points are grouped, and each group shows each
 * series' highest value, so a burst is never averaged away. One column per point when they fit.
 */
export function groupColumns<P extends { time: number }>(
  points: readonly P[],
  values: readonly ((point: P) => number | undefined)[],
  maxColumns: number,
): ColumnGroup[] {
  const size = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(maxColumns))));
  const groups: ColumnGroup[] = [];
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size);
    groups.push({
      time: group[0]!.time,
      values: values.map((value) => {
        let high: number | undefined;
        for (const point of group) {
          const v = value(point);
          if (v !== undefined && (high === undefined || v > high)) high = v;
        }
        return high;
      }),
    });
  }
  return groups;
}
