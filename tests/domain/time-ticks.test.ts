// Time-axis ticks land on calendar boundaries, evenly spaced, and every label fits the plot
// with Recharts' gap to spare, so none is ever dropped and none runs into the y axis.
import { describe, expect, it } from 'vitest';
import { fromTime, toTime } from '@/domain/dates';
import { LABEL_GAP_PX, labelWidth, timeTicks } from '@/domain/time-ticks';

const axis = (start: string, end: string, plotWidth: number) => {
  const { ticks, unit, label } = timeTicks(toTime(start), toTime(end), plotWidth);
  return { dates: ticks.map(fromTime), labels: ticks.map(label), unit };
};

/** Months from one tick to the next. */
const monthSteps = (dates: readonly string[]) =>
  dates.slice(1).map((d, i) => {
    const [y1, m1] = dates[i]!.split('-').map(Number);
    const [y2, m2] = d.split('-').map(Number);
    return (y2! - y1!) * 12 + (m2! - m1!);
  });

const RANGES = [
  ['2025-06-25', '2025-07-25'], // 1M
  ['2025-04-25', '2025-07-25'], // 3M
  ['2025-01-25', '2025-07-25'], // 6M
  ['2024-12-31', '2025-07-25'], // YTD
  ['2024-12-31', '2025-12-31'], // a whole year
  ['2024-07-25', '2025-07-25'], // 1Y
  ['2023-02-01', '2025-07-25'], // the sentiment history
  ['2020-07-25', '2025-07-25'], // 5Y
  ['2015-01-02', '2025-07-25'], // MAX
  ['2000-01-03', '2025-07-25'], // 25 years
] as const;
// Plot widths of a phone (360 px page), a tablet, 720 px (the chart's first render) and a desktop.
const WIDTHS = [226, 400, 630, 1124] as const;

describe('timeTicks', () => {
  it('marks every month of a year to date on a desktop, without the January tick the y axis would cover', () => {
    // Jan 1 is a day into the plot: its label, centred there, would run over the y axis's labels.
    expect(axis('2024-12-31', '2025-07-25', 1124)).toEqual({
      dates: ['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01'],
      labels: ['Feb 2025', 'Mar', 'Apr', 'May', 'Jun', 'Jul'],
      unit: 'month',
    });
  });

  it('gives a year to date at 720 px every month or every other month, never a mix', () => {
    const { dates, unit } = axis('2024-12-31', '2025-07-25', 720 - 90);
    expect(unit).toBe('month');
    expect(dates.length).toBeGreaterThanOrEqual(3);
    const steps = new Set(monthSteps(dates));
    expect(steps.size).toBe(1);
    expect([1, 2]).toContain([...steps][0]);
  });

  it('writes the year on the first label and on January, the month alone elsewhere', () => {
    expect(axis('2024-07-25', '2025-07-25', 1124).labels).toEqual([
      'Sep 2024', 'Oct', 'Nov', 'Dec', 'Jan 2025', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul',
    ]);
  });

  it('fits a phone: a year to date in quarters', () => {
    expect(axis('2024-12-31', '2025-07-25', 226)).toMatchObject({ labels: ['Apr 2025', 'Jul'], unit: 'month' });
  });

  it('uses Mondays for a one-month range', () => {
    expect(axis('2025-06-25', '2025-07-25', 1124)).toEqual({
      dates: ['2025-06-30', '2025-07-07', '2025-07-14', '2025-07-21'],
      labels: ['Jun 30', 'Jul 7', 'Jul 14', 'Jul 21'],
      unit: 'day',
    });
  });

  it('uses years over a decade, and every year on a desktop', () => {
    const { dates, labels, unit } = axis('2015-01-02', '2025-07-25', 1124);
    expect(unit).toBe('year');
    expect(dates).toEqual(Array.from({ length: 10 }, (_, i) => `${2016 + i}-01-01`));
    expect(labels[0]).toBe('2016');
  });

  it('gives 25 years in years, every 2, 5 or 10 as the width allows', () => {
    for (const width of WIDTHS) {
      const { dates, unit } = axis('2000-01-03', '2025-07-25', width);
      expect(unit).toBe('year');
      expect(dates.every((d) => d.endsWith('-01-01'))).toBe(true);
      const steps = new Set(monthSteps(dates));
      expect(steps.size).toBe(1);
      expect([12, 24, 60, 120]).toContain([...steps][0]);
    }
  });

  it('spaces ticks evenly: one step in days or in months per axis, on boundaries of that step', () => {
    for (const width of WIDTHS) {
      for (const [start, end] of RANGES) {
        const { ticks, unit } = timeTicks(toTime(start), toTime(end), width);
        const dates = ticks.map(fromTime);
        expect(ticks.length, `${start}..${end} at ${width}px`).toBeGreaterThan(0);
        if (unit === 'day') {
          expect(new Set(ticks.slice(1).map((t, i) => t - ticks[i]!)).size).toBeLessThanOrEqual(1);
        } else {
          const steps = monthSteps(dates);
          expect(new Set(steps).size, `${start}..${end} at ${width}px: ${dates.join(' ')}`).toBeLessThanOrEqual(1);
          const step = steps[0] ?? 1;
          // Aligned: every other month from January, quarters, half years, years divisible by 2, 5, 10.
          for (const d of dates) expect(((Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1) % step)).toBe(0);
        }
      }
    }
  });

  it('fits every label at every width: inside the plot and the gap Recharts keeps apart', () => {
    for (const width of WIDTHS) {
      for (const [start, end] of RANGES) {
        const from = toTime(start);
        const { ticks, label } = timeTicks(from, toTime(end), width);
        const x = (t: number) => ((t - from) / (toTime(end) - from)) * width;
        const half = (t: number) => labelWidth(label(t)) / 2;
        expect(x(ticks[0]!) - half(ticks[0]!)).toBeGreaterThanOrEqual(0);
        expect(x(ticks.at(-1)!) + half(ticks.at(-1)!)).toBeLessThanOrEqual(width + 16);
        for (let i = 1; i < ticks.length; i++) {
          expect(x(ticks[i]!) - x(ticks[i - 1]!)).toBeGreaterThanOrEqual(half(ticks[i - 1]!) + half(ticks[i]!) + LABEL_GAP_PX);
        }
      }
    }
  });

  it('takes the densest step that fits: more room never gives fewer ticks', () => {
    for (const [start, end] of RANGES) {
      const counts = WIDTHS.map((w) => timeTicks(toTime(start), toTime(end), w).ticks.length);
      expect(counts, `${start}..${end}`).toEqual([...counts].sort((a, b) => a - b));
    }
  });

  it('estimates a label no narrower than Chromium draws it at 12 px (DejaVu Sans)', () => {
    // As drawn on the axis in headless Chromium (Debian): "Mar 2024" 57 px, "2016" 30 px, "Jun 30" 38 px.
    expect(labelWidth('Mar 2024')).toBeGreaterThanOrEqual(57);
    expect(labelWidth('2016')).toBeGreaterThanOrEqual(30);
    expect(labelWidth('Jun 30')).toBeGreaterThanOrEqual(38);
  });
});
