// A table on its way to a CSV file: header and rows of plain cells. Builders of the
// exports produce these; the writer (lib/csv.ts, with papaparse) loads on first export.

/** A number is written as a number (never neutralised: it cannot be a formula); absent is empty. */
export type CsvCell = string | number | undefined;

export interface CsvTable {
  fields: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** `value` rounded to `digits` decimals; absent or not finite stays absent. */
export function rounded(value: number | undefined, digits: number): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const scale = 10 ** digits;
  // `+ 0` turns -0 into 0.
  return Math.round(value * scale) / scale + 0;
}

/** A fraction as percent with four decimals (0.0901234 -> 9.0123): exact enough, and readable. */
export function percentCell(fraction: number | undefined): number | undefined {
  return fraction === undefined ? undefined : rounded(fraction * 100, 4);
}
