// The tooltip every time chart shows: the date, then one row per series with its
// colour and the figures the chart supplies.
import type { TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { formatDate } from '@/domain/format';

export type ChartTooltipProps = TooltipContentProps<ValueType, NameType>;

interface RowTooltipProps<Row extends { time: number }> extends ChartTooltipProps {
  /** The cells of one series on the hovered row; undefined leaves the series out. */
  cells: (row: Row, series: string) => string[] | undefined;
}

export function RowTooltip<Row extends { time: number }>({ active, payload, cells }: RowTooltipProps<Row>) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-date">{formatDate(row.time)}</div>
      <table>
        <tbody>
          {payload.map((entry) => {
            const series = String(entry.name);
            const values = cells(row, series);
            return values === undefined ? null : (
              <tr key={series}>
                <th scope="row" style={{ color: entry.color }}>
                  {series}
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
