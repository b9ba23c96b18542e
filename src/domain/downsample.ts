// Fewer points for a chart than the data has, without changing what the eye sees: per
// horizontal pixel, the lowest and the highest point (min/max decimation), so every
// peak and trough stays where it was. SVG line charts slow down with the number of
// points; the pixels cannot show more than about two per column anyway.
// Pure: points in time order in, a subset of the same objects out.

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
 * At most `POINTS_PER_PIXEL * buckets + 2 + keepTimes.size` points. Input that already
 * fits is returned as it is (same array), so downsampling twice changes nothing.
 */
export function downsample<P extends { time: number }>(points: readonly P[], options: DownsampleOptions<P>): readonly P[] {
  const buckets = Math.max(1, Math.floor(options.buckets));
  if (points.length <= POINTS_PER_PIXEL * buckets + 2) return points;

  const { value, keepTimes } = options;
  const first = points[0]!.time;
  const span = points[points.length - 1]!.time - first || 1;
  const kept = new Uint8Array(points.length);
  kept[0] = 1;
  kept[points.length - 1] = 1;

  // Walk the points once, bucket by bucket (a bucket is an equal slice of time, like a pixel column).
  let bucket = -1;
  let lowIndex = -1;
  let highIndex = -1;
  let low = Infinity;
  let high = -Infinity;
  const closeBucket = () => {
    if (lowIndex >= 0) kept[lowIndex] = 1;
    if (highIndex >= 0) kept[highIndex] = 1;
  };
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    const b = Math.min(buckets - 1, Math.floor(((point.time - first) / span) * buckets));
    if (b !== bucket) {
      closeBucket();
      bucket = b;
      lowIndex = highIndex = -1;
      low = Infinity;
      high = -Infinity;
    }
    if (keepTimes?.has(point.time)) kept[i] = 1;
    const v = value(point);
    if (v === undefined || !Number.isFinite(v)) continue;
    if (v < low) [low, lowIndex] = [v, i];
    if (v > high) [high, highIndex] = [v, i];
  }
  closeBucket();

  const out: P[] = [];
  for (let i = 0; i < points.length; i++) if (kept[i]) out.push(points[i]!);
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
