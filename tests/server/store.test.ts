// @vitest-environment node
// The server's SQLite store as a file on disk: what is written survives closing and opening
// it again (a restart), the schema is brought up once, and a message is counted once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/database';
import { createMessageStore } from '../../server/store/message-store';
import { createPriceStore } from '../../server/store/price-store';

const folders: string[] = [];
function dbPath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tradewinds-store-'));
  folders.push(folder);
  return join(folder, 'nested', 'tradewinds.sqlite');
}
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('the store', () => {
  it('keeps bars, names and messages across a restart, in write-ahead mode', () => {
    const path = dbPath();
    let db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    createPriceStore(db).save('SPY', [
      { date: '2025-07-24', close: 634.42, adjClose: 630.1 },
      { date: '2025-07-25', close: 637.1 },
    ]);
    createPriceStore(db).nameSymbol('SPY', 'SPDR S&P 500 ETF Trust');
    createMessageStore(db).save([
      { id: 10, symbol: 'SPY', createdAt: '2025-07-25T14:00:00.000Z', day: '2025-07-25', sentiment: 'Bullish' },
      { id: 11, symbol: 'SPY', createdAt: '2025-07-26T03:30:00.000Z', day: '2025-07-25', sentiment: null },
    ]);
    db.close();

    db = openDatabase(path);
    const prices = createPriceStore(db);
    expect(prices.bars('SPY')).toEqual([
      { date: '2025-07-24', close: 634.42, adjClose: 630.1 },
      { date: '2025-07-25', close: 637.1 },
    ]);
    expect(prices.bars('SPY', '2025-07-25')).toHaveLength(1);
    expect(prices.span('SPY')).toEqual({ first: '2025-07-24', last: '2025-07-25' });
    expect(prices.symbols()).toEqual([{ symbol: 'SPY', name: 'SPDR S&P 500 ETF Trust' }]);
    expect(createMessageStore(db).days('SPY')).toEqual([{ date: '2025-07-25', bullish: 1, bearish: 0, messages: 2 }]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('replaces a corrected bar and counts a message seen twice once', () => {
    const db = openDatabase(dbPath());
    const prices = createPriceStore(db);
    prices.save('QQQ', [{ date: '2025-07-25', close: 566 }]);
    prices.save('QQQ', [{ date: '2025-07-25', close: 567.21, adjClose: 565 }]);
    expect(prices.bars('QQQ')).toEqual([{ date: '2025-07-25', close: 567.21, adjClose: 565 }]);

    const messages = createMessageStore(db);
    const message = { id: 7, symbol: 'QQQ', createdAt: '2025-07-25T15:00:00.000Z', day: '2025-07-25', sentiment: 'Bearish' } as const;
    expect(messages.save([message])).toBe(1);
    expect(messages.save([message, { ...message, id: 8 }])).toBe(1);
    expect(messages.coverage('QQQ')).toEqual({ newestId: 8, oldestId: 7, firstDay: '2025-07-25', lastDay: '2025-07-25', count: 2 });
    expect(messages.coverage('SPY')).toBeUndefined();
    db.close();
  });

  it('refuses a database written by a newer version rather than guess at its schema', () => {
    const path = dbPath();
    const db = openDatabase(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(path)).toThrow(/written by a newer Tradewinds \(schema 99/);
  });
});
