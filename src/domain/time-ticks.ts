// Axis ticks on the shared time axis, and their labels: on calendar boundaries (Mondays,
// month or year starts), evenly spaced, with the step chosen from the labels' widths and the
// plot's, so every label fits and Recharts never has to drop one (which left the spacing
// uneven: Jan, Mar, May, Jun, Jul).
import { addDays, addMonths, fromTime, toTime, weekday } from './dates';
import { formatAxisDate } from './format';

const DAY_MS = 86_400_000;

export type TimeUnit = 'day' | 'month' | 'year';

/** The steps tried, densest first: days, weeks, fortnights; 1, 2, 3, 6 months; 1, 2, 5, 10 years. */
const STEPS: readonly { unit: TimeUnit; days?: number; months?: number }[] = [
  { unit: 'day', days: 1 },
  { unit: 'day', days: 7 },
  { unit: 'day', days: 14 },
  ...[1, 2, 3, 6].map((months) => ({ unit: 'month' as const, months })),
  ...[12, 24, 60, 120].map((months) => ({ unit: 'year' as const, months })),
];

/** The axis labels' size in px: src/app/styles.css pins it (`.recharts-cartesian-axis-tick-value`). */
export const AXIS_FONT_PX = 12;
/**
 * Clear space kept between two labels. Recharts is told to show every tick (ui/chart/axes.ts):
 * left to measure them itself, it would hide a label closer than its gap, and the ticks left
 * showing would no longer be even.
 */
export const LABEL_GAP_PX = 24;
/** How far the last label may run past the plot: into the chart's right margin (16 px, ui/chart/pane.tsx), where Recharts leaves it be. */
const RIGHT_OVERHANG_PX = 12;
/** Fewer boundaries of a unit than this in the span and the next finer unit is used (ticks in years from 4 years on, in months from 4 months). */
const MIN_TICKS = 4;

/**
 * A label's width in px, never under what common sans-serif faces draw: each kind of glyph
 * is given the width of the widest face's widest one (DejaVu Sans, Chromium's system-ui on
 * Debian: M is 0.86 em, digits 0.64 em). A step chosen with it fits on screen.
 */
export function labelWidth(label: string): number {
  let em = 0;
  for (const ch of label) em += /[A-Z]/.test(ch) ? 0.9 : /[a-z0-9]/.test(ch) ? 0.65 : 0.35;
  return Math.ceil(em * AXIS_FONT_PX);
}

export interface TimeTicks {
  ticks: number[];
  /** 'day' ticks read 'Jul 28'; 'month' ticks 'Mar', with the year on January and the first ('Jan 2025'); 'year' ticks '2025'. */
  unit: TimeUnit;
  /** A tick's label (formatAxisDate). */
  label: (time: number) => string;
}

/**
 * Evenly spaced ticks between `start` and `end` (UTC-midnight timestamps, both inclusive) on a
 * plot `plotWidth` px wide: the densest step whose labels, centred on their ticks, stay inside
 * the chart (the first clear of the y axis's labels, the last within the right margin) and
 * `LABEL_GAP_PX` apart. An edge tick whose label would not fit is left out, never moved (a
 * moved label would name a date it is not under).
 */
export function timeTicks(start: number, end: number, plotWidth: number): TimeTicks {
  const span = Math.max(1, end - start);
  const x = (t: number) => ((t - start) / span) * plotWidth;
  // The coarsest unit that marks the span often enough: years over a decade, not 20 half-years;
  // then the densest step of it (or of a coarser unit) that fits.
  const unit = monthTicks(start, end, 12).length >= MIN_TICKS ? 'year' : monthTicks(start, end, 1).length >= MIN_TICKS ? 'month' : 'day';
  for (const step of STEPS.slice(STEPS.findIndex((s) => s.unit === unit))) {
    const times = step.days ? dayTicks(start, end, step.days) : monthTicks(start, end, step.months ?? 12);
    const ticks = insideEdges(times, step.unit, x, plotWidth + RIGHT_OVERHANG_PX);
    if (ticks.length > 0 && apart(ticks, step.unit, x)) return { ticks, unit: step.unit, label: labeller(ticks, step.unit) };
  }
  return { ticks: [], unit: 'year', label: (t) => formatAxisDate(t, 'year') };
}

function labeller(ticks: readonly number[], unit: TimeUnit): (time: number) => string {
  return (time) => formatAxisDate(time, unit, time === ticks[0]);
}

/** Drops the first tick while its label would cross the plot's left edge (the y axis's labels), then the last while it would pass `right`. */
function insideEdges(times: readonly number[], unit: TimeUnit, x: (t: number) => number, right: number): number[] {
  const ticks = [...times];
  const half = (t: number) => labelWidth(labeller(ticks, unit)(t)) / 2;
  // Shifting the first leaves the next one first, and it takes the year: measured again.
  while (ticks.length > 0 && x(ticks[0]!) - half(ticks[0]!) < 0) ticks.shift();
  while (ticks.length > 0 && x(ticks[ticks.length - 1]!) + half(ticks[ticks.length - 1]!) > right) ticks.pop();
  return ticks;
}

function apart(ticks: readonly number[], unit: TimeUnit, x: (t: number) => number): boolean {
  const label = labeller(ticks, unit);
  for (let i = 1; i < ticks.length; i++) {
    const room = x(ticks[i]!) - x(ticks[i - 1]!);
    if (room < (labelWidth(label(ticks[i - 1]!)) + labelWidth(label(ticks[i]!))) / 2 + LABEL_GAP_PX) return false;
  }
  return true;
}

function dayTicks(start: number, end: number, step: number): number[] {
  let date = fromTime(start);
  // Weekly steps start on a Monday, so ticks line up with trading weeks.
  if (step > 1) while (weekday(date) !== 1) date = addDays(date, 1);
  const ticks: number[] = [];
  for (let t = toTime(date); t <= end; t += step * DAY_MS) ticks.push(t);
  return ticks;
}

function monthTicks(start: number, end: number, step: number): number[] {
  const first = new Date(start);
  // The first month boundary on or after start whose month index is a multiple of the step:
  // every other month is Jan, Mar, May…; quarters Jan, Apr…; every 5 years 2020, 2025…
  const index = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  const aligned = Math.ceil(index / step) * step;
  const ticks: number[] = [];
  for (let m = aligned; ; m += step) {
    const t = toTime(addMonths(`${String(Math.floor(m / 12)).padStart(4, '0')}-01-01`, m % 12));
    if (t > end) break;
    ticks.push(t);
  }
  return ticks;
}
