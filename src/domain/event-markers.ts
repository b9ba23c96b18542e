// Where a chart's event markers go on their lane above the plot (docs/definitions.md#events):
// markers closer than they can be told apart merge into a cluster, and labels go beside or
// under their marker so that no label overlaps another label or a marker and none leaves
// [left, right]; a label that fits nowhere is dropped (its marker stays). Pixels in, pixels
// out: src/ui/chart/event-overlay.tsx measures the events on the chart's scale and draws this.
import type { EventImportance } from './types';

const DAY_MS = 86_400_000;
/** Charts spanning more than this (about a year) show major events only. */
export const MINOR_EVENTS_MAX_SPAN_DAYS = 400;

/**
 * The events a chart spanning `spanMs` shows on its lane: every one up to about a year,
 * otherwise the major ones (absent importance = major) and the selected one, whatever it is.
 */
export function eventsForSpan<E extends { id: string; importance?: EventImportance }>(
  events: readonly E[],
  spanMs: number,
  selectedId?: string,
): readonly E[] {
  if (spanMs <= MINOR_EVENTS_MAX_SPAN_DAYS * DAY_MS) return events;
  return events.filter((e) => e.importance !== 'minor' || e.id === selectedId);
}

export interface LaneEvent {
  id: string;
  /** x of the event's first day, px. */
  x: number;
  /** x where a multi-day event's last day ends (the next day's x), px; absent: one day. */
  xEnd?: number;
  /** What its label may read, longest first: the first that fits is shown (see labelTexts). */
  labels: readonly { text: string; width: number }[];
  /** Labels are placed in this order, lowest first (the selected event, then major, then minor); ties by x. */
  rank: number;
}

export interface LaneOptions {
  left: number;
  right: number;
  /** Half a one-day marker's width, px (a multi-day bar is at least twice this wide). */
  radius: number;
  /** Least room between two marks (markers, clusters, labels), px: markers closer than this merge. */
  gap: number;
  /** The width of a cluster of `count` events, px (room for the count). */
  clusterWidth: (count: number) => number;
  /**
   * Rows labels may use: 0 none (markers only), 1 the markers' own row (a label right of
   * its marker), 2 also a row under the markers (a label starting under its marker).
   */
  labelRows: number;
}

export interface LaneLabel {
  text: string;
  /** Left edge, px. */
  x: number;
  width: number;
  /** 0: the markers' row; 1: the row under it. */
  row: number;
}

export interface LaneMark {
  /** The events it stands for, by x: one is a marker, more a cluster. */
  ids: string[];
  /** Its box on the lane, px, within [left, right]. */
  from: number;
  to: number;
  /** A marker's label, when one fits; a cluster has none. */
  label?: LaneLabel;
}

interface Group {
  members: LaneEvent[];
  /** The members' own boxes, unioned. */
  from: number;
  to: number;
}

/** The lane's marks, left to right: markers and clusters whose boxes keep `gap` apart, and the labels that fit. */
export function layoutLane(events: readonly LaneEvent[], options: LaneOptions): LaneMark[] {
  const { left, right, gap } = options;
  const sorted = events.map((event, index) => ({ event, index, box: ownBox(event, options) }));
  sorted.sort((a, b) => a.box.from - b.box.from || a.index - b.index);

  // A stack of groups whose drawn boxes keep `gap` apart: each new marker merges with the
  // last group while they touch, and a merged group, grown or pushed off the edge, may then
  // touch the one before it.
  const stack: { group: Group; box: Box }[] = [];
  for (const { event, box } of sorted) {
    let group: Group = { members: [event], from: box.from, to: box.to };
    let drawn = drawnBox(group, options);
    while (stack.length > 0 && stack[stack.length - 1]!.box.to + gap > drawn.from) {
      const previous = stack.pop()!.group;
      group = { members: [...previous.members, ...group.members], from: Math.min(previous.from, group.from), to: Math.max(previous.to, group.to) };
      drawn = drawnBox(group, options);
    }
    stack.push({ group, box: drawn });
  }

  const marks: LaneMark[] = stack.map(({ group, box }) => ({ ids: group.members.map((m) => m.id), from: box.from, to: box.to }));
  if (options.labelRows > 0) placeLabels(marks, stack.map((s) => s.group.members), options, left, right);
  return marks;
}

interface Box {
  from: number;
  to: number;
}

/** A marker's own box: a dot centred on its day, or a bar from its first day to the end of its last. */
function ownBox({ x, xEnd }: LaneEvent, { radius }: LaneOptions): Box {
  if (xEnd === undefined) return { from: x - radius, to: x + radius };
  const centre = (x + xEnd) / 2;
  const half = Math.max(radius, (xEnd - x) / 2);
  return { from: centre - half, to: centre + half };
}

/**
 * Where a group is drawn, kept within [left, right]: a marker's own box; a cluster as a
 * badge for its count centred on its members (not spanning them, which would merge a run
 * of events into one long bar and hide how they spread).
 */
function drawnBox(group: Group, options: LaneOptions): Box {
  const { left, right } = options;
  let { from, to } = group;
  if (group.members.length > 1) {
    const width = options.clusterWidth(group.members.length);
    const centre = (from + to) / 2;
    from = centre - width / 2;
    to = centre + width / 2;
  }
  // A bar reaching past an edge (an event begun before the range) is cut there; anything
  // else keeps its width and moves inside.
  if (group.members.length === 1 && group.members[0]!.xEnd !== undefined) {
    from = Math.max(from, left);
    to = Math.min(to, right);
    if (to - from < 2 * options.radius) [from, to] = from <= left ? [left, left + 2 * options.radius] : [right - 2 * options.radius, right];
  }
  if (from < left) [from, to] = [left, left + (to - from)];
  if (to > right) [from, to] = [right - (to - from), right];
  return { from: Math.max(from, left), to: Math.min(to, right) };
}

/**
 * Labels for markers (not clusters), by rank then x. First as many as fit, each at its
 * shortest text; then, in the same order, each grows to the longest text that still fits.
 */
function placeLabels(marks: LaneMark[], members: LaneEvent[][], options: LaneOptions, left: number, right: number): void {
  const { gap, labelRows } = options;
  // Taken intervals per row, each with the mark whose label it is; row 0 holds the marks themselves.
  const taken: (Box & { owner?: LaneMark })[][] = [marks.map((m) => ({ from: m.from, to: m.to }))];
  for (let row = 1; row < labelRows; row++) taken.push([]);
  const fits = (row: number, from: number, to: number, owner: LaneMark) =>
    from >= left && to <= right && taken[row]!.every((t) => t.owner === owner || to + gap <= t.from || from >= t.to + gap);
  const place = (mark: LaneMark, { text, width }: { text: string; width: number }): boolean => {
    const spots = [{ row: 0, x: mark.to + gap }];
    // Under the marker: starting at its left edge, or, near the right edge, ending at its right.
    if (labelRows > 1) spots.push({ row: 1, x: mark.from }, { row: 1, x: mark.to - width });
    const spot = spots.find(({ row, x }) => fits(row, x, x + width, mark));
    if (!spot) return false;
    for (const row of taken) row.splice(0, row.length, ...row.filter((t) => t.owner !== mark));
    mark.label = { text, x: spot.x, width, row: spot.row };
    taken[spot.row]!.push({ from: spot.x, to: spot.x + width, owner: mark });
    return true;
  };

  const order = marks.flatMap((mark, i) => {
    const [event, ...others] = members[i]!;
    return event && others.length === 0 ? [{ mark, rank: event.rank, labels: [...event.labels].sort((a, b) => b.width - a.width) }] : [];
  });
  order.sort((a, b) => a.rank - b.rank || a.mark.from - b.mark.from);
  // A shorter text fits wherever a longer one does (same anchor, narrower), so the shortest decides.
  for (const { mark, labels } of order) if (labels.length > 0) place(mark, labels[labels.length - 1]!);
  for (const { mark, labels } of order) {
    if (!mark.label) continue;
    for (const label of labels) if (label.width <= mark.label.width || place(mark, label)) break;
  }
}
