// @vitest-environment node
// The event lane's layout (docs/definitions.md#events): markers too close to tell apart
// merge into clusters, no mark or label overlaps another, nothing leaves [left, right],
// and charts wider than about a year leave minor events out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsForSpan, layoutLane, MINOR_EVENTS_MAX_SPAN_DAYS, type LaneEvent, type LaneMark, type LaneOptions } from '@/domain/event-markers';

const DAY_MS = 86_400_000;
const OPTIONS: LaneOptions = { left: 100, right: 700, radius: 5, gap: 3, clusterWidth: (n) => (n < 10 ? 16 : 23), labelRows: 2 };

function event(id: string, x: number, extra: Partial<LaneEvent> = {}): LaneEvent {
  return { id, x, labels: [], rank: 1, ...extra };
}
/** A label text `width` px wide. */
const label = (text: string, width: number) => ({ text, width });

/** Every box a person sees on the lane: each mark (row 0) and each label (its row). */
function boxes(marks: readonly LaneMark[]) {
  return marks.flatMap((m) => [
    { what: `mark ${m.ids.join(' ')}`, row: 0, from: m.from, to: m.to },
    ...(m.label ? [{ what: `label ${m.label.text}`, row: m.label.row, from: m.label.x, to: m.label.x + m.label.width }] : []),
  ]);
}

function expectNoOverlapInside(marks: readonly LaneMark[], options: LaneOptions) {
  const all = boxes(marks);
  for (const b of all) {
    expect(b.from, b.what).toBeGreaterThanOrEqual(options.left);
    expect(b.to, b.what).toBeLessThanOrEqual(options.right);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.row !== b.row) continue;
      const apart = a.to + options.gap <= b.from + 1e-9 || b.to + options.gap <= a.from + 1e-9;
      expect(apart, `${a.what} [${a.from}, ${a.to}] and ${b.what} [${b.from}, ${b.to}]`).toBe(true);
    }
  }
}

describe('layoutLane: markers and clusters', () => {
  it('keeps markers that can be told apart as markers, a dot centred on its day', () => {
    const marks = layoutLane([event('a', 200), event('b', 220), event('c', 400)], OPTIONS);
    expect(marks.map((m) => m.ids)).toEqual([['a'], ['b'], ['c']]);
    expect(marks[0]).toMatchObject({ from: 195, to: 205 });
  });

  it('merges markers closer than the gap into one cluster, centred on them, wide enough for its count', () => {
    // Dots 10 px wide: 12 px apart centre to centre leaves 2 px between them, under the 3 px gap.
    const marks = layoutLane([event('a', 300), event('b', 312), event('c', 318), event('far', 500)], OPTIONS);
    expect(marks.map((m) => m.ids)).toEqual([['a', 'b', 'c'], ['far']]);
    expect(marks[0]!.to - marks[0]!.from).toBe(16);
    expect((marks[0]!.from + marks[0]!.to) / 2).toBe(309);
  });

  it('draws a multi-day event as a bar from its first day to the end of its last, at least a dot wide', () => {
    const [bar, short] = layoutLane([event('talks', 200, { xEnd: 260 }), event('brief', 400, { xEnd: 404 })], OPTIONS);
    expect(bar).toMatchObject({ ids: ['talks'], from: 200, to: 260 });
    expect(short).toMatchObject({ from: 397, to: 407 });
  });

  it('cuts a bar at the plot edge and moves an edge dot inside, so nothing leaves [left, right]', () => {
    const marks = layoutLane([event('began-before', 40, { xEnd: 130 }), event('last-day', 700)], OPTIONS);
    expect(marks[0]).toMatchObject({ from: 100, to: 130 });
    expect(marks[1]).toMatchObject({ from: 690, to: 700 });
  });

  it('merges a cluster with a neighbour it comes to touch once it is drawn', () => {
    // a and b merge into a 30 px badge centred at 205.5: [190.5, 220.5]. c's dot [223, 233] keeps
    // the gap from b's dot [206, 216], not from the badge.
    const marks = layoutLane([event('a', 200), event('b', 211), event('c', 228)], { ...OPTIONS, clusterWidth: () => 30 });
    expect(marks.map((m) => m.ids)).toEqual([['a', 'b', 'c']]);
  });

  it('lists a cluster’s events by x, whatever order they came in', () => {
    const marks = layoutLane([event('late', 310), event('early', 300)], OPTIONS);
    expect(marks[0]!.ids).toEqual(['early', 'late']);
  });

  it('lays out nothing for no events', () => {
    expect(layoutLane([], OPTIONS)).toEqual([]);
  });
});

describe('layoutLane: labels', () => {
  it('puts a label right of its marker when the room before the next marker allows', () => {
    const [a] = layoutLane([event('a', 200, { labels: [label('Talks', 40)] }), event('b', 300)], OPTIONS);
    expect(a!.label).toEqual({ text: 'Talks', x: 208, width: 40, row: 0 });
  });

  it('puts it under its marker when a marker is in the way, and drops it when neither row has room', () => {
    const long = [label('A long title', 120)];
    const marks = layoutLane([event('a', 200, { labels: long }), event('b', 230, { labels: long }), event('c', 260, { labels: long })], OPTIONS);
    expect(marks[0]!.label).toMatchObject({ row: 1, x: 195 });
    expect(marks[1]!.label).toBeUndefined();
    // c's label fits right of it, in the markers' row.
    expect(marks[2]!.label).toMatchObject({ row: 0, x: 268 });
    expectNoOverlapInside(marks, OPTIONS);
  });

  it('takes the longest text that fits, after giving every marker its shortest', () => {
    const texts = [label('US-China trade talks in Geneva', 170), label('US-China trade talks…', 110)];
    const marks = layoutLane([event('a', 200, { labels: texts }), event('b', 330, { labels: [label('Deadline', 45)] })], OPTIONS);
    // a's whole title would reach b's marker in row 0; under it, there is room.
    expect(marks[0]!.label).toMatchObject({ text: 'US-China trade talks in Geneva', row: 1 });
    expect(marks[1]!.label).toMatchObject({ text: 'Deadline', row: 0 });
  });

  it('never cuts a label at the right edge: it ends under its marker, or is dropped', () => {
    const marks = layoutLane([event('end', 690, { labels: [label('Truce extended', 80)] })], OPTIONS);
    expect(marks[0]!.label).toEqual({ text: 'Truce extended', x: 615, width: 80, row: 1 });
    const narrow = layoutLane([event('end', 120, { labels: [label('Far too long for this lane', 200)] })], { ...OPTIONS, left: 100, right: 250 });
    expect(narrow[0]!.label).toBeUndefined();
  });

  it('labels the selected event first, then major before minor events', () => {
    // Two markers whose labels only fit under them, where only one fits: the lower rank takes the room.
    const texts = [label('Some event', 60)];
    const labelled = (first: number, second: number) =>
      layoutLane([event('first', 200, { labels: texts, rank: first }), event('second', 212, { labels: texts, rank: second }), event('blocker', 240)], {
        ...OPTIONS,
        left: 150,
        gap: 1,
      })
        .filter((m) => m.label)
        .map((m) => m.ids[0]);
    expect(labelled(1, 1)).toEqual(['first']);
    expect(labelled(2, 1)).toEqual(['second']);
    expect(labelled(1, 2)).toEqual(['first']);
    expect(labelled(1, 0)).toEqual(['second']);
  });

  it('gives clusters no label, and no labels at all with no label rows (a narrow chart)', () => {
    const texts = [label('x', 5)];
    const clustered = layoutLane([event('a', 300, { labels: texts }), event('b', 305, { labels: texts })], OPTIONS);
    expect(clustered[0]!.label).toBeUndefined();
    const narrow = layoutLane([event('a', 300, { labels: texts })], { ...OPTIONS, labelRows: 0 });
    expect(narrow[0]!.label).toBeUndefined();
  });

  it('property: no mark or label overlaps another in its row, and none leaves [left, right]', () => {
    const laneEvent = fc.record({
      x: fc.oneof(fc.integer({ min: 60, max: 740 }), fc.double({ min: 60, max: 740, noNaN: true })),
      days: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 80 })),
      widths: fc.array(fc.integer({ min: 0, max: 260 }), { maxLength: 3 }),
      rank: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(laneEvent, { maxLength: 40 }),
        fc.record({ width: fc.integer({ min: 40, max: 1200 }), labelRows: fc.integer({ min: 0, max: 3 }), gap: fc.integer({ min: 1, max: 6 }) }),
        (raw, { width, labelRows, gap }) => {
          const options = { ...OPTIONS, left: 100, right: 100 + width, labelRows, gap };
          const events = raw.map((r, i) =>
            event(`e${i}`, r.x, { xEnd: r.days ? r.x + r.days * 3 : undefined, rank: r.rank, labels: r.widths.map((w) => label(`t${w}`, w)) }),
          );
          const marks = layoutLane(events, options);
          expectNoOverlapInside(marks, options);
          // Every event is on the lane exactly once.
          expect(marks.flatMap((m) => m.ids).sort()).toEqual(events.map((e) => e.id).sort());
        },
      ),
    );
  });
});

describe('eventsForSpan: minor events on wide charts', () => {
  const events = [{ id: 'talks' }, { id: 'call', importance: 'minor' as const }, { id: 'deal', importance: 'major' as const }, { id: 'reminder', importance: 'minor' as const }];

  it('shows every event on a chart spanning about a year or less', () => {
    expect(eventsForSpan(events, 365 * DAY_MS)).toEqual(events);
    expect(eventsForSpan(events, MINOR_EVENTS_MAX_SPAN_DAYS * DAY_MS)).toEqual(events);
  });

  it('shows major events only (absent importance is major) on a wider chart, and the selected one whatever it is', () => {
    expect(eventsForSpan(events, 5 * 365 * DAY_MS).map((e) => e.id)).toEqual(['talks', 'deal']);
    expect(eventsForSpan(events, 5 * 365 * DAY_MS, 'call').map((e) => e.id)).toEqual(['talks', 'call', 'deal']);
  });
});
