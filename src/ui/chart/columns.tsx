// Columns on the time axis (message volume): one <path> per series, each group of days a
// column beside the other series' columns of that group. Recharts' <Bar> draws one
// component per column (about a thousand a year for three series), which made a range
// switch slow; a path per series draws the same picture at a fraction.
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ColumnGroup } from '@/domain/downsample';
import { seriesStyle } from './series-style';

interface ColumnsProps {
  /** In time order; each group's values by series, in the order of `styleIndexes`. */
  groups: readonly ColumnGroup[];
  styleIndexes: readonly number[];
}

export function Columns({ groups, styleIndexes }: ColumnsProps) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!plot || !x || !y || groups.length === 0) return null;
  const zero = y(0) ?? plot.y + plot.height;
  // A group's slot runs to the next group's date; the last gets the width of the one before.
  const slot = (i: number) => {
    const next = groups[i + 1] ?? groups[i - 1];
    const here = x(groups[i]!.time) ?? 0;
    return next ? Math.abs((x(next.time) ?? here) - here) : plot.width;
  };
  return (
    <g className="volume-columns" aria-hidden="true">
      {styleIndexes.map((styleIndex, s) => {
        let d = '';
        groups.forEach((group, i) => {
          const value = group.values[s];
          const left = x(group.time);
          const top = value === undefined ? undefined : y(value);
          if (left === undefined || top === undefined) return;
          const width = slot(i) / styleIndexes.length;
          d += `M${(left + s * width).toFixed(1)},${zero.toFixed(1)}V${top.toFixed(1)}h${Math.max(width, 0.5).toFixed(2)}V${zero.toFixed(1)}Z`;
        });
        // Full colour: the series colours are chosen for contrast on the surface, and a fade would lose it.
        return <path key={styleIndex} d={d} fill={seriesStyle(styleIndex).color} />;
      })}
    </g>
  );
}
