// The Files source's parsers: each format they recognise, the messy files people really
// have, every rejection with its line, and the promise never to throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportResult, type ParsedImport } from '@/adapters/files/parse-import';
import { parseDateCell } from '@/adapters/files/parse/cells';
import { symbolFromFileName } from '@/adapters/files/parse/price-rows';
import { isIsoDate } from '@/domain/dates';
import { isTicker } from '@/domain/ticker';
import type { PriceSeries } from '@/domain/types';

// Paths go through a variable: Vite rewrites `new URL('<literal>', import.meta.url)` into an asset import.
const FIXTURES = './fixtures/';
const REFERENCE = '../../fixtures/reference/';
const readRelative = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const fixture = (name: string) => readRelative(FIXTURES + name);
const reference = (symbol: string) => readRelative(`${REFERENCE}${symbol}.csv`);

/** The parsed file, or the test fails with the importer's message. */
function ok(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

function failure(result: ImportResult): string {
  if (result.ok) throw new Error(`expected ok:false, got ${result.value.format} with ${result.value.accepted} rows`);
  return result.message;
}

function only(value: ParsedImport): PriceSeries {
  expect(value.prices).toHaveLength(1);
  return value.prices[0]!;
}

const closes = (series: PriceSeries) => series.bars.map((b) => [b.date, b.close]);

describe('formats', () => {
  it('reads a Yahoo Finance history download, the symbol from the file name', () => {
    const text = [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      '2025-07-24,634.60,636.15,633.99,634.42,627.46,60599100',
      '2025-07-25,635.01,637.68,634.10,637.10,630.12,56865400',
    ].join('\n');
    const value = ok(parseImport('SPY.csv', text));
    expect(value).toMatchObject({ format: 'Yahoo Finance prices', kind: 'prices', accepted: 2, rejected: [] });
    expect(only(value)).toEqual({
      symbol: 'SPY',
      bars: [
        { date: '2025-07-24', open: 634.6, high: 636.15, low: 633.99, close: 634.42, adjClose: 627.46, volume: 60599100 },
        { date: '2025-07-25', open: 635.01, high: 637.68, low: 634.1, close: 637.1, adjClose: 630.12, volume: 56865400 },
      ],
    });
    expect(value.needsSymbol).toBeUndefined();
  });

  it('reads a Stooq download: spy_us_d.csv and spy.us.csv are SPY', () => {
    const text = 'Date,Open,High,Low,Close,Volume\n2025-07-24,634.6,636.15,633.99,634.42,60599100\n2025-07-25,635.01,637.68,634.1,637.1,56865400\n';
    for (const name of ['spy_us_d.csv', 'spy.us.csv']) {
      const value = ok(parseImport(name, text));
      expect(value.format).toBe('Stooq prices');
      expect(only(value).symbol).toBe('SPY');
      expect(only(value).bars[1]).toEqual({ date: '2025-07-25', open: 635.01, high: 637.68, low: 634.1, close: 637.1, volume: 56865400 });
    }
  });

  it('reads a Nasdaq.com download ($ prices, MM/DD/YYYY, newest first) and asks for its symbol', () => {
    const text = fixture('HistoricalData_1753469234.csv');
    const asked = ok(parseImport('HistoricalData_1753469234.csv', text));
    expect(asked).toMatchObject({ format: 'Nasdaq prices', kind: 'prices', needsSymbol: true, accepted: 0, prices: [], rejected: [] });

    const value = ok(parseImport('HistoricalData_1753469234.csv', text, { symbol: 'qqq' }));
    expect(value.needsSymbol).toBeUndefined();
    expect(value.accepted).toBe(3);
    const series = only(value);
    expect(series.symbol).toBe('QQQ');
    expect(closes(series)).toEqual([
      ['2025-07-23', 562.61],
      ['2025-07-24', 563.81],
      ['2025-07-25', 566.37],
    ]);
    expect(series.bars[2]).toEqual({ date: '2025-07-25', close: 566.37, open: 563.88, high: 566.59, low: 563.37, volume: 34381600 });
  });

  it('reads a one-symbol date,close[,adj_close] file: symbol from the name, from options, or asked for', () => {
    const text = 'date,close,adj_close\n2025-07-24,634.42,627.46\n2025-07-25,637.10,\n';
    const named = ok(parseImport('MCHI.csv', text));
    expect(named.format).toBe('Prices (date, close)');
    expect(only(named)).toEqual({
      symbol: 'MCHI',
      bars: [
        { date: '2025-07-24', close: 634.42, adjClose: 627.46 },
        { date: '2025-07-25', close: 637.1 },
      ],
    });
    expect(only(ok(parseImport('SPY (1).csv', text))).symbol).toBe('SPY');
    expect(only(ok(parseImport('data.csv', text, { symbol: ' brk-b ' }))).symbol).toBe('BRK-B');
    expect(only(ok(parseImport('SPY.csv', text, { symbol: 'QQQ' }))).symbol).toBe('QQQ');

    const asked = ok(parseImport('data.csv', 'date,close\n2025-07-25,637.10\n'));
    expect(asked).toMatchObject({ needsSymbol: true, accepted: 0, prices: [] });
    expect(failure(parseImport('data.csv', text, { symbol: 'not a ticker' }))).toContain('is not a ticker');
  });

  it('reads a many-symbol date,symbol,close[,adj_close] file', () => {
    const text = 'date,symbol,close,adj_close\n2025-07-25,SPY,637.10,630.12\n2025-07-24,spy,634.42,627.46\n2025-07-25,QQQ,566.37,563.07\n';
    const value = ok(parseImport('closes.csv', text));
    expect(value).toMatchObject({ format: 'Prices (date, symbol, close)', accepted: 3, rejected: [] });
    expect(value.prices).toEqual([
      {
        symbol: 'SPY',
        bars: [
          { date: '2025-07-24', close: 634.42, adjClose: 627.46 },
          { date: '2025-07-25', close: 637.1, adjClose: 630.12 },
        ],
      },
      { symbol: 'QQQ', bars: [{ date: '2025-07-25', close: 566.37, adjClose: 563.07 }] },
    ]);
    expect(value.needsSymbol).toBeUndefined();
  });

  it('reads sentiment counts date,symbol,bullish,bearish,messages', () => {
    const text = 'date,symbol,bullish,bearish,messages\n2025-07-25,SPY,120,40,410\n2025-07-24,SPY,100,50,380\n2025-07-25,MCHI,3,1,9\n';
    const value = ok(parseImport('sentiment.csv', text));
    expect(value).toMatchObject({ format: 'Sentiment counts', kind: 'sentiment', accepted: 3, rejected: [], prices: [], events: [] });
    expect(value.sentiment).toEqual([
      {
        symbol: 'SPY',
        days: [
          { date: '2025-07-24', bullish: 100, bearish: 50, messages: 380 },
          { date: '2025-07-25', bullish: 120, bearish: 40, messages: 410 },
        ],
      },
      { symbol: 'MCHI', days: [{ date: '2025-07-25', bullish: 3, bearish: 1, messages: 9 }] },
    ]);
  });

  it('counts a saved Stocktwits stream per New York day for its symbol, rejecting broken and repeated messages by line', () => {
    const value = ok(parseImport('stream.json', fixture('stocktwits-SPY.json')));
    expect(value).toMatchObject({ format: 'Stocktwits messages', kind: 'sentiment', accepted: 3 });
    // 23:30 at UTC-4 is 03:30 UTC the next day but still Jul 25 in New York; QQQ is only
    // mentioned in SPY's stream, so not counted.
    expect(value.sentiment).toEqual([{ symbol: 'SPY', days: [{ date: '2025-07-25', bullish: 1, bearish: 1, messages: 3 }] }]);
    expect(value.rejected).toEqual([
      { line: 27, reason: 'unparseable date "yesterday"' },
      { line: 34, reason: 'duplicate message 101 (first on line 6)' },
    ]);
  });

  it('counts a stream without a top-level symbol for every symbol a message mentions', () => {
    const messages = [
      { id: 1, created_at: '2025-07-25T10:00:00Z', entities: { sentiment: { basic: 'Bullish' } }, symbols: [{ symbol: 'SPY' }, { symbol: 'QQQ' }] },
      { id: 2, created_at: '2025-07-25T11:00:00Z', entities: { sentiment: { basic: 'Bearish' } }, symbols: [{ symbol: 'QQQ' }] },
      { id: 3, created_at: '2025-07-24T11:00:00Z', entities: {}, symbols: [{ symbol: 'QQQ' }] },
      { id: 4, created_at: '2025-07-24T11:00:00Z', entities: { sentiment: null }, symbols: [] },
    ];
    const value = ok(parseImport('saved.json', JSON.stringify({ messages })));
    expect(value.accepted).toBe(3);
    expect(value.sentiment).toEqual([
      { symbol: 'SPY', days: [{ date: '2025-07-25', bullish: 1, bearish: 0, messages: 1 }] },
      {
        symbol: 'QQQ',
        days: [
          { date: '2025-07-24', bullish: 0, bearish: 0, messages: 1 },
          { date: '2025-07-25', bullish: 1, bearish: 1, messages: 2 },
        ],
      },
    ]);
    expect(value.rejected).toEqual([{ line: 1, reason: 'message names no symbol' }]);
  });

  it('reads an events CSV: tags split on ; or |, end dates, stable URL-safe ids', () => {
    const text = [
      'date,end_date,title,tags,url,summary',
      '2025-05-10,2025-05-11,US-China talks in Geneva,trade-talks;tariffs,https://example.org/geneva,Two days of talks',
      '2025-07-09,,Tariff pause ends,deadline | Tariffs,,',
    ].join('\n');
    const value = ok(parseImport('Policy events 2025.csv', text));
    expect(value).toMatchObject({ format: 'Events CSV', kind: 'events', accepted: 2, rejected: [] });
    const [geneva, pause] = value.events;
    expect(geneva).toMatchObject({
      date: '2025-05-10',
      endDate: '2025-05-11',
      title: 'US-China talks in Geneva',
      tags: ['trade-talks', 'tariffs'],
      url: 'https://example.org/geneva',
      summary: 'Two days of talks',
    });
    expect(pause).toEqual({ id: pause!.id, date: '2025-07-09', title: 'Tariff pause ends', tags: ['deadline', 'tariffs'] });
    for (const event of value.events) expect(event.id).toMatch(/^[A-Za-z0-9_.~-]{1,100}$/);
    expect(geneva!.id).toMatch(/^policy-events-2025-2025-05-10-/);
    expect(ok(parseImport('Policy events 2025.csv', text)).events.map((e) => e.id)).toEqual(value.events.map((e) => e.id));
  });

  it('reads an importance column (major or minor, any case); another value is reported and the event kept as major', () => {
    const text = ['date,title,importance', '2025-06-05,Leaders speak by phone,Minor', '2025-07-28,Talks in Stockholm,major', '2025-08-01,Deadline,urgent', '2025-08-11,Truce,'].join('\n');
    const value = ok(parseImport('events.csv', text));
    expect(value.events.map((e) => [e.title, e.importance])).toEqual([
      ['Leaders speak by phone', 'minor'],
      ['Talks in Stockholm', 'major'],
      ['Deadline', undefined],
      ['Truce', undefined],
    ]);
    expect(value.rejected).toEqual([{ line: 4, reason: 'importance "urgent" ignored: use major or minor' }]);
  });

  it('reads an iCalendar PRIORITY of 6 to 9 (low) as a minor event, 1 to 5 as major', () => {
    const vevent = (uid: string, priority: string) =>
      ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTART;VALUE=DATE:20250605', `SUMMARY:Event ${uid}`, ...(priority ? [`PRIORITY:${priority}`] : []), 'END:VEVENT'];
    const ics = ['BEGIN:VCALENDAR', ...vevent('low', '9'), ...vevent('high', '1'), ...vevent('none', ''), ...vevent('zero', '0'), 'END:VCALENDAR'].join('\r\n');
    const value = ok(parseImport('c.ics', ics));
    expect(Object.fromEntries(value.events.map((e) => [e.id, e.importance]))).toEqual({ low: 'minor', high: 'major', none: undefined, zero: undefined });
  });

  it('reads an iCalendar file: DTEND exclusive for all-day events, folded lines, UIDs as ids', () => {
    const value = ok(parseImport('calendar.ics', fixture('events.ics')));
    expect(value).toMatchObject({ format: 'iCalendar events', kind: 'events', accepted: 3 });
    const [geneva, pause, letters] = value.events;
    expect(geneva).toEqual({
      id: 'talks-geneva-2025-example.org',
      date: '2025-05-10',
      endDate: '2025-05-11',
      title: 'US-China trade talks, Geneva',
      url: 'https://example.org/news/geneva',
      tags: ['trade-talks', 'tariffs'],
      summary: 'Two days of talks. <b>Not bold</b>\nSecond line.',
    });
    // Timed: the day as written in its own zone; the end is on the next day.
    expect(pause).toEqual({ id: 'deadline-0709-example.org', date: '2025-07-09', endDate: '2025-07-10', title: 'Reciprocal tariff pause ends', tags: ['deadline', 'tariffs'] });
    // No UID: an id derived from the file, date and title; the javascript: link is dropped and reported.
    expect(letters).toEqual({ id: letters!.id, date: '2025-08-01', title: 'Tariff letters take effect', tags: [] });
    expect(letters!.id).toMatch(/^calendar-2025-08-01-[a-z0-9]+$/);
    expect(value.rejected).toEqual([{ line: 32, reason: 'link dropped: only http(s)' }]);
  });

  it('recognises content, not names: a calendar called .txt, a CSV called .json', () => {
    expect(ok(parseImport('notes.txt', fixture('events.ics'))).format).toBe('iCalendar events');
    expect(ok(parseImport('SPY.json', 'date,close\n2025-07-25,637.1\n')).format).toBe('Prices (date, close)');
  });
});

describe('robustness', () => {
  it('strips a UTF-8 byte order mark', () => {
    const value = ok(parseImport('SPY.csv', '\uFEFFdate,close\n2025-07-25,637.1\n'));
    expect(closes(only(value))).toEqual([['2025-07-25', 637.1]]);
  });

  it('reads CRLF line ends, with the right line numbers', () => {
    const value = ok(parseImport('SPY.csv', 'date,close\r\n2025-07-24,634.42\r\nbad,1\r\n2025-07-25,637.1\r\n'));
    expect(closes(only(value))).toEqual([
      ['2025-07-24', 634.42],
      ['2025-07-25', 637.1],
    ]);
    expect(value.rejected).toEqual([{ line: 3, reason: 'unparseable date "bad"' }]);
  });

  it('detects ; as the delimiter, and honours an Excel sep= line', () => {
    const value = ok(parseImport('SPY.csv', 'Date;Close;Adj Close\n2025-07-25;637.10;630.12\n'));
    expect(only(value).bars).toEqual([{ date: '2025-07-25', close: 637.1, adjClose: 630.12 }]);
    const hinted = ok(parseImport('SPY.csv', 'sep=;\ndate;close\n2025-07-25;"1,234.5"\nx;1\n'));
    expect(closes(only(hinted))).toEqual([['2025-07-25', 1234.5]]);
    expect(hinted.rejected).toEqual([{ line: 4, reason: 'unparseable date "x"' }]);
  });

  it('reads tab-separated text', () => {
    expect(closes(only(ok(parseImport('SPY.tsv', 'date\tclose\n2025-07-25\t637.1\n'))))).toEqual([['2025-07-25', 637.1]]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields, and counts lines after them', () => {
    const text = [
      'date,title,summary',
      '2025-05-10,"Talks, day one","He said ""no""',
      'and left"',
      ',Missing date,',
    ].join('\n');
    const value = ok(parseImport('events.csv', text));
    expect(value.events[0]).toMatchObject({ title: 'Talks, day one', summary: 'He said "no"\nand left' });
    expect(value.rejected).toEqual([{ line: 4, reason: 'unparseable date ""' }]);
  });

  it('ignores trailing blank lines (and rows of empty cells)', () => {
    const value = ok(parseImport('SPY.csv', 'date,close\n2025-07-25,637.1\n\n\r\n   \n,\n\n'));
    expect(value).toMatchObject({ accepted: 1, rejected: [] });
  });

  it('matches header names whatever their case and surrounding spaces', () => {
    const value = ok(parseImport('SPY.csv', '  DATE , Close  ,ADJ_CLOSE \n2025-07-25,637.1,630.12\n'));
    expect(only(value).bars).toEqual([{ date: '2025-07-25', close: 637.1, adjClose: 630.12 }]);
    const yahooWeb = ok(parseImport('SPY.csv', 'Date,Open,High,Low,Close*,Adj Close**,Volume\n2025-07-25,635.01,637.68,634.1,637.1,630.12,56865400\n'));
    expect(yahooWeb.format).toBe('Yahoo Finance prices');
  });

  it('reads mixed date formats row by row', () => {
    const text = 'date,close\n2025-07-21,1\n2025/07/22,2\n07/23/2025,3\n2025-07-24 00:00:00,4\n7/25/2025,5\n2025-07-18 00:00:00-04:00,6\n';
    expect(closes(only(ok(parseImport('SPY.csv', text))))).toEqual([
      ['2025-07-18', 6],
      ['2025-07-21', 1],
      ['2025-07-22', 2],
      ['2025-07-23', 3],
      ['2025-07-24', 4],
      ['2025-07-25', 5],
    ]);
    expect(parseDateCell('2025-02-30')).toBeUndefined();
    expect(parseDateCell('25/07/2025')).toBeUndefined();
    expect(parseDateCell('20250725')).toBe('2025-07-25');
  });

  it('reads thousands separators in quoted fields and with a $', () => {
    const text = 'date,close,adj_close\n2025-07-24,"1,234.56","$1,200.00"\n2025-07-25,$1,"$1,234,567.5"\n';
    expect(only(ok(parseImport('BRK-A.csv', text))).bars).toEqual([
      { date: '2025-07-24', close: 1234.56, adjClose: 1200 },
      { date: '2025-07-25', close: 1, adjClose: 1234567.5 },
    ]);
  });

  it('keeps formula-like and HTML titles as plain text; drops javascript: links but keeps the event', () => {
    const text = [
      'date,title,url',
      '2025-05-01,=HYPERLINK("http://evil.example"),',
      '2025-05-02,+1 tariff,',
      '2025-05-03,-cmd|calc,',
      '2025-05-04,@SUM(A1),',
      '2025-05-05,<img src=x onerror=alert(1)>,',
      '2025-05-06,Click me,javascript:alert(1)',
      '2025-05-07,Data link,data:text/html;base64,xx',
      '2025-05-08,Tabbed link,"h\tttps://example.org"',
    ].join('\n');
    const value = ok(parseImport('events.csv', text.replace('data:text/html;base64,xx', '"data:text/html;base64,xx"')));
    expect(value.events.map((e) => e.title)).toEqual([
      '=HYPERLINK("http://evil.example")',
      '+1 tariff',
      '-cmd|calc',
      '@SUM(A1)',
      '<img src=x onerror=alert(1)>',
      'Click me',
      'Data link',
      'Tabbed link',
    ]);
    expect(value.accepted).toBe(8);
    expect(value.events.every((e) => e.url === undefined)).toBe(true);
    expect(value.rejected).toEqual([
      { line: 7, reason: 'link dropped: only http(s)' },
      { line: 8, reason: 'link dropped: only http(s)' },
      { line: 9, reason: 'link dropped: only http(s)' },
    ]);
  });

  it('names the file and the formats it knows when the header is unknown', () => {
    const message = failure(parseImport('SPY.csv', 'when,price\n2025-07-25,637.1\n'));
    expect(message).toMatch(/^SPY\.csv: no header this importer knows\. Expected one of: .*Yahoo Finance.*Stooq.*Nasdaq/);
    expect(message).toContain('Found: "when,price"');
  });

  it('refuses files that are empty, binary, zipped, not UTF-8, or have nothing to import', () => {
    expect(failure(parseImport('SPY.csv', ''))).toBe('SPY.csv: is empty.');
    expect(failure(parseImport('SPY.csv', '\uFEFF  \n\r\n'))).toBe('SPY.csv: is empty.');
    expect(failure(parseImport('SPY.csv', 'date,close\u0000\u0001\u0002'))).toMatch(/binary/);
    expect(failure(parseImport('SPY.xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'))).toMatch(/Excel workbook/);
    expect(failure(parseImport('SPY.csv', 'date,close\n2025-07-25,637.1\nZ\ufffdrich,1\n'))).toMatch(/not UTF-8 text \(line 3/);
    expect(failure(parseImport('SPY.csv', 'date,close\n'))).toBe('SPY.csv: has no data rows (read as Prices (date, close)).');
    expect(failure(parseImport('SPY.csv', 'date,close\nx,1\n2025-07-25,0\n'))).toBe(
      'SPY.csv: no row could be used (read as Prices (date, close), 2 rejected: line 2: unparseable date "x"; line 3: non-positive close 0).',
    );
    expect(failure(parseImport('s.json', '{"messages": [1, 2'))).toMatch(/^s\.json: is not valid JSON/);
    expect(failure(parseImport('s.json', '{"data": []}'))).toMatch(/JSON this importer does not know/);
    expect(failure(parseImport('c.ics', 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n'))).toMatch(/no VEVENT/);
  });

  it('reports an unclosed quote instead of swallowing the file silently', () => {
    const value = ok(parseImport('SPY.csv', 'date,close\n2025-07-24,634.42\n2025-07-25,"637.1\n2025-07-26,1\n2025-07-27,2\n'));
    expect(value.accepted).toBe(1);
    expect(value.rejected).toEqual([{ line: 3, reason: 'unclosed quote: lines 3-5 could not be read' }]);
  });

  it('stays fast on pathological cells (long digit runs, endless quotes, thousands of tags)', () => {
    const digits = '1'.repeat(2_000_000);
    const quotes = '""'.repeat(500_000);
    const tags = Array.from({ length: 100_000 }, (_, i) => `t${i % 5000}`).join(';');
    const started = performance.now();
    expect(ok(parseImport('SPY.csv', `date,close\n2025-07-24,1\n2025-07-25,${digits}x\n`)).rejected[0]!.reason).toMatch(/^non-numeric close "1{40}…"$/);
    expect(ok(parseImport('SPY.csv', `date,close\n2025-07-24,1\n2025-07-25,"${quotes}"\n`)).rejected).toHaveLength(1);
    expect(ok(parseImport('e.csv', `date,title,tags\n2025-07-25,Many tags,"${tags}"\n`)).events[0]!.tags).toHaveLength(5000);
    expect(ok(parseImport('SPY.csv', `${' '.repeat(1_000_000)}\ndate,close\n2025-07-25,1\n`)).accepted).toBe(1);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('stays fast on a large file (about 8 MB)', () => {
    const rows = ['date,symbol,close,adj_close'];
    const symbols = Array.from({ length: 40 }, (_, i) => `S${i}`);
    for (let d = 0; d < 5000; d++) {
      const date = new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (const s of symbols) rows.push(`${date},${s},${100 + (d % 50)}.25,${99 + (d % 50)}.5`);
    }
    const text = rows.join('\n');
    const started = performance.now();
    const value = ok(parseImport('big.csv', text));
    const elapsed = performance.now() - started;
    expect(value.accepted).toBe(200_000);
    expect(value.prices).toHaveLength(40);
    expect(elapsed).toBeLessThan(10_000); // generous for slow CI; a quadratic step would take minutes
  });
});

describe('rejections name the line and the reason', () => {
  it('unparseable date', () => {
    const value = ok(parseImport('SPY.csv', 'date,close\n2025-07-24,1\n2025-13-01,2\n'));
    expect(value.rejected).toEqual([{ line: 3, reason: 'unparseable date "2025-13-01"' }]);
  });

  it('non-positive and non-numeric prices', () => {
    const text = 'date,close,adj_close\n2025-07-21,0,1\n2025-07-22,-5,1\n2025-07-23,abc,1\n2025-07-24,1,null\n2025-07-25,637,1\n2025-07-28,"637,10",1\n2025-07-29,,1\n';
    const value = ok(parseImport('SPY.csv', text));
    expect(value.accepted).toBe(2);
    expect(value.rejected).toEqual([
      { line: 2, reason: 'non-positive close 0' },
      { line: 3, reason: 'non-positive close -5' },
      { line: 4, reason: 'non-numeric close "abc"' },
      { line: 7, reason: 'non-numeric close "637,10" (a decimal comma? write 586.08)' },
      { line: 8, reason: 'missing close' },
    ]);
  });

  it('duplicate date: keeps the first, rejects the later one', () => {
    const rows = ['date,close'];
    for (let d = 10; d <= 24; d++) rows.push(`2025-07-${d},${d}`);
    rows[12] = '2025-07-25,100';
    rows.push('2025-07-25,200');
    const value = ok(parseImport('SPY.csv', rows.join('\n')));
    expect(value.rejected).toEqual([{ line: 17, reason: 'duplicate date 2025-07-25 (first on line 13)' }]);
    expect(only(value).bars.find((b) => b.date === '2025-07-25')?.close).toBe(100);
  });

  it('duplicate dates are per symbol in a many-symbol file', () => {
    const value = ok(parseImport('all.csv', 'date,symbol,close\n2025-07-25,SPY,1\n2025-07-25,QQQ,2\n07/25/2025,SPY,3\n'));
    expect(value.accepted).toBe(2);
    expect(value.rejected).toEqual([{ line: 4, reason: 'duplicate date 2025-07-25 (first on line 2)' }]);
  });

  it('wrong column count', () => {
    const value = ok(parseImport('SPY.csv', 'date,close,adj_close\n2025-07-24,1,1\n2025-07-25,2\n2025-07-28,3,3,3\n'));
    expect(value.rejected).toEqual([
      { line: 3, reason: 'wrong column count: 2 fields, expected 3' },
      { line: 4, reason: 'wrong column count: 4 fields, expected 3' },
    ]);
  });

  it('bad ticker', () => {
    const prices = ok(parseImport('all.csv', 'date,symbol,close\n2025-07-25,SPY,1\n2025-07-25,$SPY,1\n2025-07-25,TOOLONGTICKER,1\n2025-07-25,,1\n'));
    expect(prices.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(prices.rejected[0]!.reason).toBe('bad ticker: "$SPY" is not a ticker: use letters, digits and . - ^ only.');
    expect(prices.rejected[1]!.reason).toMatch(/^bad ticker: .*too long/);
    const sentiment = ok(parseImport('s.csv', 'date,symbol,bullish,bearish,messages\n2025-07-25,SPY,1,1,2\n2025-07-25,S P Y,1,1,2\n'));
    expect(sentiment.rejected).toEqual([{ line: 3, reason: 'bad ticker: "S P Y" is not a ticker: use letters, digits and . - ^ only.' }]);
  });

  it('messages < bullish + bearish, and counts that are not counts', () => {
    const text = 'date,symbol,bullish,bearish,messages\n2025-07-24,SPY,5,5,10\n2025-07-25,SPY,5,6,10\n2025-07-26,SPY,-1,0,3\n2025-07-27,SPY,1.5,0,3\n2025-07-28,SPY,x,0,3\n';
    const value = ok(parseImport('s.csv', text));
    expect(value.accepted).toBe(1);
    expect(value.rejected).toEqual([
      { line: 3, reason: 'messages 10 < bullish + bearish 11' },
      { line: 4, reason: 'negative bullish -1' },
      { line: 5, reason: 'bullish is not a whole number: 1.5' },
      { line: 6, reason: 'non-numeric bullish "x"' },
    ]);
  });

  it('end date before date (CSV and iCalendar)', () => {
    const csv = ok(parseImport('e.csv', 'date,end_date,title\n2025-05-10,2025-05-11,Fine\n2025-05-10,2025-05-09,Backwards\n2025-05-10,someday,Vague\n'));
    expect(csv.rejected).toEqual([
      { line: 3, reason: 'end date 2025-05-09 before date 2025-05-10' },
      { line: 4, reason: 'unparseable end date "someday"' },
    ]);
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;VALUE=DATE:20250510',
      'SUMMARY:Fine',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART;VALUE=DATE:20250510',
      'DTEND;VALUE=DATE:20250508',
      'SUMMARY:Backwards',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const value = ok(parseImport('c.ics', ics));
    expect(value.events).toEqual([{ id: 'a', date: '2025-05-10', title: 'Fine', tags: [] }]);
    expect(value.rejected).toEqual([{ line: 10, reason: 'end date 2025-05-08 before date 2025-05-10' }]);
  });

  it('missing title (CSV and iCalendar)', () => {
    const csv = ok(parseImport('e.csv', 'date,title,tags\n2025-05-10,Fine,\n2025-05-11,   ,tariffs\n'));
    expect(csv.rejected).toEqual([{ line: 3, reason: 'missing title' }]);
    const ics = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20250510\nSUMMARY:Fine\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20250511\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(ok(parseImport('c.ics', ics)).rejected).toEqual([{ line: 7, reason: 'missing title' }]);
  });

  it('iCalendar events that cannot be read cost only themselves', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART:garbage',
      'SUMMARY:Bad date',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:No date',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'this line is not iCalendar',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:ok',
      'DTSTART:20250601',
      'SUMMARY:Date without VALUE=DATE',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:ok',
      'DTSTART:20250601',
      'SUMMARY:Same UID, same day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:open',
      'DTSTART:20250602',
    ].join('\n');
    const value = ok(parseImport('c.ics', ics));
    expect(value.events).toEqual([{ id: 'ok', date: '2025-06-01', title: 'Date without VALUE=DATE', tags: [] }]);
    expect(value.rejected.map((r) => [r.line, r.reason.replace(/:.*/, '')])).toEqual([
      [3, 'unparseable date "garbage"'],
      [6, 'missing date (no DTSTART)'],
      [9, 'unreadable event'],
      [17, 'duplicate event'],
      [22, 'event not closed (no END'],
    ]);
  });
});

describe('reference data (real closes)', () => {
  const asOf = '2025-07-25';
  const base = '2024-12-31';
  const expected: Record<string, number> = { SPY: 8.71, QQQ: 10.79, MCHI: 25.76 };

  for (const symbol of Object.keys(expected)) {
    it(`${symbol}.csv: 251 bars, YTD price return ${expected[symbol]}% as of ${asOf}`, () => {
      const value = ok(parseImport(`${symbol}.csv`, reference(symbol)));
      expect(value).toMatchObject({ format: 'Prices (date, close)', kind: 'prices', accepted: 251, rejected: [] });
      const series = only(value);
      expect(series.symbol).toBe(symbol);
      expect(series.bars).toHaveLength(251);
      expect(series.bars.every((b) => b.adjClose !== undefined && b.adjClose > 0)).toBe(true);
      const close = (date: string) => series.bars.find((b) => b.date === date)!.close;
      const ytd = (close(asOf) / close(base) - 1) * 100;
      expect(Math.abs(ytd - expected[symbol]!)).toBeLessThan(0.005);
    });
  }
});

describe('never throws', () => {
  /** mulberry32: a small seeded PRNG, so a failure replays exactly. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const seeds = [
    'Date,Open,High,Low,Close,Adj Close,Volume\n2025-07-24,634.60,636.15,633.99,634.42,627.46,60599100\n2025-07-25,635.01,637.68,634.10,637.10,630.12,56865400\n',
    fixture('HistoricalData_1753469234.csv'),
    'date,symbol,close,adj_close\n2025-07-25,SPY,637.10,630.12\n2025-07-24,QQQ,"1,234.5",1\n',
    'date,symbol,bullish,bearish,messages\n2025-07-25,SPY,120,40,410\n',
    'date,end_date,title,tags,url,summary\n2025-05-10,2025-05-11,"Talks, Geneva",a;b,https://x.test,"multi\nline"\n',
    fixture('events.ics'),
    fixture('stocktwits-SPY.json'),
  ];
  const pieces = ['"', ',', ';', '\t', '\n', '\r\n', '\r', '\u0000', '\ufffd', '\uFEFF', '{', '}', '[', ']', ':', '\\', 'BEGIN:VEVENT\n', 'END:VEVENT\n', '$', '-', '1e999', 'NaN', '"""', '=cmd', '\u2028', '\ud800'];

  function mutate(text: string, random: () => number): string {
    let out = text;
    const steps = 1 + Math.floor(random() * 3);
    for (let s = 0; s < steps; s++) {
      const at = Math.floor(random() * (out.length + 1));
      const roll = random();
      const op = roll < 0.35 ? 1 : roll < 0.55 ? 0 : roll < 0.75 ? 4 : roll < 0.85 ? 3 : roll < 0.93 ? 2 : 5;
      if (op === 0) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 20));
      else if (op === 1) out = out.slice(0, at) + pieces[Math.floor(random() * pieces.length)]! + out.slice(at);
      else if (op === 2) out = out.slice(0, at);
      else if (op === 3) out = out.slice(0, at) + out.slice(Math.floor(random() * out.length));
      else if (op === 4) out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + out.slice(at);
      else out = out.slice(at) + out.slice(0, at);
    }
    return out;
  }

  it('ends every one of 600 mutated inputs in ok:true or ok:false, with consistent output', () => {
    const random = prng(20250725);
    const names = ['SPY.csv', 'data.csv', 'x.ics', 's.json', 'spy_us_d.csv', ''];
    let oks = 0;
    for (let i = 0; i < 600; i++) {
      const input = mutate(seeds[i % seeds.length]!, random);
      const name = names[Math.floor(random() * names.length)]!;
      let result: ImportResult | undefined;
      expect(() => {
        result = parseImport(name, input, i % 5 === 0 ? { symbol: 'SPY' } : undefined);
      }, `input #${i}: ${JSON.stringify(input.slice(0, 200))}`).not.toThrow();
      expect(typeof result!.ok).toBe('boolean');
      if (!result!.ok) {
        // A reasoned refusal, not the catch-all that guards against a bug.
        expect(result!.message).not.toMatch(/could not be read \(/);
        continue;
      }
      oks++;
      const value = result!.value;
      expect(value.accepted > 0 || value.needsSymbol === true).toBe(true);
      for (const issue of value.rejected) expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
      for (const series of value.prices) {
        expect(isTicker(series.symbol)).toBe(true);
        series.bars.forEach((bar, k) => {
          expect(isIsoDate(bar.date)).toBe(true);
          expect(bar.close).toBeGreaterThan(0);
          if (k > 0) expect(bar.date > series.bars[k - 1]!.date).toBe(true);
        });
      }
      for (const series of value.sentiment) {
        for (const day of series.days) expect(day.messages).toBeGreaterThanOrEqual(day.bullish + day.bearish);
      }
      for (const event of value.events) {
        expect(event.id).toMatch(/^[A-Za-z0-9_.~-]{1,100}$/);
        expect(event.title.trim()).not.toBe('');
        if (event.endDate) expect(event.endDate > event.date).toBe(true);
        if (event.url) expect(event.url).toMatch(/^https?:/i);
      }
    }
    expect(oks).toBeGreaterThan(100);
  });

  it('survives inputs that are not what the types say', () => {
    expect(parseImport('a.csv', undefined as unknown as string).ok).toBe(false);
    expect(parseImport(undefined as unknown as string, 'date,close\n2025-07-25,1')).toMatchObject({ ok: true, value: { fileName: 'file', needsSymbol: true } });
    expect(parseImport('SPY.csv', 'date,close\n2025-07-25,1', null as unknown as undefined).ok).toBe(true);
    expect(parseImport('SPY.csv', 'date,close\n2025-07-25,1', { symbol: 42 as unknown as string }).ok).toBe(true);
    expect(parseImport('a.json', 'null').ok).toBe(false);
    expect(failure(parseImport('a.json', '{"messages": [{"created_at": "1", "symbols": [{"symbol": "SPY"}]}]}'))).toContain('unparseable date "1"');
    expect(parseImport('a.json', '[1, "x", null, {"created_at": 5}]').ok).toBe(false);
  });
});

describe('symbolFromFileName', () => {
  it.each([
    ['SPY.csv', 'SPY'],
    ['spy_us_d.csv', 'SPY'],
    ['spy.us.csv', 'SPY'],
    ['^spx_d.csv', '^SPX'],
    ['C:\\Downloads\\QQQ (2).csv', 'QQQ'],
    ['HistoricalData_1753469234.csv', undefined],
    ['data.csv', undefined],
    ['my prices.csv', undefined],
  ])('%s -> %s', (name, symbol) => {
    expect(symbolFromFileName(name)).toBe(symbol);
  });
});

describe('progress', () => {
  it('reports how far into a large CSV the parser is, rising to the end', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `2000-01-01,${i + 1}`);
    const seen: number[] = [];
    // Every row repeats a date: what matters here is that the reader walks the whole file.
    parseImport('SPY.csv', `date,close\n${rows.join('\n')}\n`, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBe(2);
    expect(seen[0]).toBeGreaterThan(0.3);
    expect(seen[1]).toBeGreaterThan(seen[0]!);
    expect(seen[1]).toBeLessThanOrEqual(1);
  });
});
