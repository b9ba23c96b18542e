// Stooq's files: its CSV download and the .txt files of its bulk download, where every
// row names its ticker with the market (`SPY.US`) and its bar length (PER). Both give closes
// already adjusted for dividends and splits, and say so; other files keep closes as traded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportResult, type ParsedImport } from '@/adapters/files/parse-import';

const FIXTURES = './fixtures/';
const fixture = (name: string) => readFileSync(new URL(FIXTURES + name, import.meta.url), 'utf8');

function ok(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const HEADER = '<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>';

describe("Stooq's bulk download", () => {
  it('reads each ticker of the file as a series, without the .US market suffix', () => {
    const value = ok(parseImport('us-etfs.txt', fixture('stooq-us-etfs.txt')));
    expect(value).toMatchObject({ format: 'Stooq bulk download', kind: 'prices', accepted: 20, rejected: [] });
    expect(value.needsSymbol).toBeUndefined();
    expect(value.prices.map((p) => [p.symbol, p.bars.length, p.bars[0]!.date, p.bars.at(-1)!.date])).toEqual([
      ['SPY', 10, '2025-07-14', '2025-07-25'],
      ['QQQ', 10, '2025-07-14', '2025-07-25'],
    ]);
    expect(value.prices[0]!.bars.at(-1)).toEqual({ date: '2025-07-25', open: 628.261, high: 630.832, low: 626.668, close: 630.118, volume: 60599100 });
    // Volumes written in exponent form, as the older dumps have them.
    expect(value.prices[1]!.bars[3]!.volume).toBe(44980100);
  });

  it('reads it whatever the name, and other markets keep their suffix', () => {
    const text = `${HEADER}\nVOD.UK,D,20250725,000000,72.1,72.9,71.8,72.5,31204511,0\n^SPX,D,20250725,000000,6370.01,6395.82,6368.53,6388.64,0,0\n`;
    const value = ok(parseImport('data.csv', text));
    expect(value.prices.map((p) => p.symbol)).toEqual(['VOD.UK', '^SPX']);
  });

  it('rejects intraday bars, unknown bar lengths, and a second bar length for one ticker', () => {
    const text = [
      HEADER,
      'SPY.US,D,20250724,000000,634.6,636.15,633.99,634.42,60599100,0',
      'SPY.US,5,20250725,153000,636.2,636.4,636.0,636.3,120000,0',
      'SPY.US,Q,20250725,000000,635.01,637.68,634.1,637.1,56865400,0',
      'SPY.US,W,20250725,000000,635.01,637.68,634.1,637.1,56865400,0',
      'QQQ.US,W,20250725,000000,563.88,566.59,563.37,566.37,34381600,0',
      'SPY.US,D,2025-07-25,000000,635.01,637.68,634.1,637.1,56865400,0',
      'BAD TICKER.US,D,20250725,000000,1,1,1,1,1,0',
    ].join('\r\n');
    const value = ok(parseImport('spy.us.txt', text));
    expect(value.prices.map((p) => [p.symbol, p.bars.map((b) => b.date)])).toEqual([
      ['SPY', ['2025-07-24', '2025-07-25']],
      ['QQQ', ['2025-07-25']],
    ]);
    expect(value.rejected).toEqual([
      { line: 3, reason: "intraday bars (PER 5) are not read: use Stooq's daily file" },
      { line: 4, reason: 'unknown bar length (PER "Q"): expected D, W or M' },
      { line: 5, reason: "weekly bar among SPY's daily ones (PER D on line 2)" },
      { line: 8, reason: 'bad ticker: "BAD TICKER" is not a ticker: use letters, digits and . - ^ only.' },
    ]);
  });

  it('names the layout among those it knows when a header is unknown', () => {
    const result = parseImport('x.txt', '<WHEN>,<PRICE>\n20250725,1\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT> (Stooq bulk download)');
  });
});

describe("Stooq's closes are adjusted", () => {
  it('marks the series of both layouts as adjusted, and says so in the report', () => {
    const download = ok(parseImport('spy_us_d.csv', fixture('spy_us_d.csv')));
    expect(download).toMatchObject({ format: 'Stooq prices', accepted: 10, rejected: [] });
    expect(download.prices).toHaveLength(1);
    expect(download.prices[0]).toMatchObject({ symbol: 'SPY', closesAdjusted: true });
    expect(download.notes).toEqual([{ text: "Stooq's closes are adjusted for dividends and splits: SPY is measured as total return; price basis is not available." }]);
    const bulk = ok(parseImport('us-etfs.txt', fixture('stooq-us-etfs.txt')));
    expect(bulk.prices.map((p) => [p.symbol, p.closesAdjusted])).toEqual([
      ['SPY', true],
      ['QQQ', true],
    ]);
    expect(bulk.notes[0]!.text).toBe("Stooq's closes are adjusted for dividends and splits: SPY, QQQ are measured as total return; price basis is not available.");
    // The two layouts carry the same closes.
    expect(download.prices[0]!.bars.map((b) => b.close)).toEqual(bulk.prices[0]!.bars.map((b) => b.close));
  });

  it("tells Stooq's layout from others with the same columns: closes as traded there", () => {
    // MarketWatch writes Stooq's header with US dates; another spelling is not Stooq's either.
    const marketWatch = ok(parseImport('SPY.csv', 'Date,Open,High,Low,Close,Volume\n07/25/2025,635.01,637.68,634.10,637.10,"56,865,400"\n'));
    const lower = ok(parseImport('SPY.csv', 'date,open,high,low,close\n2025-07-25,635.01,637.68,634.10,637.10\n'));
    for (const value of [marketWatch, lower]) {
      expect(value.format).toBe('Prices (date, open, high, low, close)');
      expect(value.prices[0]!.closesAdjusted).toBeUndefined();
      expect(value.notes).toEqual([]);
    }
    // Yahoo's files have both closes: unchanged.
    const yahoo = ok(parseImport('SPY.csv', 'Date,Open,High,Low,Close,Adj Close,Volume\n2025-07-25,635.01,637.68,634.10,637.10,630.12,56865400\n'));
    expect(yahoo.prices[0]).toEqual({ symbol: 'SPY', bars: [{ date: '2025-07-25', open: 635.01, high: 637.68, low: 634.1, close: 637.1, adjClose: 630.12, volume: 56865400 }] });
  });
});
