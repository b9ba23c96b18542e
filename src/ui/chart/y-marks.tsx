// A horizontal rule or band at fixed y values inside a Recharts cartesian chart. Recharts'
// ReferenceLine/ReferenceArea re-register themselves with the chart on every render,
// which makes it recompute its axes; these only read the scale.
import { usePlotArea, useYAxisScale } from 'recharts';

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
