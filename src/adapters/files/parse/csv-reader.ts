// Reads CSV text row by row: RFC 4180 with the usual deviations (Excel's `sep=` line,
// ; or tab for a delimiter, mixed line endings), tracking the line each row starts on.
import Papa from 'papaparse';
import { countLineBreaks, CR, firstNonSpace, LF, QUOTE } from './text';

/** Rows between two progress reports: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_EVERY_ROWS = 20_000;

export interface CsvRow {
  line: number;
  fields: string[];
  /** The row opened a quote that never closed: it swallowed the rest of the file up to `endLine`. */
  unclosedQuote?: { endLine: number };
}

/** Where the rows start and what separates their fields. */
export function csvLayout(text: string): { pos: number; line: number; delimiter: number } {
  // Excel's `sep=;` hint line.
  const sepHint = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(0, 12));
  if (sepHint) return { pos: sepHint[0].length, line: 2, delimiter: sepHint[1]!.charCodeAt(0) };
  return { pos: 0, line: 1, delimiter: detectDelimiter(text, firstNonSpace(text)) };
}

/**
 * Calls onRow for each row from `pos`; `line` is the line `pos` is on. The fields come
 * from papaparse; line numbers are counted from its cursor, so a quoted field that spans
 * lines still reports the line its row starts on. Line endings are made uniform first:
 * papaparse picks one newline style per file, and hand-edited files mix them.
 */
export function readCsv(
  text: string,
  pos: number,
  line: number,
  delimiter: number,
  onRow: (row: CsvRow) => void,
  onProgress?: (fraction: number) => void,
): void {
  const body = text.slice(pos).replace(/\r\n?/g, '\n');
  let rowLine = line;
  let consumed = 0;
  let rows = 0;
  Papa.parse<string[]>(body, {
    delimiter: String.fromCharCode(delimiter),
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const fields = result.data;
      const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
      // The row ends at the cursor; breaks before it inside the row belong to quoted fields.
      const rowEnd = body.charCodeAt(cursor - 1) === LF ? cursor - 1 : cursor;
      const inner = countLineBreaks(body, consumed, rowEnd);
      onRow(unclosed ? { line: rowLine, fields, unclosedQuote: { endLine: rowLine + inner } } : { line: rowLine, fields });
      rowLine += countLineBreaks(body, consumed, cursor);
      consumed = cursor;
      if (onProgress && ++rows % PROGRESS_EVERY_ROWS === 0) onProgress(cursor / body.length);
    },
  });
}

export function isBlankRow(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

/** The delimiter of the header line: the most frequent of , ; and tab outside quotes. */
function detectDelimiter(text: string, pos: number): number {
  const counts = new Map<number, number>([
    [44, 0],
    [59, 0],
    [9, 0],
  ]);
  let inQuote = false;
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuote = !inQuote;
    else if (!inQuote && (c === LF || c === CR)) break;
    else if (!inQuote && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = 44;
  for (const [c, k] of counts) if (k > counts.get(best)!) best = c;
  return best;
}
