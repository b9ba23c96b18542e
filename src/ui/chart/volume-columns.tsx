// Message-volume columns inside a Recharts chart on the shared time axis: one <path>
// per symbol, each day a column beside the other symbols' of that day. Recharts' <Bar>
// draws one component per column (about a thousand a year for three symbols), which
// made a range switch slow; a path per symbol draws the same picture at a fraction.
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { seriesStyle } from '@/ui/chart/series-style';

interface VolumeColumnsProps {
  /** In time order; each row's volumes by symbol. */
  rows: readonly { time: number; volumes: Partial<Record<string, number>> }[];
  symbols: readonly string[];
}

export function VolumeColumns({ rows, symbols }: VolumeColumnsProps) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!plot || !x || !y || rows.length === 0) return null;
  const zero = y(0) ?? plot.y + plot.height;
  // A row's slot runs to the next row's date; the last row gets the width of the one before.
  const slot = (i: number) => {
    const next = rows[i + 1] ?? rows[i - 1];
    const here = x(rows[i]!.time) ?? 0;
    return next ? Math.abs((x(next.time) ?? here) - here) : plot.width;
  };
  return (
    <g className="volume-columns" aria-hidden="true">
      {symbols.map((symbol, s) => {
        let d = '';
        rows.forEach((row, i) => {
          const ratio = row.volumes[symbol];
          const left = x(row.time);
          const top = ratio === undefined ? undefined : y(ratio);
          if (left === undefined || top === undefined) return;
          const width = slot(i) / symbols.length;
          d += `M${(left + s * width).toFixed(1)},${zero.toFixed(1)}V${top.toFixed(1)}h${Math.max(width, 0.5).toFixed(2)}V${zero.toFixed(1)}Z`;
        });
        // Full colour: the series colours are chosen for contrast on the surface, and a fade would lose it.
        return <path key={symbol} d={d} fill={seriesStyle(s).color} />;
      })}
    </g>
  );
}
