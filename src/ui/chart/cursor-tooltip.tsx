// The tooltip of the chart the cursor is on: where it is, then one row per series with
// its colour and figures, read from the chart's full rows (never the drawn points).
import { nearestIndex } from '@/domain/downsample';
import { seriesStyle } from './series-style';
import { useCursorPosition } from './shared-cursor';

interface CursorTooltipProps<Row extends { time: number }> {
  group: string;
  /** The chart whose cursor this tooltip follows (given to its ChartCursor). */
  owner: string;
  rows: readonly Row[];
  series: readonly { name: string; styleIndex: number }[];
  /** The row's position in words, e.g. "Jul 25, 2025". */
  label: (x: number) => string;
  /** The cells of one series on the hovered row; undefined leaves the series out. */
  cells: (row: Row, series: string) => readonly string[] | undefined;
  /** Width of the chart frame, to keep the tooltip inside it. */
  width: number;
}

const OFFSET_PX = 14;
/** Below this a tooltip beside the cursor would not fit: it goes to the far edge instead. */
const NARROW_PX = 560;

export function CursorTooltip<Row extends { time: number }>({ group, owner, rows, series, label, cells, width }: CursorTooltipProps<Row>) {
  const position = useCursorPosition(group);
  if (position?.owner !== owner) return null;
  const row = rows[nearestIndex(rows, position.time)];
  if (!row) return null;
  // Beside the cursor on whichever side has room; on a narrow chart, at the edge away from it.
  const { x } = position;
  const leftHalf = x < width / 2;
  const place =
    width < NARROW_PX ? (leftHalf ? { right: 0 } : { left: 0 }) : leftHalf ? { left: x + OFFSET_PX } : { right: width - x + OFFSET_PX };
  return (
    <div className="chart-tooltip" style={place}>
      <div className="chart-tooltip-date">{label(row.time)}</div>
      <table>
        <tbody>
          {series.map(({ name, styleIndex }) => {
            const values = cells(row, name);
            return values === undefined ? null : (
              <tr key={name}>
                <th scope="row" style={{ color: seriesStyle(styleIndex).color }}>
                  {name}
                </th>
                {values.map((v, i) => (
                  <td key={i}>{v}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
