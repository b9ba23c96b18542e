// Stocktwits exports with one JSON record per line: the firehose's activities in Gnip's
// activity-stream shape (`verb`, `object.postedTime`, `entities.stocks`; the fixture
// follows a real Gnip Stocktwits sample, CRLF-delimited with a keep-alive blank line and
// the replay's closing notice) and API messages saved a line each, counted like a saved stream.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportResult, type ParsedImport } from '@/adapters/files/parse-import';
import { importInTimeZone, restoreTimeZoneAfterEach } from '../../time-zone';

const FIXTURES = './fixtures/';
const fixture = (name: string) => readFileSync(new URL(FIXTURES + name, import.meta.url), 'utf8');

function ok(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const apiMessage = (id: number, createdAt: string, sentiment: string | null, ...symbols: string[]) => ({
  id,
  body: symbols.map((s) => `$${s}`).join(' '),
  created_at: createdAt,
  entities: { sentiment: sentiment === null ? null : { basic: sentiment } },
  symbols: symbols.map((symbol, i) => ({ id: i + 1, symbol })),
});

describe('Stocktwits JSON lines', () => {
  restoreTimeZoneAfterEach();

  it('counts firehose activities once per symbol and New York day, rejecting repeats, deletes and cut lines by line', () => {
    const value = ok(parseImport('stocktwits-activities.json', fixture('stocktwits-activities.json')));
    expect(value).toMatchObject({ format: 'Stocktwits messages (JSON lines)', kind: 'sentiment', accepted: 5 });
    expect(value.sentiment).toEqual([
      { symbol: 'SPY', days: [{ date: '2025-07-25', bullish: 1, bearish: 1, messages: 2 }] },
      // Line 8, posted at 01:10 UTC on Jul 26, is 21:10 on Jul 25 in New York: that day's.
      { symbol: 'QQQ', days: [{ date: '2025-07-25', bullish: 1, bearish: 1, messages: 2 }] },
      // No sentiment tag: a message, neither bullish nor bearish.
      { symbol: 'MCHI', days: [{ date: '2025-07-25', bullish: 0, bearish: 0, messages: 1 }] },
      // Its other symbol, the future NG_F, is no ticker: skipped, the message still counted for UNG.
      { symbol: 'UNG', days: [{ date: '2025-07-25', bullish: 0, bearish: 1, messages: 1 }] },
    ]);
    expect(value.rejected.map((r) => [r.line, r.reason.replace(/^not valid JSON \(.*\)$/, 'not valid JSON (…)')])).toEqual([
      [4, 'message names no symbol'],
      [6, 'duplicate message tag:gnip.stocktwits.com:2012:note/628330101 (first on line 1)'],
      [7, 'not a message (activity "delete")'],
      [9, 'bad ticker skipped: "NG_F" is not a ticker: use letters, digits and . - ^ only.'],
      [10, 'not valid JSON (…)'],
    ]);
  });

  it('gives the same counts as the same messages saved as one stream', () => {
    const messages = [
      apiMessage(1, '2025-07-24T13:31:00Z', 'Bullish', 'SPY', 'QQQ'),
      apiMessage(2, '2025-07-24T19:59:00Z', 'Bearish', 'QQQ'),
      apiMessage(3, '2025-07-25T10:00:00Z', null, 'SPY'),
      apiMessage(4, '2025-07-25T14:00:00Z', 'Bullish', 'SPY'),
    ];
    const stream = ok(parseImport('stream.json', JSON.stringify({ messages })));
    const lines = ok(parseImport('stream.jsonl', messages.map((m) => JSON.stringify(m)).join('\n')));
    expect(lines.format).toBe('Stocktwits messages (JSON lines)');
    expect(lines.sentiment).toEqual(stream.sentiment);
    expect(lines.sentiment).toEqual([
      {
        symbol: 'SPY',
        days: [
          { date: '2025-07-24', bullish: 1, bearish: 0, messages: 1 },
          { date: '2025-07-25', bullish: 1, bearish: 0, messages: 2 },
        ],
      },
      { symbol: 'QQQ', days: [{ date: '2025-07-24', bullish: 1, bearish: 1, messages: 2 }] },
    ]);
  });

  it('reads a file of a single line, and the symbols of an activity that names them entities.symbols', () => {
    const one = ok(parseImport('one.jsonl', `${JSON.stringify(apiMessage(1, '2025-07-25T10:00:00Z', 'Bullish', 'SPY'))}\n`));
    expect(one).toMatchObject({ format: 'Stocktwits messages (JSON lines)', accepted: 1 });
    const activity = {
      id: 'tag:gnip.stocktwits.com:2012:note/9',
      verb: 'post',
      object: { objectType: 'note', postedTime: '2025-07-25T14:03:00Z' },
      entities: { sentiment: { basic: 'Bearish' }, symbols: [{ symbol: 'SPY' }, { symbol: 'spy' }] },
    };
    expect(ok(parseImport('one.json', JSON.stringify(activity))).sentiment).toEqual([
      { symbol: 'SPY', days: [{ date: '2025-07-25', bullish: 0, bearish: 1, messages: 1 }] },
    ]);
  });

  it('dates a reshare by when it was shared, not by when the post it shares was written', () => {
    const share = {
      id: 'tag:gnip.stocktwits.com:2012:note/11',
      verb: 'share',
      postedTime: '2025-07-25T14:00:00Z',
      object: { objectType: 'activity', postedTime: '2025-07-21T14:00:00Z' },
      entities: { sentiment: { basic: 'Bullish' }, stocks: [{ symbol: 'QQQ' }] },
    };
    expect(ok(parseImport('shares.json', JSON.stringify(share))).sentiment).toEqual([
      { symbol: 'QQQ', days: [{ date: '2025-07-25', bullish: 1, bearish: 0, messages: 1 }] },
    ]);
  });

  it('reads a time written without a zone as UTC, as Stocktwits writes its times, whatever zone the machine is in', async () => {
    const { parseImport: parseInLosAngeles } = await importInTimeZone('America/Los_Angeles', () => import('@/adapters/files/parse-import'));
    // 21:00 UTC is 17:00 in New York; read as Los Angeles time it would be 00:00 on Jul 26 there.
    const value = ok(parseInLosAngeles('la.jsonl', JSON.stringify(apiMessage(1, '2025-07-25T21:00:00', 'Bullish', 'SPY'))));
    expect(value.sentiment).toEqual([{ symbol: 'SPY', days: [{ date: '2025-07-25', bullish: 1, bearish: 0, messages: 1 }] }]);
  });

  it('leaves the saved-stream JSON and its refusals as they were, and says why lines are not messages', () => {
    expect(ok(parseImport('stream.json', fixture('stocktwits-SPY.json'))).format).toBe('Stocktwits messages');
    const broken = parseImport('s.json', '{"messages": [1, 2');
    expect(broken.ok || broken.message).toMatch(/^s\.json: is not valid JSON/);
    const none = parseImport('s.json', '{"a": 1}\n{"error": {"message": "Forced Disconnect"}}\nnot json\n');
    expect(none.ok || none.message).toMatch(
      /^s\.json: no row could be used \(read as Stocktwits messages \(JSON lines\), 3 rejected: line 1: not a Stocktwits message \(no created_at\) nor an activity \(no verb or object\); line 2: not a Stocktwits message .*; line 3: not valid JSON/,
    );
  });
});
