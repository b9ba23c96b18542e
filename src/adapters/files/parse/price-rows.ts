// The rows of a price CSV (Yahoo Finance, Stooq's download or bulk file, Nasdaq, or plain
// date and close, with or without a symbol column) made into one price series per symbol.
import { parseTicker } from '@/domain/ticker';
import { medianGapDays, periodicityOf, periodsPerYear } from '@/domain/periodicity';
import type { Periodicity, PriceBar, PriceSeries, Ticker } from '@/domain/types';
import { priceCell, tickerCell, volumeCell } from './cells';
import { OHLC_PRICES, type Columns, type CsvFormat } from './columns';
import { intradayCheck } from './intraday';
import { emptyImport } from './result';
import { csvRowHandler, rowsBySymbol, type RowHandler } from './row-handler';
import { barLengthCheck, stooqTicker } from './stooq';
import { fileStem } from './text';

const GENERIC_STEMS = new Set([
  'data', 'prices', 'price', 'history', 'historical', 'historicaldata', 'export', 'download', 'quotes', 'quote',
  'table', 'file', 'sheet', 'sheet1', 'test', 'sample', 'output', 'close', 'closes', 'daily', 'chart', 'values',
]);

/**
 * The symbol a price file's name gives: `SPY.csv`, `SPY (1).csv` -> SPY; Stooq's
 * `spy_us_d.csv` (daily; `_w` weekly, `_m` monthly) and `spy.us.csv` -> SPY. Generic names (`data.csv`, `HistoricalData_17….csv`) give none.
 */
export function symbolFromFileName(fileName: string): Ticker | undefined {
  let stem = fileStem(fileName).trim();
  stem = stem.replace(/\s*\(\d+\)$/, '');
  stem = stem.replace(/_[dwm]$/i, '');
  stem = stem.replace(/[._]us$/i, '');
  if (GENERIC_STEMS.has(stem.toLowerCase())) return undefined;
  const result = parseTicker(stem);
  return result.ok ? result.ticker : undefined;
}

export function pricesHandler(
  fileName: string,
  format: Extract<CsvFormat, { kind: 'prices' }>,
  cols: Columns,
  width: number,
  symbol: Ticker | undefined,
  /** The moment of the import: a bar of a session still open then is not a close. */
  now: number,
): RowHandler {
  const out = emptyImport(fileName, format.name, 'prices');
  const fileSymbol = format.manySymbols ? undefined : (symbol ?? symbolFromFileName(fileName));
  const bars = rowsBySymbol<PriceBar>();
  const closeCol = cols[format.close]!;
  const barLength = format.stooqBulk ? barLengthCheck() : undefined;
  const intraday = intradayCheck(now);
  let providerDates = true;
  return csvRowHandler(out, cols, width, {
    row(date, fields, line) {
      if (format.providerDates && !format.providerDates.test((fields[cols.date!] ?? '').trim())) providerDates = false;
      let sym: Ticker = fileSymbol ?? '';
      if (format.manySymbols) {
        const raw = fields[cols.symbol!];
        const t = tickerCell(format.stooqBulk ? stooqTicker(raw) : raw);
        if (!t.ok) return t.reason;
        sym = t.value;
      }
      const wrongLength = barLength?.(sym, fields[cols.per!], line);
      if (wrongLength) return wrongLength;
      const close = priceCell(fields[closeCol], 'close', true);
      if (!close.ok) return close.reason;
      const bar: PriceBar = { date, close: close.value! };
      for (const [col, label] of [
        ['adjClose', 'adj close'],
        ['open', 'open'],
        ['high', 'high'],
        ['low', 'low'],
      ] as const) {
        const index = cols[col];
        if (index === undefined) continue;
        const cell = priceCell(fields[index], label, false);
        if (!cell.ok) return cell.reason;
        if (cell.value !== undefined) bar[col] = cell.value;
      }
      if (cols.volume !== undefined) {
        const volume = volumeCell(fields[cols.volume]);
        if (!volume.ok) return volume.reason;
        if (volume.value !== undefined) bar.volume = volume.value;
      }
      const rejected = bars.add(sym, bar, line);
      if (rejected === undefined) intraday.row(sym, date, fields[cols.date!] ?? '', line);
      return rejected;
    },
    done() {
      const closesAdjusted = format.closesAdjusted === true && providerDates;
      if (format.closesAdjusted && !closesAdjusted) out.format = OHLC_PRICES;
      if (!format.manySymbols && fileSymbol === undefined) {
        // Rows are fine but whose prices they are is unknown: nothing is accepted yet.
        const valid = out.accepted;
        out.accepted = 0;
        out.needsSymbol = valid > 0;
        return;
      }
      for (const [sym, sorted] of bars.sorted()) {
        const closes = intraday.split(sym, sorted);
        const series: PriceSeries = { symbol: sym, bars: closes.bars };
        if (closes.intraday) series.intraday = closes.intraday;
        if (closes.note) out.notes.push(closes.note);
        if (closesAdjusted) series.closesAdjusted = true;
        const periodicity = periodicityOf(closes.bars);
        if (periodicity !== 'daily') {
          series.periodicity = periodicity;
          out.notes.push({ text: spacingNote(series, periodicity) });
        }
        out.prices.push(series);
      }
      if (closesAdjusted && out.prices.length > 0) {
        const names = out.prices.map((p) => p.symbol).join(', ');
        out.notes.push({ text: `Stooq's closes are adjusted for dividends and splits: ${names} ${out.prices.length === 1 ? 'is' : 'are'} measured as total return; price basis is not available.` });
      }
    },
  });
}

/** What a series' bar spacing means for its figures, for the Import report. */
function spacingNote(series: PriceSeries, periodicity: Exclude<Periodicity, 'daily'>): string {
  const apart = `a median ${medianGapDays(series.bars)} days apart`;
  if (periodicity === 'irregular') {
    return `${series.symbol}: bars ${apart}, neither daily, weekly nor monthly: no volatility, event windows or sentiment correlation for it.`;
  }
  return `${series.symbol}: ${periodicity} bars (${apart}): volatility is annualised by √${periodsPerYear(periodicity)}; event windows and the sentiment correlation, which count trading days, are left out for it.`;
}
