import { scoreLines, volumeBars, type TimelineRow } from '@/features/sentiment/timeline-rows';

const DAY = 86_400_000;
const rows: TimelineRow[] = Array.from({ length: 10 }, (_, i) => ({
  time: i * DAY,
  scores: i === 3 ? { SPY: 50 } : { SPY: 60 + i, QQQ: 40 },
  volumes: { SPY: i === 7 ? 3.5 : 1, QQQ: 0.5 + i / 10 },
}));

describe('scoreLines', () => {
  it('gives each symbol its own line, leaving out days without a score', () => {
    const [spy, qqq] = scoreLines(rows, ['SPY', 'QQQ']);
    expect(spy!.points).toHaveLength(10);
    expect(qqq!.points.map((p) => p.time)).not.toContain(3 * DAY);
    expect(qqq!.points).toHaveLength(9);
  });
});

describe('volumeBars', () => {
  it('returns the rows as they are when they fit', () => {
    expect(volumeBars(rows, ['SPY', 'QQQ'], 10)).toBe(rows);
  });

  it('groups consecutive days to fit, keeping each group highest ratio (a burst survives)', () => {
    const bars = volumeBars(rows, ['SPY', 'QQQ'], 4);
    expect(bars).toHaveLength(4); // groups of 3 days: 0-2, 3-5, 6-8, 9
    expect(bars.map((b) => b.time)).toEqual([0, 3 * DAY, 6 * DAY, 9 * DAY]);
    expect(bars[2]!.volumes.SPY).toBe(3.5);
    expect(bars[0]!.volumes.QQQ).toBeCloseTo(0.7);
  });
});
