// Series lines, drawn as one SVG path each from the chart's scales. Recharts' <Line>
// recomputes its store's selectors over every point on each render (the largest cost of a
// range switch over long histories); these paths cost a pass over the already downsampled
// points. Recharts still scales the axes: an undrawn two-point line (ValueRange) gives it
// the lowest and highest value. The benchmark's plain path (see drawn-points.ts) draws
// Recharts' own lines instead.
import { useMemo } from 'react';
import { Line, usePlotArea, useXAxisInverseScale, useYAxisInverseScale } from 'recharts';
import { PLAIN_CHARTS } from './drawn-points';
import { seriesLineProps } from './series-style';

export interface DrawnLine<Row> {
  name: string;
  styleIndex: number;
  /** The rows to draw (downsampled), each with a value. */
  points: readonly Row[];
  value: (row: Row) => number | undefined;
}

/**
 * An undrawn line from `low` to `high` at `time`: the data Recharts scales the y axis to
 * when a chart's marks are drawn by hand (Recharts sees two points, not thousands).
 */
export function ValueRange({ low, high, time }: { low: number; high: number; time: number }) {
  const data = useMemo(() => [{ time, value: low }, { time, value: high }], [low, high, time]);
  return <Line data={data} dataKey="value" stroke="none" dot={false} activeDot={false} isAnimationActive={false} />;
}

export function Lines<Row extends { time: number }>({ lines }: { lines: readonly DrawnLine<Row>[] }) {
  const extent = useMemo(() => valueExtent(lines), [lines]);
  if (PLAIN_CHARTS) {
    // Recharts' own lines, which scale the y axis themselves (a ValueRange beside them would
    // be read with their value functions).
    return lines.map((line) => (
      <Line key={line.name} name={line.name} data={line.points as Row[]} dataKey={line.value} {...seriesLineProps(line.styleIndex)} />
    ));
  }
  return (
    <>
      {extent && <ValueRange {...extent} />}
      <LinePaths lines={lines} />
    </>
  );
}

function LinePaths<Row extends { time: number }>({ lines }: { lines: readonly DrawnLine<Row>[] }) {
  const plot = usePlotArea();
  const invertX = useXAxisInverseScale();
  const invertY = useYAxisInverseScale();
  if (!plot || !invertX || !invertY) return null;
  // Both axes are linear (time is UTC milliseconds): map with a*v+b rather than call the
  // scales, which turn every timestamp into a Date. The plot's edges give the two anchors.
  const x = linear(Number(invertX(plot.x)), plot.x, Number(invertX(plot.x + plot.width)), plot.x + plot.width);
  const y = linear(Number(invertY(plot.y + plot.height)), plot.y + plot.height, Number(invertY(plot.y)), plot.y);
  return (
    <g className="chart-lines">
      {lines.map((line) => {
        const { stroke, strokeDasharray, strokeWidth } = seriesLineProps(line.styleIndex);
        return (
          <path
            key={line.name}
            className="series-line"
            data-series={line.name}
            d={pathOf(line, x, y)}
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

type Linear = (value: number) => number;

/** The linear map taking v0 to p0 and v1 to p1. */
function linear(v0: number, p0: number, v1: number, p1: number): Linear {
  const k = v1 === v0 ? 0 : (p1 - p0) / (v1 - v0);
  return (v) => p0 + (v - v0) * k;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** "M x,y L x,y …" to a tenth of a pixel; a point without a finite value breaks the line. */
function pathOf<Row extends { time: number }>({ points, value }: DrawnLine<Row>, x: Linear, y: Linear): string {
  let d = '';
  let pen = 'M';
  for (const point of points) {
    const v = value(point);
    if (v === undefined || !Number.isFinite(v)) {
      pen = 'M';
      continue;
    }
    d += pen + tenth(x(point.time)) + ',' + tenth(y(v));
    pen = 'L';
  }
  return d;
}

/** The lowest and highest value of the lines, for the y axis's domain; undefined without any. */
function valueExtent<Row extends { time: number }>(lines: readonly DrawnLine<Row>[]) {
  let low = Infinity;
  let high = -Infinity;
  let time = 0;
  for (const line of lines) {
    for (const point of line.points) {
      const v = line.value(point);
      if (v === undefined || !Number.isFinite(v)) continue;
      if (v < low) low = v;
      if (v > high) high = v;
      time = point.time;
    }
  }
  return Number.isFinite(low) ? { low, high, time } : undefined;
}
