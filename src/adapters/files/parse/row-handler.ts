// What a CSV row handler is (one per kind of CSV file), and the checks and bookkeeping
// the handlers share: a row's width and date, and one row per symbol and date.
import { formatCount } from '@/domain/format';
import type { IsoDate, Ticker } from '@/domain/types';
import { parseDateCell } from './cells';
import type { Columns } from './columns';
import type { CsvRow } from './csv-reader';
import { sortByDate, type Checked, type ParsedImport } from './result';
import { quoted } from './text';

/** Takes the data rows of one CSV file, after its header, and then gives the import. */
export interface RowHandler {
  row(row: CsvRow): void;
  reject(line: number, reason: string): void;
  done(): ParsedImport;
}

/** One kind of CSV's work on a data row: a reason to reject it, or undefined once it is kept. */
export interface RowStep {
  row(date: IsoDate, fields: string[], line: number): string | undefined;
  /** Puts what was kept into the import. */
  done(): void;
}

/** A handler from its step: rows as wide as the header with a usable date reach the step. */
export function csvRowHandler(out: ParsedImport, cols: Columns, width: number, step: RowStep): RowHandler {
  const reject = (line: number, reason: string) => void out.rejected.push({ line, reason });
  return {
    reject,
    row({ line, fields }) {
      const date = rowDate(fields, cols, width);
      const reason = date.ok ? step.row(date.value, fields, line) : date.reason;
      if (reason === undefined) out.accepted++;
      else reject(line, reason);
    },
    done() {
      step.done();
      return out;
    },
  };
}

function rowDate(fields: string[], cols: Columns, width: number): Checked<IsoDate> {
  if (fields.length !== width) return { ok: false, reason: `wrong column count: ${formatCount(fields.length, 'field')}, expected ${width}` };
  const raw = fields[cols.date!] ?? '';
  const date = parseDateCell(raw);
  return date ? { ok: true, value: date } : { ok: false, reason: `unparseable date ${quoted(raw)}` };
}

export interface RowsBySymbol<T> {
  /** Keeps the row, or says why not: a second row for a symbol's date names the first's line. */
  add(symbol: Ticker, row: T, line: number): string | undefined;
  /** Each symbol's rows in date order, symbols in the order the file first named them. */
  sorted(): [Ticker, T[]][];
}

export function rowsBySymbol<T extends { date: IsoDate }>(): RowsBySymbol<T> {
  const series = new Map<Ticker, { rows: T[]; lines: Map<IsoDate, number> }>();
  return {
    add(symbol, row, line) {
      let entry = series.get(symbol);
      if (!entry) {
        entry = { rows: [], lines: new Map() };
        series.set(symbol, entry);
      }
      const firstLine = entry.lines.get(row.date);
      if (firstLine !== undefined) return `duplicate date ${row.date} (first on line ${firstLine})`;
      entry.lines.set(row.date, line);
      entry.rows.push(row);
      return undefined;
    },
    sorted: () => [...series].map(([symbol, entry]) => [symbol, sortByDate(entry.rows)]),
  };
}
