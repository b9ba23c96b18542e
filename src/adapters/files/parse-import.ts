// Pure parsers for the Files source: the text of one file the user picked in, domain
// series and events out, with every rejected row explained by its line number.
// No DOM, no storage, no React: this runs in a Web Worker. It never throws, and its
// work is linear in the size of the file (tens of MB are fine).
//
// A file is recognised by its content (the header row, the JSON shape, BEGIN:VCALENDAR),
// not by its name; the name only supplies the symbol of a one-symbol price file.
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { addDays, byDate, isIsoDate } from '@/domain/dates';
import { isUsablePrice, PRICE_LIMITS } from '@/domain/returns';
import { parseTicker } from '@/domain/ticker';
import type { IsoDate, MarketEvent, PriceBar, PriceSeries, SentimentDay, SentimentSeries, Ticker } from '@/domain/types';
import { safeUrl } from '@/domain/url';

export type ImportKind = 'prices' | 'sentiment' | 'events';

/** A row that was not imported (or, for a dropped link, imported without that part). */
export interface RowIssue {
  /** 1-based line in the file as the user sees it (a row's first line). */
  line: number;
  reason: string;
}

export interface ParsedImport {
  fileName: string;
  /** What it was read as, for the report: 'Yahoo Finance prices', 'Stooq prices', 'Nasdaq prices', 'Prices (date, close)', 'Prices (date, symbol, close)', 'Sentiment counts', 'Stocktwits messages', 'Events CSV', 'iCalendar events'. */
  format: string;
  kind: ImportKind;
  prices: PriceSeries[];
  sentiment: SentimentSeries[];
  events: MarketEvent[];
  accepted: number;
  /** Every rejected row with its reason, never silently dropped. */
  rejected: RowIssue[];
  /** A one-symbol price file whose symbol could not be told from its name: the UI asks. */
  needsSymbol?: boolean;
}

/** ok:false = the file cannot be read at all. */
export type ImportResult = { ok: true; value: ParsedImport } | { ok: false; fileName: string; message: string };

export interface ImportOptions {
  /** The symbol of a one-symbol price file; wins over the symbol in the file name. */
  symbol?: string;
  /** Called now and then with the share of a CSV file read so far (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/** Rows between two progress reports: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_EVERY_ROWS = 20_000;

const EXPECTED_FORMATS = [
  'Date,Open,High,Low,Close,Adj Close,Volume (Yahoo Finance)',
  'Date,Open,High,Low,Close,Volume (Stooq)',
  'Date,Close/Last,Volume,Open,High,Low (Nasdaq)',
  'date,close[,adj_close]',
  'date,symbol,close[,adj_close]',
  'date,symbol,bullish,bearish,messages',
  'date,end_date,title,tags,url,summary',
  'a saved Stocktwits stream (JSON)',
  'an iCalendar file (.ics)',
].join('; ');

const MAX_TITLE = 300;
const MAX_SUMMARY = 2000;
const MAX_TAG = 40;
const MAX_ID = 100;

export function parseImport(fileName: string, text: string, options: ImportOptions = {}): ImportResult {
  const name = typeof fileName === 'string' && fileName.trim() !== '' ? fileName.trim() : 'file';
  try {
    return parseChecked(name, text, options);
  } catch (error) {
    // Nothing above is meant to throw; if something does, the file is reported, not the app.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(name, `could not be read (${clip(detail, 120)}).`);
  }
}

function parseChecked(fileName: string, text: string, options: ImportOptions): ImportResult {
  if (typeof text !== 'string') return fail(fileName, 'is not a text file.');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(fileName, 'is empty.');
  const notText = notTextReason(body);
  if (notText) return fail(fileName, notText);

  let symbol: Ticker | undefined;
  const wanted = options?.symbol;
  if (typeof wanted === 'string' && wanted.trim() !== '') {
    const t = parseTicker(wanted);
    if (!t.ok) return fail(fileName, t.message);
    symbol = t.ticker;
  }

  const start = firstNonSpace(body);
  const head = body.slice(start, start + 15).toUpperCase();
  if (head === 'BEGIN:VCALENDAR') return parseIcs(fileName, body);
  const first = body.charAt(start);
  if (first === '{' || first === '[') return parseStocktwits(fileName, body);
  return parseCsv(fileName, body, symbol, typeof options?.onProgress === 'function' ? options.onProgress : undefined);
}

// ---------------------------------------------------------------------------------------
// Results and small helpers

function fail(fileName: string, message: string): ImportResult {
  return { ok: false, fileName, message: `${fileName}: ${message}` };
}

function clip(value: string, max = 40): string {
  const flat = value.slice(0, max + 1).replace(/[\r\n\t]+/g, ' ');
  return value.length > max ? `${flat.slice(0, max)}…` : flat;
}

function quoted(value: string): string {
  return `"${clip(value)}"`;
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Explains why the text is not a UTF-8 text file, or undefined when it looks like one. */
function notTextReason(text: string): string | undefined {
  if (text.startsWith('PK\u0003\u0004')) {
    return 'looks like a ZIP archive or an Excel workbook, not text. Save it as CSV (UTF-8) and import that.';
  }
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) {
    return 'is a binary file (or UTF-16 text), not UTF-8 text. Save it as CSV (UTF-8) and import that.';
  }
  let control = 0;
  const probe = Math.min(sample.length, 8192);
  for (let i = 0; i < probe; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 8 && control > probe / 100) return 'is a binary file, not text. Save it as CSV (UTF-8) and import that.';
  const bad = text.indexOf('\ufffd');
  if (bad !== -1) {
    const line = countLineBreaks(text, 0, bad) + 1;
    return `is not UTF-8 text (line ${line} has a character that is not UTF-8; the file may be saved as Latin-1 or Windows-1252). Save it as UTF-8 and import it again.`;
  }
  return undefined;
}

/** Line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** FNV-1a, 32 bits, base 36: short and stable, for ids. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function slug(value: string, max: number): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
}

/** Series come out ascending by date; a file that is already ordered stays cheap. */
function sortByDate<T extends { date: string }>(rows: T[]): T[] {
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

function finish(value: ParsedImport, rows: number): ImportResult {
  value.rejected.sort((a, b) => a.line - b.line);
  if (value.accepted > 0 || value.needsSymbol) return { ok: true, value };
  if (rows === 0) return fail(value.fileName, `has no data rows (read as ${value.format}).`);
  const firstIssues = value.rejected
    .slice(0, 3)
    .map((i) => `line ${i.line}: ${i.reason}`)
    .join('; ');
  const more = value.rejected.length > 3 ? '; …' : '';
  return fail(value.fileName, `no row could be used (read as ${value.format}, ${value.rejected.length} rejected: ${firstIssues}${more}).`);
}

function emptyImport(fileName: string, format: string, kind: ImportKind): ParsedImport {
  return { fileName, format, kind, prices: [], sentiment: [], events: [], accepted: 0, rejected: [] };
}

// ---------------------------------------------------------------------------------------
// Cells: dates, numbers, tickers, tags

const DATE_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const DATE_MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[T ].*)?$/;
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The calendar day a cell names, as written (a time or offset after it is ignored, so
 * `2025-07-25 00:00:00-04:00` is 2025-07-25). YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD and the
 * US MM/DD/YYYY; anything else (DD/MM/YYYY with a day above 12 included) is undefined.
 */
export function parseDateCell(raw: string): IsoDate | undefined {
  const s = raw.trim();
  if (s.length > 40) return undefined;
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  let match = DATE_YMD.exec(s) ?? DATE_COMPACT.exec(s);
  if (match) [, y, m, d] = match;
  else {
    match = DATE_MDY.exec(s);
    if (match) [, m, d, y] = match;
  }
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const MISSING = new Set(['', 'n/a', 'na', 'null', 'nan', '-', '—']);

type NumberCell = { kind: 'missing' } | { kind: 'bad' } | { kind: 'number'; value: number };

/** `1234.56`, `1,234.56`, `$1,234.56`, ` 12 `; a decimal comma is not a number here. */
function parseNumberCell(raw: string): NumberCell {
  let s = raw.trim();
  if (s.length > 64) return { kind: 'bad' };
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  if (s.startsWith('$')) s = s.slice(1).trim();
  if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(s)) return { kind: 'bad' };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'bad' };
}

function numberHint(raw: string): string {
  return /^\s*[+-]?\d+,\d+\s*$/.test(raw) ? ' (a decimal comma? write 586.08)' : '';
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A price column: required ones reject a missing cell, optional ones leave it out. */
function priceCell(raw: string | undefined, label: string, required: boolean): Checked<number | undefined> {
  const cell = parseNumberCell(raw ?? '');
  if (cell.kind === 'missing') return required ? { ok: false, reason: `missing ${label}` } : { ok: true, value: undefined };
  if (cell.kind === 'bad') return { ok: false, reason: `non-numeric ${label} ${quoted(raw ?? '')}${numberHint(raw ?? '')}` };
  if (cell.value <= 0) return { ok: false, reason: `non-positive ${label} ${cell.value}` };
  if (!isUsablePrice(cell.value)) return { ok: false, reason: `${label} ${cell.value} is not a usable price (${PRICE_LIMITS.min.toExponential()} to ${PRICE_LIMITS.max.toExponential()})` };
  return { ok: true, value: cell.value };
}

function volumeCell(raw: string | undefined): Checked<number | undefined> {
  const cell = parseNumberCell(raw ?? '');
  if (cell.kind === 'missing') return { ok: true, value: undefined };
  if (cell.kind === 'bad') return { ok: false, reason: `non-numeric volume ${quoted(raw ?? '')}` };
  if (cell.value < 0) return { ok: false, reason: `negative volume ${cell.value}` };
  return { ok: true, value: cell.value };
}

function countCell(raw: string | undefined, label: string): Checked<number> {
  const cell = parseNumberCell(raw ?? '');
  if (cell.kind === 'missing') return { ok: false, reason: `missing ${label}` };
  if (cell.kind === 'bad') return { ok: false, reason: `non-numeric ${label} ${quoted(raw ?? '')}` };
  if (cell.value < 0) return { ok: false, reason: `negative ${label} ${cell.value}` };
  if (!Number.isInteger(cell.value)) return { ok: false, reason: `${label} is not a whole number: ${cell.value}` };
  // Beyond this, counts stop adding up exactly and their sums overflow.
  if (!Number.isSafeInteger(cell.value)) return { ok: false, reason: `${label} ${cell.value} is too large` };
  return { ok: true, value: cell.value };
}

function tickerCell(raw: string | undefined): Checked<Ticker> {
  const result = parseTicker(raw ?? '');
  return result.ok ? { ok: true, value: result.ticker } : { ok: false, reason: `bad ticker: ${result.message}` };
}

/**
 * Tags written the way a link writes them (a-z and 0-9 joined by hyphens: `Rare earths`,
 * `rare_earths` -> rare-earths, `Über` -> uber), so a tag filter survives a shared link.
 * A tag with nothing left to write is reported.
 */
function normaliseTags(values: string[], line: number, issues: RowIssue[]): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    if (value.trim() === '') continue;
    const tag = slug(value.normalize('NFKD').replace(/\p{M}+/gu, ''), MAX_TAG);
    if (tag !== '') tags.add(tag);
    else issues.push({ line, reason: `tag ${quoted(value.trim())} dropped: tags are written with a-z, 0-9 and hyphens` });
  }
  return [...tags];
}

const GENERIC_STEMS = new Set([
  'data', 'prices', 'price', 'history', 'historical', 'historicaldata', 'export', 'download', 'quotes', 'quote',
  'table', 'file', 'sheet', 'sheet1', 'test', 'sample', 'output', 'close', 'closes', 'daily', 'chart', 'values',
]);

/**
 * The symbol a price file's name gives: `SPY.csv`, `SPY (1).csv` -> SPY; Stooq's
 * `spy_us_d.csv` and `spy.us.csv` -> SPY. Generic names (`data.csv`, `HistoricalData_17….csv`) give none.
 */
export function symbolFromFileName(fileName: string): Ticker | undefined {
  let stem = fileStem(fileName).trim();
  stem = stem.replace(/\s*\(\d+\)$/, '');
  stem = stem.replace(/_d$/i, '');
  stem = stem.replace(/[._]us$/i, '');
  if (GENERIC_STEMS.has(stem.toLowerCase())) return undefined;
  const result = parseTicker(stem);
  return result.ok ? result.ticker : undefined;
}

// ---------------------------------------------------------------------------------------
// CSV reading: RFC 4180 with the usual deviations, tracking the line each row starts on

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;

interface CsvRow {
  line: number;
  fields: string[];
  /** The row opened a quote that never closed: it swallowed the rest of the file up to `endLine`. */
  unclosedQuote?: { endLine: number };
}

/**
 * Calls onRow for each row from `pos`; `line` is the line `pos` is on. The fields come
 * from papaparse; line numbers are counted from its cursor, so a quoted field that spans
 * lines still reports the line its row starts on. Line endings are made uniform first:
 * papaparse picks one newline style per file, and hand-edited files mix them.
 */
function readCsv(
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

function isBlankRow(fields: string[]): boolean {
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

type Col =
  | 'date' | 'close' | 'closeLast' | 'adjClose' | 'open' | 'high' | 'low' | 'volume' | 'symbol'
  | 'bullish' | 'bearish' | 'messages' | 'endDate' | 'title' | 'tags' | 'url' | 'summary' | 'source' | 'symbols';

const COLUMN_NAMES: Record<string, Col> = {
  date: 'date',
  close: 'close',
  'close/last': 'closeLast',
  'adj close': 'adjClose',
  adjclose: 'adjClose',
  'adjusted close': 'adjClose',
  open: 'open',
  high: 'high',
  low: 'low',
  volume: 'volume',
  symbol: 'symbol',
  ticker: 'symbol',
  bullish: 'bullish',
  bearish: 'bearish',
  messages: 'messages',
  'end date': 'endDate',
  enddate: 'endDate',
  title: 'title',
  tags: 'tags',
  url: 'url',
  link: 'url',
  summary: 'summary',
  description: 'summary',
  source: 'source',
  symbols: 'symbols',
};

type Columns = Partial<Record<Col, number>>;

function headerColumns(fields: string[]): Columns {
  const cols: Columns = {};
  fields.forEach((raw, index) => {
    // Case and spacing do not matter; Yahoo's web table writes `Close*` and `Adj Close**`.
    const key = raw.trim().toLowerCase().replace(/[\s_]+/g, ' ').replace(/\*+$/, '').trim();
    const col = COLUMN_NAMES[key];
    if (col !== undefined && cols[col] === undefined) cols[col] = index;
  });
  return cols;
}

type CsvFormat =
  | { kind: 'events' }
  | { kind: 'sentiment' }
  | { kind: 'prices'; name: string; close: 'close' | 'closeLast'; manySymbols: boolean };

function csvFormat(cols: Columns): CsvFormat | undefined {
  const has = (...names: Col[]) => names.every((c) => cols[c] !== undefined);
  if (!has('date')) return undefined;
  if (has('title')) return { kind: 'events' };
  if (has('symbol', 'bullish', 'bearish', 'messages')) return { kind: 'sentiment' };
  if (has('closeLast')) return { kind: 'prices', name: 'Nasdaq prices', close: 'closeLast', manySymbols: false };
  if (has('symbol', 'close')) return { kind: 'prices', name: 'Prices (date, symbol, close)', close: 'close', manySymbols: true };
  if (has('open', 'high', 'low', 'close', 'adjClose')) return { kind: 'prices', name: 'Yahoo Finance prices', close: 'close', manySymbols: false };
  if (has('open', 'high', 'low', 'close')) return { kind: 'prices', name: 'Stooq prices', close: 'close', manySymbols: false };
  if (has('close')) return { kind: 'prices', name: 'Prices (date, close)', close: 'close', manySymbols: false };
  return undefined;
}

function parseCsv(fileName: string, text: string, symbol: Ticker | undefined, onProgress?: (fraction: number) => void): ImportResult {
  let pos = 0;
  let line = 1;
  let delimiter: number | undefined;
  // Excel's `sep=;` hint line.
  const sepHint = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(0, 12));
  if (sepHint) {
    delimiter = sepHint[1]!.charCodeAt(0);
    pos = sepHint[0].length;
    line = 2;
  }
  delimiter ??= detectDelimiter(text, firstNonSpace(text));

  let header: CsvRow | undefined;
  let format: CsvFormat | undefined;
  let handler: RowHandler | undefined;
  let unknownHeader = false;
  let rows = 0;
  readCsv(text, pos, line, delimiter, (row) => {
    if (unknownHeader || isBlankRow(row.fields)) return;
    if (!header) {
      header = row;
      const cols = headerColumns(row.fields);
      format = csvFormat(cols);
      if (!format) {
        unknownHeader = true;
        return;
      }
      handler = makeHandler(fileName, format, cols, row.fields.length, symbol);
      return;
    }
    rows++;
    if (row.unclosedQuote) {
      handler!.reject(row.line, `unclosed quote: lines ${row.line}-${row.unclosedQuote.endLine} could not be read`);
      return;
    }
    handler!.row(row);
  }, onProgress);
  if (!header || unknownHeader || !handler || !format) {
    const found = header ? ` Found: ${quoted(header.fields.join(String.fromCharCode(delimiter)))}.` : '';
    return fail(fileName, `no header this importer knows. Expected one of: ${EXPECTED_FORMATS}.${found}`);
  }
  return finish(handler.done(), rows);
}

interface RowHandler {
  row(row: CsvRow): void;
  reject(line: number, reason: string): void;
  done(): ParsedImport;
}

function makeHandler(fileName: string, format: CsvFormat, cols: Columns, width: number, symbol: Ticker | undefined): RowHandler {
  if (format.kind === 'events') return eventsHandler(fileName, cols, width);
  if (format.kind === 'sentiment') return sentimentHandler(fileName, cols, width);
  return pricesHandler(fileName, format, cols, width, symbol);
}

function wrongWidth(fields: string[], width: number): string | undefined {
  return fields.length === width ? undefined : `wrong column count: ${fields.length} fields, expected ${width}`;
}

function dateOf(fields: string[], cols: Columns): Checked<IsoDate> {
  const raw = fields[cols.date!] ?? '';
  const date = parseDateCell(raw);
  return date ? { ok: true, value: date } : { ok: false, reason: `unparseable date ${quoted(raw)}` };
}

// ---------------------------------------------------------------------------------------
// Prices

function pricesHandler(
  fileName: string,
  format: Extract<CsvFormat, { kind: 'prices' }>,
  cols: Columns,
  width: number,
  symbol: Ticker | undefined,
): RowHandler {
  const out = emptyImport(fileName, format.name, 'prices');
  const fileSymbol = format.manySymbols ? undefined : (symbol ?? symbolFromFileName(fileName));
  const series = new Map<Ticker, { bars: PriceBar[]; lines: Map<IsoDate, number> }>();
  const closeCol = cols[format.close]!;
  const reject = (line: number, reason: string) => void out.rejected.push({ line, reason });

  return {
    reject,
    row({ line, fields }) {
      const problem = wrongWidth(fields, width);
      if (problem) return reject(line, problem);
      const date = dateOf(fields, cols);
      if (!date.ok) return reject(line, date.reason);
      let sym: Ticker = fileSymbol ?? '';
      if (format.manySymbols) {
        const t = tickerCell(fields[cols.symbol!]);
        if (!t.ok) return reject(line, t.reason);
        sym = t.value;
      }
      const close = priceCell(fields[closeCol], 'close', true);
      if (!close.ok) return reject(line, close.reason);
      const bar: PriceBar = { date: date.value, close: close.value! };
      for (const [col, label] of [
        ['adjClose', 'adj close'],
        ['open', 'open'],
        ['high', 'high'],
        ['low', 'low'],
      ] as const) {
        const index = cols[col];
        if (index === undefined) continue;
        const cell = priceCell(fields[index], label, false);
        if (!cell.ok) return reject(line, cell.reason);
        if (cell.value !== undefined) bar[col] = cell.value;
      }
      if (cols.volume !== undefined) {
        const volume = volumeCell(fields[cols.volume]);
        if (!volume.ok) return reject(line, volume.reason);
        if (volume.value !== undefined) bar.volume = volume.value;
      }
      let entry = series.get(sym);
      if (!entry) {
        entry = { bars: [], lines: new Map() };
        series.set(sym, entry);
      }
      const firstLine = entry.lines.get(bar.date);
      if (firstLine !== undefined) return reject(line, `duplicate date ${bar.date} (first on line ${firstLine})`);
      entry.lines.set(bar.date, line);
      entry.bars.push(bar);
      out.accepted++;
    },
    done() {
      if (!format.manySymbols && fileSymbol === undefined) {
        // Rows are fine but whose prices they are is unknown: nothing is accepted yet.
        const valid = out.accepted;
        out.accepted = 0;
        out.needsSymbol = valid > 0;
        return out;
      }
      for (const [sym, entry] of series) out.prices.push({ symbol: sym, bars: sortByDate(entry.bars) });
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Sentiment counts (CSV)

function sentimentHandler(fileName: string, cols: Columns, width: number): RowHandler {
  const out = emptyImport(fileName, 'Sentiment counts', 'sentiment');
  const series = new Map<Ticker, { days: SentimentDay[]; lines: Map<IsoDate, number> }>();
  const reject = (line: number, reason: string) => void out.rejected.push({ line, reason });
  return {
    reject,
    row({ line, fields }) {
      const problem = wrongWidth(fields, width);
      if (problem) return reject(line, problem);
      const date = dateOf(fields, cols);
      if (!date.ok) return reject(line, date.reason);
      const sym = tickerCell(fields[cols.symbol!]);
      if (!sym.ok) return reject(line, sym.reason);
      const bullish = countCell(fields[cols.bullish!], 'bullish');
      if (!bullish.ok) return reject(line, bullish.reason);
      const bearish = countCell(fields[cols.bearish!], 'bearish');
      if (!bearish.ok) return reject(line, bearish.reason);
      const messages = countCell(fields[cols.messages!], 'messages');
      if (!messages.ok) return reject(line, messages.reason);
      const tagged = bullish.value + bearish.value;
      if (messages.value < tagged) return reject(line, `messages ${messages.value} < bullish + bearish ${tagged}`);
      let entry = series.get(sym.value);
      if (!entry) {
        entry = { days: [], lines: new Map() };
        series.set(sym.value, entry);
      }
      const firstLine = entry.lines.get(date.value);
      if (firstLine !== undefined) return reject(line, `duplicate date ${date.value} (first on line ${firstLine})`);
      entry.lines.set(date.value, line);
      entry.days.push({ date: date.value, bullish: bullish.value, bearish: bearish.value, messages: messages.value });
      out.accepted++;
    },
    done() {
      for (const [symbol, entry] of series) out.sentiment.push({ symbol, days: sortByDate(entry.days) });
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Events (CSV)

const LINK_DROPPED = 'link dropped: only http(s)';

interface EventDraft {
  date: IsoDate;
  endDate?: IsoDate;
  title: string;
  summary?: string;
  source?: string;
  url?: string;
  tags: string[];
  symbols?: Ticker[];
}

/** Checks the parts every event needs, trims long text, drops a non-http(s) link or an unwritable tag (noting it). */
function buildEvent(
  draft: { date: IsoDate; endDate?: IsoDate; title: string; summary?: string; source?: string; url?: string; tags: string[]; symbols?: Ticker[] },
  lines: { url: number; tags: number },
  issues: RowIssue[],
): Checked<EventDraft> {
  const title = draft.title.trim();
  if (title === '') return { ok: false, reason: 'missing title' };
  if (draft.endDate !== undefined && draft.endDate < draft.date) {
    return { ok: false, reason: `end date ${draft.endDate} before date ${draft.date}` };
  }
  const event: EventDraft = { date: draft.date, title: truncate(title, MAX_TITLE), tags: normaliseTags(draft.tags, lines.tags, issues) };
  if (draft.endDate !== undefined && draft.endDate > draft.date) event.endDate = draft.endDate;
  const summary = draft.summary?.trim();
  if (summary) event.summary = truncate(summary, MAX_SUMMARY);
  const source = draft.source?.trim();
  if (source) event.source = truncate(source, 200);
  const url = draft.url?.trim();
  if (url) {
    if (isHttpLink(url)) event.url = url;
    else issues.push({ line: lines.url, reason: LINK_DROPPED });
  }
  if (draft.symbols && draft.symbols.length > 0) event.symbols = draft.symbols;
  return { ok: true, value: event };
}

/**
 * http(s) only, and kept exactly as written: the URL parser forgives tabs and line breaks
 * inside a link (`h\tttps://`), so a link holding any whitespace or control character is dropped too.
 */
function isHttpLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\u0000-\u0020\u007f-\u009f]+$/i.test(url) && safeUrl(url);
}

function derivedEventId(fileName: string, date: IsoDate, title: string): string {
  return `${slug(fileStem(fileName), 40) || 'events'}-${date}-${hash(title)}`;
}

function eventsHandler(fileName: string, cols: Columns, width: number): RowHandler {
  const out = emptyImport(fileName, 'Events CSV', 'events');
  const ids = new Map<string, number>();
  const reject = (line: number, reason: string) => void out.rejected.push({ line, reason });
  const cell = (fields: string[], col: Col) => {
    const index = cols[col];
    return index === undefined ? undefined : fields[index];
  };
  return {
    reject,
    row({ line, fields }) {
      const problem = wrongWidth(fields, width);
      if (problem) return reject(line, problem);
      const date = dateOf(fields, cols);
      if (!date.ok) return reject(line, date.reason);
      let endDate: IsoDate | undefined;
      const endRaw = cell(fields, 'endDate')?.trim() ?? '';
      if (endRaw !== '') {
        endDate = parseDateCell(endRaw);
        if (!endDate) return reject(line, `unparseable end date ${quoted(endRaw)}`);
      }
      let symbols: Ticker[] | undefined;
      const symbolsRaw = cell(fields, 'symbols') ?? cell(fields, 'symbol');
      if (symbolsRaw !== undefined && symbolsRaw.trim() !== '') {
        const unique = new Set<Ticker>();
        for (const part of symbolsRaw.split(/[;|,\s]+/)) {
          if (part === '') continue;
          const t = tickerCell(part);
          if (!t.ok) return reject(line, t.reason);
          unique.add(t.value);
        }
        symbols = [...unique];
      }
      const issues: RowIssue[] = [];
      const built = buildEvent(
        {
          date: date.value,
          endDate,
          title: cell(fields, 'title') ?? '',
          summary: cell(fields, 'summary'),
          source: cell(fields, 'source'),
          url: cell(fields, 'url'),
          tags: (cell(fields, 'tags') ?? '').split(/[;|,]/),
          symbols,
        },
        { url: line, tags: line },
        issues,
      );
      if (!built.ok) return reject(line, built.reason);
      const id = derivedEventId(fileName, built.value.date, built.value.title);
      const firstLine = ids.get(id);
      if (firstLine !== undefined) return reject(line, `duplicate event: same date and title as line ${firstLine}`);
      ids.set(id, line);
      out.rejected.push(...issues);
      out.events.push({ id, ...built.value });
      out.accepted++;
    },
    done() {
      out.events = sortByDate(out.events);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// iCalendar

interface IcsBlock {
  line: number;
  text: string;
  /** First line of each top-level property of the event, by upper-case name. */
  propertyLines: Map<string, number>;
  /** Its value as written (after the first colon), for messages. */
  propertyText: Map<string, string>;
  closed: boolean;
}

type OpenBlock = Omit<IcsBlock, 'text' | 'closed'> & { lines: string[]; depth: number };

function toBlock(open: OpenBlock, closed: boolean): IcsBlock {
  return { line: open.line, text: open.lines.join('\r\n'), propertyLines: open.propertyLines, propertyText: open.propertyText, closed };
}

/** Splits out the VEVENT blocks with their line numbers, so one broken event costs only itself. */
function icsBlocks(text: string): IcsBlock[] {
  const blocks: IcsBlock[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let current: OpenBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const upper = raw.trimEnd().toUpperCase();
    if (!current) {
      if (upper === 'BEGIN:VEVENT') current = { line: i + 1, lines: [raw], propertyLines: new Map(), propertyText: new Map(), depth: 0 };
      continue;
    }
    current.lines.push(raw);
    if (upper.startsWith('BEGIN:')) current.depth++;
    else if (upper.startsWith('END:')) {
      if (current.depth === 0) {
        blocks.push(toBlock(current, upper === 'END:VEVENT'));
        current = undefined;
      } else current.depth--;
    } else if (current.depth === 0 && raw !== '' && raw.charCodeAt(0) !== SPACE && raw.charCodeAt(0) !== 9) {
      const name = /^[A-Za-z0-9-]+/.exec(raw)?.[0]?.toUpperCase();
      if (name && !current.propertyLines.has(name)) {
        current.propertyLines.set(name, i + 1);
        const colon = raw.indexOf(':');
        current.propertyText.set(name, colon === -1 ? '' : raw.slice(colon + 1));
      }
    }
  }
  if (current) blocks.push(toBlock(current, false));
  return blocks;
}

interface IcsMoment {
  date: IsoDate;
  /** Midnight exactly, or a DATE value: an exclusive end on this day ends the day before. */
  midnight: boolean;
  allDay: boolean;
  /** Seconds since the day's midnight (wall clock as written). */
  seconds: number;
}

function icsMoment(value: unknown): IcsMoment | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.slice(0, 10);
  if (!isIsoDate(date)) return undefined;
  if (value.length === 10 || value.slice(10) === 'T::') return { date, midnight: true, allDay: true, seconds: 0 };
  const time = /^T(\d{2}):(\d{2}):(\d{2})/.exec(value.slice(10));
  if (!time) return undefined;
  const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
  return { date, midnight: seconds === 0, allDay: false, seconds };
}

function propertyValue(component: InstanceType<typeof ICAL.Component>, name: string): unknown {
  const property = component.getFirstProperty(name);
  if (!property) return undefined;
  const jcal = property.jCal as unknown[];
  return jcal[3];
}

function textValue(component: InstanceType<typeof ICAL.Component>, name: string): string | undefined {
  const value = propertyValue(component, name);
  return typeof value === 'string' ? value : undefined;
}

function parseIcs(fileName: string, text: string): ImportResult {
  const out = emptyImport(fileName, 'iCalendar events', 'events');
  const ids = new Set<string>();
  const uidDates = new Map<string, number>();
  const blocks = icsBlocks(text);
  for (const block of blocks) {
    const lineOf = (name: string) => block.propertyLines.get(name) ?? block.line;
    const written = (name: string) => quoted(block.propertyText.get(name) ?? '');
    const reject = (line: number, reason: string) => void out.rejected.push({ line, reason });
    if (!block.closed) {
      reject(block.line, 'event not closed (no END:VEVENT)');
      continue;
    }
    let event: InstanceType<typeof ICAL.Component> | null;
    try {
      const jcal: unknown = ICAL.parse(`BEGIN:VCALENDAR\r\n${block.text}\r\nEND:VCALENDAR`);
      event = new ICAL.Component(jcal as unknown[]).getFirstSubcomponent('vevent');
    } catch (error) {
      reject(block.line, `unreadable event: ${clip(error instanceof Error ? error.message : String(error), 80)}`);
      continue;
    }
    if (!event) {
      reject(block.line, 'unreadable event');
      continue;
    }
    const start = icsMoment(propertyValue(event, 'dtstart'));
    if (!start) {
      const raw = propertyValue(event, 'dtstart');
      reject(lineOf('DTSTART'), raw === undefined ? 'missing date (no DTSTART)' : `unparseable date ${written('DTSTART')}`);
      continue;
    }
    let endDate: IsoDate | undefined;
    const endRaw = propertyValue(event, 'dtend');
    if (endRaw !== undefined) {
      const end = icsMoment(endRaw);
      if (!end) {
        reject(lineOf('DTEND'), `unparseable end date ${written('DTEND')}`);
        continue;
      }
      // DTEND is exclusive: an all-day event ending 20250512 ends on 2025-05-11.
      if (end.date < start.date || (end.date === start.date && end.seconds < start.seconds)) {
        reject(lineOf('DTEND'), `end date ${end.date} before date ${start.date}`);
        continue;
      }
      endDate = end.midnight && end.date > start.date ? addDays(end.date, -1) : end.date;
    } else {
      const duration = textValue(event, 'duration');
      if (duration) {
        let seconds: number;
        try {
          seconds = ICAL.Duration.fromString(duration).toSeconds();
        } catch {
          seconds = Number.NaN;
        }
        if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3650 * 86400) {
          reject(lineOf('DURATION'), `unreadable duration ${quoted(duration)}`);
          continue;
        }
        const total = start.seconds + seconds;
        const days = Math.floor(total / 86400);
        const exclusiveMidnight = total % 86400 === 0 && seconds > 0;
        endDate = addDays(start.date, exclusiveMidnight ? days - 1 : days);
      }
    }
    const categories: string[] = [];
    for (const property of event.getAllProperties('categories')) {
      for (const value of property.getValues() as unknown[]) if (typeof value === 'string') categories.push(value);
    }
    const issues: RowIssue[] = [];
    const title = textValue(event, 'summary') ?? '';
    const built = buildEvent(
      {
        date: start.date,
        endDate,
        title,
        summary: textValue(event, 'description'),
        url: textValue(event, 'url'),
        tags: categories,
      },
      { url: lineOf('URL'), tags: lineOf('CATEGORIES') },
      issues,
    );
    if (!built.ok) {
      reject(built.reason === 'missing title' ? lineOf('SUMMARY') : lineOf('DTEND'), built.reason);
      continue;
    }
    const uid = textValue(event, 'uid')?.trim() ?? '';
    const fromUid = uid.replace(/[^A-Za-z0-9_.~-]+/g, '-').slice(0, MAX_ID);
    let id = fromUid !== '' && fromUid !== '-' ? fromUid : derivedEventId(fileName, built.value.date, built.value.title);
    const pair = `${id} ${built.value.date}`;
    const firstLine = uidDates.get(pair);
    if (firstLine !== undefined) {
      reject(block.line, `duplicate event: same ${fromUid ? 'UID' : 'title'} and date as line ${firstLine}`);
      continue;
    }
    uidDates.set(pair, block.line);
    // A recurrence override shares its series' UID: tell them apart by date.
    if (ids.has(id)) id = `${id.slice(0, MAX_ID - 11)}-${built.value.date}`;
    for (let k = 2; ids.has(id); k++) id = `${id.slice(0, MAX_ID - 4)}-${k}`;
    ids.add(id);
    out.rejected.push(...issues);
    out.events.push({ id, ...built.value });
    out.accepted++;
  }
  if (blocks.length === 0) return fail(fileName, 'is a calendar without events (no VEVENT).');
  out.events = sortByDate(out.events);
  return finish(out, blocks.length);
}

// ---------------------------------------------------------------------------------------
// Stocktwits (a saved stream: JSON)

/**
 * The line each element of the messages array starts on: the top-level `messages` array,
 * or the top-level array itself. One pass, aware of strings; JSON.parse has already
 * vouched for the syntax.
 */
function messageLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let target = -1;
  let expectElement = false;
  let lastString = '';
  let lastStringDepth = -1;
  let sawColon = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      line++;
      continue;
    }
    if (c === CR) {
      if (text.charCodeAt(i + 1) !== LF) line++;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (expectElement && c !== 93 /* ] */) {
      lines.push(line);
      expectElement = false;
    }
    if (c === QUOTE) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === QUOTE) break;
        else j++;
      }
      if (depth === 1 && j - i < 20) {
        lastString = text.slice(i + 1, j);
        lastStringDepth = depth;
        sawColon = false;
      } else lastStringDepth = -1;
      i = j;
      continue;
    }
    if (c === 58 /* : */) {
      sawColon = true;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (c === 91 && depth === 0) target = 1;
      else if (c === 91 && depth === 1 && target === -1 && sawColon && lastStringDepth === 1 && lastString === 'messages') target = 2;
      depth++;
      if (c === 91 && depth === target) expectElement = true;
      lastStringDepth = -1;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      if (c === 93 && depth === target) target = -2; // done: later arrays are not ours
      depth--;
      expectElement = false;
      continue;
    }
    if (c === 44 /* , */) {
      if (depth === target) expectElement = true;
      lastStringDepth = -1;
      continue;
    }
  }
  return lines;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function parseStocktwits(fileName: string, text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(fileName, `is not valid JSON (${clip(error instanceof Error ? error.message : String(error), 100)}).`);
  }
  const top = record(json);
  const list = Array.isArray(json) ? json : top?.messages;
  if (!Array.isArray(list)) {
    return fail(fileName, `is JSON this importer does not know. Expected a saved Stocktwits stream: { "messages": [{ "created_at", "entities": { "sentiment" }, "symbols" }] }.`);
  }
  const out = emptyImport(fileName, 'Stocktwits messages', 'sentiment');
  const lines = messageLines(text);
  const lineOf = (index: number) => (lines.length === list.length ? lines[index]! : 1);

  // A stream saved for one symbol names it at the top; then every message counts for it.
  let streamSymbol: Ticker | undefined;
  const topSymbol = top?.symbol;
  const topRaw = typeof topSymbol === 'string' ? topSymbol : record(topSymbol)?.symbol;
  if (typeof topRaw === 'string') {
    const t = parseTicker(topRaw);
    if (!t.ok) return fail(fileName, `names its stream's symbol badly: ${t.message}`);
    streamSymbol = t.ticker;
  }

  const counts = new Map<Ticker, Map<IsoDate, SentimentDay>>();
  const seenIds = new Map<string, number>();
  list.forEach((item, index) => {
    const line = lineOf(index);
    const reject = (reason: string) => void out.rejected.push({ line, reason });
    const message = record(item);
    if (!message) return reject('not a message object');
    const id = message.id;
    if (typeof id === 'string' || typeof id === 'number') {
      const first = seenIds.get(String(id));
      if (first !== undefined) return reject(`duplicate message ${clip(String(id))} (first on line ${first})`);
    }
    const created = message.created_at;
    // A timestamp that starts with its date; Date.parse alone would take '1' for 2001.
    const time = typeof created === 'string' && /^\d{4}-\d{2}-\d{2}/.test(created) ? Date.parse(created) : Number.NaN;
    if (!Number.isFinite(time)) return reject(`unparseable date ${quoted(String(created ?? ''))}`);
    const date = new Date(time).toISOString().slice(0, 10);
    if (!isIsoDate(date)) return reject(`unparseable date ${quoted(String(created))}`);

    const symbols: Ticker[] = [];
    if (streamSymbol) symbols.push(streamSymbol);
    else {
      const mentioned = Array.isArray(message.symbols) ? message.symbols : [];
      for (const entry of mentioned) {
        const raw = record(entry)?.symbol;
        const t = parseTicker(typeof raw === 'string' ? raw : '');
        if (!t.ok) {
          out.rejected.push({ line, reason: `bad ticker skipped: ${t.message}` });
          continue;
        }
        if (!symbols.includes(t.ticker)) symbols.push(t.ticker);
      }
      if (symbols.length === 0) return reject('message names no symbol');
    }
    const basic = record(record(message.entities)?.sentiment)?.basic;
    const sentiment = typeof basic === 'string' ? basic.toLowerCase() : '';
    for (const sym of symbols) {
      let days = counts.get(sym);
      if (!days) {
        days = new Map();
        counts.set(sym, days);
      }
      let day = days.get(date);
      if (!day) {
        day = { date, bullish: 0, bearish: 0, messages: 0 };
        days.set(date, day);
      }
      day.messages++;
      if (sentiment === 'bullish') day.bullish++;
      else if (sentiment === 'bearish') day.bearish++;
    }
    if (typeof id === 'string' || typeof id === 'number') seenIds.set(String(id), line);
    out.accepted++;
  });
  for (const [symbol, days] of counts) out.sentiment.push({ symbol, days: [...days.values()].sort(byDate) });
  return finish(out, list.length);
}
