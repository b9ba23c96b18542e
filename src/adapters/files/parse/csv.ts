// A CSV file imported: its header decides the kind (prices, sentiment counts, events),
// then that kind's row handler takes every data row after it.
import type { Ticker } from '@/domain/types';
import { csvFormat, headerColumns, type Columns, type CsvFormat } from './columns';
import { csvLayout, isBlankRow, readCsv, type CsvRow } from './csv-reader';
import { eventsHandler } from './event-rows';
import { pricesHandler } from './price-rows';
import { fail, finish, type ImportResult } from './result';
import type { RowHandler } from './row-handler';
import { sentimentHandler } from './sentiment-rows';
import { quoted } from './text';

const EXPECTED_FORMATS = [
  'Date,Open,High,Low,Close,Adj Close,Volume (Yahoo Finance)',
  'Date,Open,High,Low,Close,Volume (Stooq)',
  '<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT> (Stooq bulk download)',
  'Date,Close/Last,Volume,Open,High,Low (Nasdaq)',
  'date,close[,adj_close]',
  'date,symbol,close[,adj_close]',
  'date,symbol,bullish,bearish,messages',
  'date,end_date,title,tags,url,summary',
  'a saved Stocktwits stream (JSON, or JSON lines: one message or firehose activity per line)',
  'an iCalendar file (.ics)',
].join('; ');

/** `now`: the moment of the import (ms since 1970), which tells a bar of a session still open. */
export function parseCsv(fileName: string, text: string, symbol: Ticker | undefined, now: number, onProgress?: (fraction: number) => void): ImportResult {
  const { pos, line, delimiter } = csvLayout(text);
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
      format = csvFormat(cols, row.fields);
      if (!format) {
        unknownHeader = true;
        return;
      }
      handler = makeHandler(fileName, format, cols, row.fields.length, symbol, now);
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

function makeHandler(fileName: string, format: CsvFormat, cols: Columns, width: number, symbol: Ticker | undefined, now: number): RowHandler {
  if (format.kind === 'events') return eventsHandler(fileName, cols, width);
  if (format.kind === 'sentiment') return sentimentHandler(fileName, cols, width);
  return pricesHandler(fileName, format, cols, width, symbol, now);
}
