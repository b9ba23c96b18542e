// Pure parsers for the Files source: the text of one file the user picked in, domain
// series and events out, with every rejected row explained by its line number.
// No DOM, no storage, no React: this runs in a Web Worker. It never throws, and its
// work is linear in the size of the file (tens of MB are fine).
//
// A file is recognised by its content (the header row, the JSON shape, BEGIN:VCALENDAR),
// not by its name; the name only supplies the symbol of a one-symbol price file.
//
// This is the one way in (the worker's); the work itself is split by job under ./parse/.
import { parseTicker } from '@/domain/ticker';
import type { Ticker } from '@/domain/types';
import { parseCsv } from './parse/csv';
import { parseIcs } from './parse/icalendar';
import { fail, type ImportResult } from './parse/result';
import { contentKind, notTextReason } from './parse/sniff';
import { parseStocktwits } from './parse/stocktwits';
import { clip } from './parse/text';

export type { ImportKind, ImportNote, ImportResult, ParsedImport, RowIssue } from './parse/result';

export interface ImportOptions {
  /** The symbol of a one-symbol price file; wins over the symbol in the file name. */
  symbol?: string;
  /** Called now and then with the share of a CSV file read so far (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
  /**
   * The moment of the import (ms since 1970; default: the clock). Repeating calendar
   * events are read over the years around it; a price file's last bar dated that day in
   * New York before 16:00 is not a close.
   */
  now?: number;
}

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

  const now = typeof options?.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  const kind = contentKind(body);
  if (kind === 'icalendar') return parseIcs(fileName, body, now);
  if (kind === 'json') return parseStocktwits(fileName, body);
  return parseCsv(fileName, body, symbol, now, typeof options?.onProgress === 'function' ? options.onProgress : undefined);
}
