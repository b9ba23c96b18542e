// What parsing one imported file gives back, and the steps every format ends with:
// an empty result to fill, series put in date order, and the verdict on the whole file.
import { byDate } from '@/domain/dates';
import type { MarketEvent, PriceSeries, SentimentSeries } from '@/domain/types';

export type ImportKind = 'prices' | 'sentiment' | 'events';

/** A row that was not imported (or, for a dropped link, imported without that part). */
export interface RowIssue {
  /** 1-based line in the file as the user sees it (a row's first line). */
  line: number;
  reason: string;
}

export interface ParsedImport {
  fileName: string;
  /** What it was read as, for the report: 'Yahoo Finance prices', 'Stooq prices', 'Stooq bulk download', 'Prices (date, open, high, low, close)', 'Nasdaq prices', 'Prices (date, close)', 'Prices (date, symbol, close)', 'Sentiment counts', 'Stocktwits messages', 'Stocktwits messages (JSON lines)', 'Events CSV', 'iCalendar events'. */
  format: string;
  kind: ImportKind;
  prices: PriceSeries[];
  sentiment: SentimentSeries[];
  events: MarketEvent[];
  accepted: number;
  /** Every rejected row with its reason, never silently dropped. */
  rejected: RowIssue[];
  /** What was read in a way worth knowing (a repeating event's dates, a series' bar spacing, a last price that is not a close), not a rejection. */
  notes: ImportNote[];
  /** A one-symbol price file whose symbol could not be told from its name: the UI asks. */
  needsSymbol?: boolean;
}

/** A sentence about what was kept, with the line it concerns when there is one. */
export interface ImportNote {
  line?: number;
  text: string;
}

/** ok:false = the file cannot be read at all. */
export type ImportResult = { ok: true; value: ParsedImport } | { ok: false; fileName: string; message: string };

/** A cell or row that passed its checks, or the reason it did not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** ok:false for the whole file, its name leading the message. */
export function fail(fileName: string, message: string): ImportResult {
  return { ok: false, fileName, message: `${fileName}: ${message}` };
}

/** Series come out ascending by date; a file that is already ordered stays cheap. */
export function sortByDate<T extends { date: string }>(rows: T[]): T[] {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < rows.length && (ascending || descending); i++) {
    const a = rows[i - 1]!.date;
    const b = rows[i]!.date;
    if (a > b) ascending = false;
    if (a < b) descending = false;
  }
  if (ascending) return rows;
  if (descending) return rows.reverse();
  return rows.sort(byDate);
}

/** The file's result: rejected rows in line order, and a failure when no row could be used. */
export function finish(value: ParsedImport, rows: number): ImportResult {
  value.rejected.sort((a, b) => a.line - b.line);
  value.notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (value.accepted > 0 || value.needsSymbol) return { ok: true, value };
  if (rows === 0) return fail(value.fileName, `has no data rows (read as ${value.format}).`);
  const firstIssues = value.rejected
    .slice(0, 3)
    .map((i) => `line ${i.line}: ${i.reason}`)
    .join('; ');
  const more = value.rejected.length > 3 ? '; …' : '';
  return fail(value.fileName, `no row could be used (read as ${value.format}, ${value.rejected.length} rejected: ${firstIssues}${more}).`);
}

export function emptyImport(fileName: string, format: string, kind: ImportKind): ParsedImport {
  return { fileName, format, kind, prices: [], sentiment: [], events: [], accepted: 0, rejected: [], notes: [] };
}
