// The server's SQLite file: opened with write-ahead logging (readers never wait for the one
// writer), its folder created on first start, and brought to the latest schema by the
// versioned migrations below, each applied once, in order, in a transaction.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Append only: a released migration never changes; a new need is a new entry. */
const MIGRATIONS: readonly string[] = [
  // 1: daily bars per symbol, the messages of the sentiment streams, symbol names.
  `CREATE TABLE bars (
     symbol TEXT NOT NULL, date TEXT NOT NULL, close REAL NOT NULL, adj_close REAL,
     PRIMARY KEY (symbol, date)
   ) WITHOUT ROWID;
   CREATE TABLE messages (
     id INTEGER PRIMARY KEY, symbol TEXT NOT NULL, created_at TEXT NOT NULL, day TEXT NOT NULL,
     sentiment TEXT CHECK (sentiment IN ('Bullish', 'Bearish'))
   );
   CREATE INDEX messages_by_symbol_day ON messages (symbol, day);
   CREATE TABLE symbols (symbol TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;`,
];

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`The database ${db.name} was written by a newer Tradewinds (schema ${version}; this one knows ${MIGRATIONS.length}).`);
  }
  MIGRATIONS.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });
}
