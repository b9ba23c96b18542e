// The one CSV writer every export uses: papaparse for quoting, and neutralising of text
// a spreadsheet would run as a formula (a cell starting with = + - @, a tab or a CR).
import Papa from 'papaparse';
import type { CsvCell, CsvTable } from './csv-table';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading quote makes a spreadsheet show the text instead of evaluating it. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return neutralise(value);
}

export function toCsv({ fields, rows }: CsvTable): string {
  return Papa.unparse({ fields: fields.map(neutralise), data: rows.map((row) => row.map(cell)) });
}
