// The x axis of a chart and how a position on it is named. Dated charts share one axis of
// UTC-midnight timestamps (ticks on calendar boundaries), so prices on trading days,
// sentiment on calendar days and events on any day line up. A chart can instead count
// steps (trading days around an event) on an axis of its own.
import { useMemo } from 'react';
import { getNiceTickValues } from 'recharts';
import { formatDate } from '@/domain/format';
import { LABEL_GAP_PX, timeTicks } from '@/domain/time-ticks';
import type { YAxisSpec } from './chart-types';

export interface StepAxis {
  /** What a step is, in the table's first column and the tooltip, e.g. "Day". */
  name: string;
  domain: readonly [number, number];
  ticks: readonly number[];
  /** A position as its tick and table label, e.g. "t0", "+5". */
  format: (x: number) => string;
  /** Shaded between two positions, e.g. where the news landed. */
  highlight?: { from: number; to: number; label: string };
}

/** What the y axis and margins take from the width. */
const NON_PLOT_PX = 90;

/** The plot's width in a chart `width` wide: the pixel columns its marks can use. */
export function plotWidthOf(width: number): number {
  return Math.max(1, width - NON_PLOT_PX);
}

export interface XAxisModel {
  /** Spread onto Recharts' <XAxis>. */
  props: {
    dataKey: 'time';
    type: 'number';
    scale: 'time' | 'linear';
    domain: readonly [number, number];
    ticks: readonly number[];
    tickFormatter: (x: number) => string;
    stroke: string;
    allowDuplicatedCategory: false;
    /** 0: every tick shown, unmeasured; else Recharts measures each label and drops those closer than this. */
    interval?: 0;
    minTickGap?: number;
  };
  /** A position in the table's first column: "Jul 25, 2025" or "+5". */
  format: (x: number) => string;
  /** A position in the tooltip and the slider: "Jul 25, 2025" or "Day +5". */
  label: (x: number) => string;
  /** The table's first column: "Date" or the step's name. */
  heading: string;
}

/** `until`: a dated axis runs on past the last row to this time (the days ahead). */
export function useXAxis(rows: readonly { time: number }[], width: number, steps: StepAxis | undefined, until?: number): XAxisModel {
  const first = rows[0]?.time ?? 0;
  const last = Math.max(rows[rows.length - 1]?.time ?? 0, until ?? 0);
  return useMemo(() => {
    if (steps) {
      return {
        props: { ...AXIS_BASE, scale: 'linear', domain: steps.domain, ticks: steps.ticks, tickFormatter: steps.format, minTickGap: LABEL_GAP_PX },
        format: steps.format,
        label: (x) => `${steps.name} ${steps.format(x)}`,
        heading: steps.name,
      };
    }
    // The step is chosen from the labels' widths and the plot's, so every label fits: Recharts
    // need not measure them (in the DOM, a forced layout per label and change) to drop any.
    const { ticks, label } = timeTicks(first, last, plotWidthOf(width));
    return {
      props: { ...AXIS_BASE, scale: 'time', domain: [first, last], ticks, tickFormatter: label, interval: 0 },
      format: formatDate,
      label: formatDate,
      heading: 'Date',
    };
  }, [first, last, width, steps]);
}

const AXIS_BASE = { dataKey: 'time', type: 'number', stroke: 'var(--muted)', allowDuplicatedCategory: false } as const;

/** A pane's y axis as its <YAxis> is given it. */
export interface YAxisModel {
  domain: readonly [number | 'auto', number | 'auto'];
  ticks?: readonly number[];
}

/** Recharts' YAxis default, which an 'auto' bound is computed with. */
const Y_TICK_COUNT = 5;

/**
 * The y axis of marks the kit draws: fixed bounds as given; an 'auto' bound where Recharts
 * puts it (its nice ticks over the values, both ends widened to them). Known here, the
 * marks are drawn once, in the render that brings them, not first on the axis Recharts had
 * and again once it has scaled the new one. Undefined with an 'auto' bound and no values.
 */
export function resolveYAxis(spec: YAxisSpec, extent: { low: number; high: number } | undefined): { domain: readonly [number, number]; ticks?: readonly number[] } | undefined {
  const [from, to] = spec.domain ?? (['auto', 'auto'] as const);
  if (typeof from === 'number' && typeof to === 'number') return { domain: [from, to], ticks: spec.ticks };
  if (!extent) return undefined;
  const low = typeof from === 'number' ? from : extent.low;
  const high = typeof to === 'number' ? to : extent.high;
  const nice = getNiceTickValues([low, high], Y_TICK_COUNT, true, 'adaptive');
  return { domain: [Math.min(low, nice[0] ?? low), Math.max(high, nice.at(-1) ?? high)], ticks: spec.ticks ?? nice };
}
