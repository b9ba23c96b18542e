// The tooltip of the time chart the cursor is on: the date, then one row per series
// with its colour and figures, read from the chart's full rows (never the drawn points).
import { useShallow } from 'zustand/react/shallow';
import { nearestIndex } from '@/domain/downsample';
import { formatDate } from '@/domain/format';
import { useTimelineCursor } from './shared-cursor';

interface CursorTooltipProps<Row extends { time: number }> {
  /** The chart id given to its ChartCursor. */
  id: string;
  rows: readonly Row[];
  series: readonly { name: string; color: string }[];
  /** The cells of one series on the hovered row; undefined leaves the series out. */
  cells: (row: Row, series: string) => string[] | undefined;
  /** Width of the chart frame, to keep the tooltip inside it. */
  width: number;
}

const OFFSET_PX = 14;
/** Below this a tooltip beside the cursor would not fit: it goes to the far edge instead. */
const NARROW_PX = 560;

export function CursorTooltip<Row extends { time: number }>({ id, rows, series, cells, width }: CursorTooltipProps<Row>) {
  const { time, owner, x } = useTimelineCursor(useShallow((s) => ({ time: s.time, owner: s.owner, x: s.x })));
  if (owner !== id || time === undefined || x === undefined) return null;
  const row = rows[nearestIndex(rows, time)];
  if (!row) return null;
  // Beside the cursor on whichever side has room; on a narrow chart, at the edge away from it.
  const leftHalf = x < width / 2;
  const place =
    width < NARROW_PX ? (leftHalf ? { right: 0 } : { left: 0 }) : leftHalf ? { left: x + OFFSET_PX } : { right: width - x + OFFSET_PX };
  return (
    <div className="chart-tooltip" style={place}>
      <div className="chart-tooltip-date">{formatDate(row.time)}</div>
      <table>
        <tbody>
          {series.map(({ name, color }) => {
            const values = cells(row, name);
            return values === undefined ? null : (
              <tr key={name}>
                <th scope="row" style={{ color }}>
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
