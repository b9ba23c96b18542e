// "View as table": the numbers a chart draws, as a table a screen reader can walk and
// anyone can read exactly. Built only when opened; long tables start with the latest rows.
import { useId, useState } from 'react';
import { WideTable } from '@/ui/primitives/wide-table';

const FIRST_ROWS = 250;

interface ChartTableProps<Row> {
  /** The table's accessible name, e.g. "Performance by date". */
  name: string;
  /** Column headings; the first column heads each row. */
  columns: readonly string[];
  rows: readonly Row[];
  /** Show the rows last to first (time series: the latest on top). */
  reversed?: boolean;
  /** One string per column. */
  cells: (row: Row) => readonly string[];
  /** Columns a phone shows only on request (see WideTable), by index. */
  secondary?: (column: number) => boolean;
}

const noneSecondary = () => false;

export function ChartTable<Row>({ name, columns, rows, reversed = false, cells, secondary = noneSecondary }: ChartTableProps<Row>) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const id = useId();
  const ordered = open && reversed ? [...rows].reverse() : rows;
  const shown = all ? ordered : ordered.slice(0, FIRST_ROWS);
  return (
    <div className="chart-table">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide table' : 'View as table'}
      </button>
      {open && (
        <div id={id}>
          <WideTable className="chart-table-scroll">
            <table aria-label={name} className="returns-table">
              <thead>
                <tr>
                  {columns.map((c, i) => (
                    <th key={c} scope="col" className={classes(i > 0 && 'numeric', secondary(i) && 'col-secondary')}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const [head, ...rest] = cells(row);
                  return (
                    <tr key={head}>
                      <th scope="row">{head}</th>
                      {rest.map((cell, i) => (
                        <td key={i} className={classes('numeric', secondary(i + 1) && 'col-secondary')}>
                          {cell}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </WideTable>
          {shown.length < rows.length && (
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              Show all {rows.length} rows
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function classes(...names: (string | false)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
