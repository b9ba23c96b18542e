// The messages of the symbols' sentiment streams, each stored once by its id (symbol, time,
// New York day, sentiment; never its text), and the daily counts the contract serves.
import type { IsoDate, SentimentDay, Ticker } from '../../src/domain/types';
import type { Db } from './database';

export interface StoredMessage {
  id: number;
  symbol: Ticker;
  /** ISO UTC. */
  createdAt: string;
  /** Its New York date: the day it counts for. */
  day: IsoDate;
  sentiment: 'Bullish' | 'Bearish' | null;
}

export interface MessageStore {
  /** Stores what is new; returns how many were. */
  save(messages: readonly StoredMessage[]): number;
  /** The newest and oldest stored ids and days of a symbol's stream; undefined when none. */
  coverage(symbol: Ticker): { newestId: number; oldestId: number; firstDay: IsoDate; lastDay: IsoDate; count: number } | undefined;
  /** One row per day that has messages, ascending; bounds inclusive. */
  days(symbol: Ticker, from?: IsoDate, to?: IsoDate): SentimentDay[];
}

export function createMessageStore(db: Db): MessageStore {
  const insert = db.prepare('INSERT OR IGNORE INTO messages (id, symbol, created_at, day, sentiment) VALUES (?, ?, ?, ?, ?)');
  const coverage = db.prepare<[Ticker], { newest: number | null; oldest: number | null; first: IsoDate | null; last: IsoDate | null; count: number }>(
    'SELECT MAX(id) AS newest, MIN(id) AS oldest, MIN(day) AS first, MAX(day) AS last, COUNT(*) AS count FROM messages WHERE symbol = ?',
  );
  const days = db.prepare<[Ticker, IsoDate, IsoDate], SentimentDay>(
    `SELECT day AS date,
            SUM(sentiment = 'Bullish') AS bullish,
            SUM(sentiment = 'Bearish') AS bearish,
            COUNT(*) AS messages
       FROM messages WHERE symbol = ? AND day >= ? AND day <= ? GROUP BY day ORDER BY day`,
  );
  const saveAll = db.transaction((messages: readonly StoredMessage[]) => {
    let added = 0;
    for (const m of messages) added += insert.run(m.id, m.symbol, m.createdAt, m.day, m.sentiment).changes;
    return added;
  });

  return {
    save: (messages) => saveAll(messages),
    coverage: (symbol) => {
      const row = coverage.get(symbol);
      return row && row.count > 0 ? { newestId: row.newest!, oldestId: row.oldest!, firstDay: row.first!, lastDay: row.last!, count: row.count } : undefined;
    },
    days: (symbol, from = '0000-01-01', to = '9999-12-31') => days.all(symbol, from, to),
  };
}
