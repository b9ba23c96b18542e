// Series lines, drawn as one SVG path each from the chart's scales. Recharts' <Line>
// recomputes its store's selectors over every point on each render (the largest cost of a
// range switch over long histories); these paths cost a pass over the already downsampled
// points. Recharts still scales the axes, from the lines' value range (valueExtent, given
// to the chart as its data by pane.tsx). The benchmark's plain path (see drawn-points.ts)
// draws Recharts' own lines instead: loaded only then (plain-lines.tsx), so the page's
// first load carries no <Line> and its drawing code.
import { lazy, Suspense, type ReactNode } from 'react';
import { usePlotArea, useXAxisInverseScale, useYAxisInverseScale } from 'recharts';
import { PLAIN_CHARTS } from './drawn-points';
import { seriesLineProps } from './series-style';

export interface DrawnLine<Row> {
  name: string;
  styleIndex: number;
  /** The rows to draw (downsampled), each with a value. */
  points: readonly Row[];
  value: (row: Row) => number | undefined;
}

// lazy() drops the component's type parameter: restored here.
const PlainLines = lazy(() => import('./plain-lines')) as unknown as <Row extends { time: number }>(props: { lines: readonly DrawnLine<Row>[] }) => ReactNode;

export function Lines<Row extends { time: number }>({ lines }: { lines: readonly DrawnLine<Row>[] }) {
  if (PLAIN_CHARTS) {
    return (
      <Suspense fallback={null}>
        <PlainLines lines={lines} />
      </Suspense>
    );
  }
  return <LinePaths lines={lines} />;
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

export interface ValueExtent {
  low: number;
  high: number;
  /** Where on the x axis to place the two values: the last drawn point's time. */
  time: number;
}

/** The lowest and highest value of the lines, for the y axis's domain; undefined without any. */
export function valueExtent<Row extends { time: number }>(lines: readonly DrawnLine<Row>[]) {
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
  return Number.isFinite(low) ? ({ low, high, time } satisfies ValueExtent) : undefined;
}
