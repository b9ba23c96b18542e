// Series lines, drawn as one SVG path each. Recharts' <Line> recomputes its store's
// selectors over every point on each render (the largest cost of a range switch over long
// histories); these paths cost a pass over the already downsampled points. Recharts draws
// the axes on the domains the kit gives it (axes.ts, resolveYAxis), and the paths map values
// onto the plot with the same domains, so they are drawn once per change of data, not
// again when Recharts has caught up. The benchmark's plain path (see drawn-points.ts)
// draws Recharts' own lines instead: loaded only then (plain-lines.tsx), so the page's
// first load carries no <Line> and its drawing code.
import { lazy, memo, Suspense, type ReactNode } from 'react';
import { usePlotArea } from 'recharts';
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

interface LinesProps<Row> {
  lines: readonly DrawnLine<Row>[];
  /** The axes' domains, as the chart's <XAxis> and <YAxis> have them ('auto': nothing to draw). */
  x: readonly [number, number];
  y: readonly [number | 'auto', number | 'auto'];
}

export function Lines<Row extends { time: number }>({ lines, x, y }: LinesProps<Row>) {
  if (PLAIN_CHARTS) {
    // Recharts' own lines, which scale the y axis themselves.
    return (
      <Suspense fallback={null}>
        <PlainLines lines={lines} />
      </Suspense>
    );
  }
  return <LinePaths lines={lines} x={x} y={y} />;
}

function LinePaths<Row extends { time: number }>({ lines, x, y }: LinesProps<Row>) {
  const plot = usePlotArea();
  const [y0, y1] = y;
  if (!plot || typeof y0 !== 'number' || typeof y1 !== 'number') return null;
  // Both axes are linear (time is UTC milliseconds): map with a*v+b.
  const mapX = linear(x[0], plot.x, x[1], plot.x + plot.width);
  const mapY = linear(y0, plot.y + plot.height, y1, plot.y);
  return (
    <g className="chart-lines">
      {lines.map((line) => (
        <LinePath key={line.name} line={line} mapX={mapX} mapY={mapY} />
      ))}
    </g>
  );
}

interface LinePathProps<Row> {
  line: DrawnLine<Row>;
  mapX: Linear;
  mapY: Linear;
}

/** One line; drawn again only when its points or the maps change. */
const LinePath = memo(
  function LinePath<Row extends { time: number }>({ line, mapX, mapY }: LinePathProps<Row>) {
    const { stroke, strokeDasharray, strokeWidth } = seriesLineProps(line.styleIndex);
    return (
      <path
        className="series-line"
        data-series={line.name}
        d={pathOf(line, mapX, mapY)}
        fill="none"
        stroke={stroke}
        strokeDasharray={strokeDasharray}
        strokeWidth={strokeWidth}
        strokeLinejoin="round"
      />
    );
  },
  (a, b) => a.line === b.line && sameMap(a.mapX, b.mapX) && sameMap(a.mapY, b.mapY),
) as <Row extends { time: number }>(props: LinePathProps<Row>) => ReactNode;

/** The linear map taking v0 to p0 and v1 to p1; `anchors` tells two maps apart. */
type Linear = ((value: number) => number) & { anchors: string };

function linear(v0: number, p0: number, v1: number, p1: number): Linear {
  const k = v1 === v0 ? 0 : (p1 - p0) / (v1 - v0);
  return Object.assign((v: number) => p0 + (v - v0) * k, { anchors: `${v0} ${p0} ${v1} ${p1}` });
}

const sameMap = (a: Linear, b: Linear) => a.anchors === b.anchors;

/**
 * `String(Math.round(n * 10) / 10)`, from whole numbers: turning a fraction into text is
 * V8's slow path, and a 25-year chart writes tens of thousands of coordinates per change.
 */
export function tenths(n: number): string {
  const t = Math.round(n * 10);
  const digit = t % 10;
  const whole = (t - digit) / 10;
  if (digit === 0) return String(whole);
  // -0.5: the whole part is 0, which has no sign to carry.
  return `${t < 0 && whole === 0 ? '-' : ''}${whole}.${digit < 0 ? -digit : digit}`;
}

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
    d += pen + tenths(x(point.time)) + ',' + tenths(y(v));
    pen = 'L';
  }
  return d;
}

/** The lowest and highest value of the lines, for the y axis's domain; undefined without any. */
export function valueExtent<Row extends { time: number }>(lines: readonly DrawnLine<Row>[]) {
  let low = Infinity;
  let high = -Infinity;
  for (const line of lines) {
    for (const point of line.points) {
      const v = line.value(point);
      if (v === undefined || !Number.isFinite(v)) continue;
      if (v < low) low = v;
      if (v > high) high = v;
    }
  }
  return Number.isFinite(low) ? { low, high } : undefined;
}
