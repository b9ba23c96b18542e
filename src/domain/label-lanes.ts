// Overlap-free placement of chart labels (event titles above the price chart): each
// label goes in a horizontal lane, stacked so that labels in one lane never touch.

export interface LaneItem {
  id: string;
  /** Left edge, in pixels. */
  x: number;
  width: number;
}

/**
 * Lane (0, 1, 2, ...) of each label, by id. Labels are taken in order of x (ties keep
 * the input order); each goes in the lowest lane whose last label ends, plus `gap`, at
 * or before its x. With `maxLanes` lanes all taken, it goes in the lane whose last label
 * ends earliest (the lowest such lane on ties), and may then overlap the labels there:
 * the lane is still returned as is, and the caller decides what to do about it.
 */
export function assignLanes(items: readonly LaneItem[], gap = 4, maxLanes = 3): Map<string, number> {
  const order = items.map((item, index) => ({ item, index }));
  order.sort((a, b) => a.item.x - b.item.x || a.index - b.index);
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const { item } of order) {
    let lane = laneEnds.findIndex((end) => end <= item.x);
    if (lane < 0) {
      if (laneEnds.length < Math.max(1, maxLanes)) {
        lane = laneEnds.length;
      } else {
        lane = 0;
        for (let i = 1; i < laneEnds.length; i++) if (laneEnds[i]! < laneEnds[lane]!) lane = i;
      }
    }
    // Max: after a forced placement, the lane stays taken until its longest label ends.
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, item.x + item.width + gap);
    lanes.set(item.id, lane);
  }
  return lanes;
}

/** Number of lanes used: highest lane + 1, 0 for no labels. */
export function laneCount(lanes: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const lane of lanes.values()) count = Math.max(count, lane + 1);
  return count;
}
