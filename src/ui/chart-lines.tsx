// The series lines of a time chart, drawn as one SVG path each from the chart's scales.
// Recharts' <Line> recomputes its store's selectors over every point on each render (the
// largest cost of a range switch over long histories); these paths cost a pass over the
// already downsampled points. Recharts still scales the axes: an undrawn two-point line
// per chart gives it the lowest and highest value.
// The benchmark's plain path (see chart-points.ts) draws Recharts' own lines instead.
import { useMemo } from 'react';
import { Line, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { PLAIN_CHARTS } from './chart-points';
import { seriesLineProps } from './series-style';

export interface ChartLine<P> {
  name: string;
  /** Position in the view's symbol list: picks the colour and dash. */
  index: number;
  points: readonly P[];
  hidden?: boolean;
}

interface ChartLinesProps<P extends { time: number }> {
  lines: readonly ChartLine<P>[];
  /** The plotted field of a point. */
  valueKey: keyof P & string;
}

export function ChartLines<P extends { time: number }>({ lines, valueKey }: ChartLinesProps<P>) {
  const extent = useMemo(() => valueExtent(lines, valueKey), [lines, valueKey]);
  if (PLAIN_CHARTS) {
    return lines.map((line) => (
      <Line key={line.name} name={line.name} data={line.points as P[]} dataKey={valueKey} hide={line.hidden} {...seriesLineProps(line.index)} />
    ));
  }
  return (
    <>
      <Line data={extent} dataKey="value" stroke="none" dot={false} activeDot={false} isAnimationActive={false} />
      <LinePaths lines={lines} valueKey={valueKey} />
    </>
  );
}

function LinePaths<P extends { time: number }>({ lines, valueKey }: ChartLinesProps<P>) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!plot || !x || !y) return null;
  return (
    <g className="chart-lines">
      {lines.map((line) => {
        if (line.hidden) return null;
        const { stroke, strokeDasharray, strokeWidth } = seriesLineProps(line.index);
        return (
          <path
            key={line.name}
            className="series-line"
            data-series={line.name}
            d={pathOf(line.points, valueKey, x, y)}
            fill="none"
            stroke={stroke}
            strokeDasharray={strokeDasharray}
            strokeWidth={strokeWidth}
            strokeLinejoin="round"
          />
        );
      })}
    </g>
  );
}

type Scale = (value: unknown) => number | undefined;

/** "M x,y L x,y …"; a point without a value breaks the line (a gap in the data stays a gap). */
function pathOf<P extends { time: number }>(points: readonly P[], valueKey: keyof P, x: Scale, y: Scale): string {
  let d = '';
  let pen = 'M';
  for (const point of points) {
    const value = point[valueKey];
    const px = x(point.time);
    const py = typeof value === 'number' ? y(value) : undefined;
    if (px === undefined || py === undefined) {
      pen = 'M';
      continue;
    }
    d += `${pen}${px.toFixed(1)},${py.toFixed(1)}`;
    pen = 'L';
  }
  return d;
}

/** Two points spanning the shown lines' values, for the y axis's domain. */
function valueExtent<P extends { time: number }>(lines: readonly ChartLine<P>[], valueKey: keyof P): { time: number; value: number }[] {
  let low = Infinity;
  let high = -Infinity;
  let time = 0;
  for (const line of lines) {
    if (line.hidden) continue;
    for (const point of line.points) {
      const value = point[valueKey];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (value < low) low = value;
      if (value > high) high = value;
      time = point.time;
    }
  }
  return Number.isFinite(low) ? [{ time, value: low }, { time, value: high }] : [];
}
