// Fixed rules and bands inside a Recharts cartesian chart: the grid's lines at the y
// ticks, a line at a y value, a band between two y values, a labelled band between two x
// values. Recharts' CartesianGrid/ReferenceLine/ReferenceArea re-register themselves with
// the chart on every render, which makes it recompute its axes, and the grid works out and
// measures the axes' ticks again; these only read the scales.
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { XBandSpec } from './chart-types';

/** Horizontal grid lines at the y axis' ticks, one path. */
export function YGrid({ ticks }: { ticks: readonly number[] | undefined }) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  if (!plot || !scale || !ticks) return null;
  const d = ticks.map((tick) => scale(tick)).flatMap((y) => (y === undefined ? [] : [`M${plot.x},${y}h${plot.width}`])).join('');
  return <path className="chart-grid" d={d} stroke="var(--grid)" />;
}

export function YLine({ y, className }: { y: number; className: string }) {
  const plot = usePlotArea();
  const at = useYAxisScale()?.(y);
  if (!plot || at === undefined) return null;
  return <line className={className} x1={plot.x} x2={plot.x + plot.width} y1={at} y2={at} />;
}

export function YBand({ from, to, className }: { from: number; to: number; className: string }) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  const a = scale?.(from);
  const b = scale?.(to);
  if (!plot || a === undefined || b === undefined) return null;
  return <rect className={className} x={plot.x} width={plot.width} y={Math.min(a, b)} height={Math.abs(a - b)} />;
}

export function XBand({ from, to, label, className }: XBandSpec) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const a = scale?.(from);
  const b = scale?.(to);
  if (!plot || a === undefined || b === undefined) return null;
  const left = Math.min(a, b);
  return (
    <g className={className}>
      <rect x={left} width={Math.abs(a - b)} y={plot.y} height={plot.height} />
      {label && (
        // At the foot of the plot: the top is where event labels go.
        <text x={left + Math.abs(a - b) / 2} y={plot.y + plot.height - 6} textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}
