// @vitest-environment node
// Fuzz of the import path: a few thousand random and mutated files, from realistic seeds,
// through parseImport (what the worker runs). Each must end in a report (a dataset or a
// sentence about the file), never an exception caught by the last-resort guard, never a
// hang, and a dataset must keep its promises: ascending unique dates, positive closes,
// counts that add up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseImport } from '@/adapters/files/parse-import';
import { isIsoDate } from '@/domain/dates';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/adapters/files/fixtures', name), 'utf8');

const SEEDS: Record<string, string> = {
  'SPY.csv': 'Date,Open,High,Low,Close,Adj Close,Volume\n2025-07-24,634.6,636.1,633.2,634.4,634.4,51000000\n2025-07-25,635.01,637.68,634.1,637.1,637.1,56865400\n',
  'QQQ_stooq.csv': 'Date,Open,High,Low,Close,Volume\n2025-07-24,565.1,566.0,563.0,565.0,30000000\n2025-07-25,566.0,567.5,565.2,566.4,31000000\n',
  'us-etfs.txt': fixture('stooq-us-etfs.txt'),
  'spy-history.csv': fixture('yahooquery-SPY.csv'),
  'MCHI.csv': fixture('HistoricalData_1753469234.csv').split('\n').slice(0, 30).join('\n'),
  'closes.csv': 'date,symbol,close,adj_close\n2025-07-24,SPY,634.4,630\n2025-07-24,QQQ,565,564\n2025-07-25,SPY,637.1,632\n',
  'sentiment.csv': 'date,symbol,bullish,bearish,messages\n2025-07-24,SPY,40,12,80\n2025-07-25,SPY,38,15,77\n',
  'events.csv': 'date,end_date,title,tags,url,summary\n2025-05-10,2025-05-11,Geneva talks,trade;china,https://example.org/a,"Talks, in Geneva"\n2025-07-28,,Stockholm,trade,,\n',
  'stream.json': fixture('stocktwits-SPY.json').slice(0, 4000),
  'activities.json': fixture('stocktwits-activities.json'),
  'talks.ics': fixture('events.ics'),
  'holidays.ics': fixture('us-market-holidays.ics'),
};

const fileName = fc.constantFrom(...Object.keys(SEEDS));

/** One edit of a text file: the slips real files have, and some they should not. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', ',', ';', '\t', '\r\n', '\n', '\ufeff', '\u0000', '1e308', '-0', 'NaN', '99999999999999999999', '2025-02-30', '=cmd', '<script>', 'é😀', '""', '\\') }),
  fc.record({ kind: fc.constant('flip-char' as const), at: fc.nat(), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = (n: number) => n % Math.max(1, lines.length);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(line(m.at), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(m.at), 0, lines[line(m.at)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(m.at), line(m.with)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'flip-char': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.char + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

function checkReport(name: string, text: string) {
  const started = performance.now();
  const result = parseImport(name, text);
  expect(performance.now() - started).toBeLessThan(2000);
  if (!result.ok) {
    expect(result.message).not.toMatch(/^could not be read \(/); // the last-resort guard: a bug, not a report
    expect(result.message.length).toBeGreaterThan(0);
    return;
  }
  const { value } = result;
  for (const series of value.prices) {
    series.bars.forEach((bar, i) => {
      expect(isIsoDate(bar.date)).toBe(true);
      expect(bar.close).toBeGreaterThan(0);
      expect(Number.isFinite(bar.close)).toBe(true);
      if (i > 0) expect(bar.date > series.bars[i - 1]!.date).toBe(true);
    });
    // A price set apart as intraday is a usable price after every close.
    if (series.intraday) {
      expect(isIsoDate(series.intraday.date)).toBe(true);
      expect(series.intraday.close).toBeGreaterThan(0);
      expect(series.intraday.date > (series.bars[series.bars.length - 1]?.date ?? '')).toBe(true);
    }
  }
  for (const series of value.sentiment) {
    series.days.forEach((day, i) => {
      expect(day.messages).toBeGreaterThanOrEqual(day.bullish + day.bearish);
      if (i > 0) expect(day.date > series.days[i - 1]!.date).toBe(true);
    });
  }
  for (const event of value.events) {
    expect(isIsoDate(event.date)).toBe(true);
    if (event.endDate) expect(event.endDate >= event.date).toBe(true);
    if (event.url) expect(event.url).toMatch(/^https?:\/\//i);
  }
  for (const issue of value.rejected) expect(issue.reason.length).toBeGreaterThan(0);
}

describe('import fuzz', () => {
  it('every seed file parses into a dataset', () => {
    for (const [name, text] of Object.entries(SEEDS)) {
      const result = parseImport(name, text);
      expect(result.ok, `${name}: ${result.ok ? '' : result.message}`).toBe(true);
    }
  });

  it('mutated files (up to 6 edits) each end in a report', () => {
    fc.assert(
      fc.property(fileName, fc.array(mutation, { minLength: 1, maxLength: 6 }), (name, edits) => {
        checkReport(name, edits.reduce(mutate, SEEDS[name]!));
      }),
      { numRuns: 2000 },
    );
  });

  it('random text under any file name ends in a report', () => {
    fc.assert(
      fc.property(fileName, fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (name, text) => {
        checkReport(name, text);
      }),
      { numRuns: 1000 },
    );
  });
});
