// Messages of a saved Stocktwits stream counted per symbol and New York day, bullish and bearish as
// each author tagged it, whichever way the message was written: the API's message
// (`created_at`, `symbols`, `entities.sentiment`) or an activity of the firehose (Gnip's
// activity streams: `verb`, `object.postedTime`, `entities.symbols` or `entities.stocks`).
import { byDate, isIsoDate } from '@/domain/dates';
import { newYorkDate } from '@/domain/new-york';
import { parseTicker } from '@/domain/ticker';
import type { IsoDate, SentimentDay, Ticker } from '@/domain/types';
import type { ParsedImport } from './result';
import { clip, quoted } from './text';

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** What is counted of a message, as written. */
interface Message {
  id: unknown;
  created: unknown;
  symbols: unknown;
  sentiment: unknown;
}

/** An activity stream's entry (it has a verb or an object); the API's messages have neither. */
export function isActivity(item: Record<string, unknown>): boolean {
  return 'verb' in item || 'object' in item;
}

/** The message an item holds, or why it is not one. */
function messageOf(item: Record<string, unknown>): Message | string {
  const entities = record(item.entities);
  const sentiment = record(entities?.sentiment)?.basic;
  if (!isActivity(item)) {
    if (!('created_at' in item)) return 'not a Stocktwits message (no created_at) nor an activity (no verb or object)';
    return { id: item.id, created: item.created_at, symbols: item.symbols, sentiment };
  }
  // Posts and reshares are messages; anything else (a compliance `delete`) is not.
  const verb = item.verb;
  if (verb !== undefined && verb !== 'post' && verb !== 'share') return `not a message (activity ${quoted(String(verb))})`;
  // An activity's own time when it has one: a reshare's object is the original post, with the original's time.
  const created = item.postedTime ?? record(item.object)?.postedTime;
  return { id: item.id, created, symbols: entities?.symbols ?? entities?.stocks, sentiment };
}

/**
 * When a message was posted (ms since 1970): an ISO timestamp, a time without a zone being
 * UTC as Stocktwits writes its times (Date.parse would read it in the reader's zone).
 */
function postedAt(created: unknown): number | undefined {
  // A timestamp that starts with its date; Date.parse alone would take '1' for 2001.
  if (typeof created !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(created)) return undefined;
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(created) ? `${created}Z` : created;
  const time = Date.parse(zoned);
  return Number.isFinite(time) ? time : undefined;
}

export interface MessageCounter {
  /** Counts one item of the stream found on `line`, or records why not. */
  add(item: unknown, line: number): void;
  /** Puts the counts into the import. */
  done(): void;
}

/** `streamSymbol`: a stream saved for one symbol, where every message counts for it. */
export function messageCounter(out: ParsedImport, streamSymbol?: Ticker): MessageCounter {
  const counts = new Map<Ticker, Map<IsoDate, SentimentDay>>();
  const seenIds = new Map<string, number>();
  return {
    add(item, line) {
      const reject = (reason: string) => void out.rejected.push({ line, reason });
      const written = record(item);
      if (!written) return reject('not a message object');
      const message = messageOf(written);
      if (typeof message === 'string') return reject(message);
      const id = typeof message.id === 'string' || typeof message.id === 'number' ? String(message.id) : undefined;
      const first = id === undefined ? undefined : seenIds.get(id);
      if (first !== undefined) return reject(`duplicate message ${clip(id!, 80)} (first on line ${first})`);
      const time = postedAt(message.created);
      // The exchange's day, as prices are dated: a message at 21:10 New York (01:10 UTC) is about that day's session.
      const date = time === undefined ? undefined : newYorkDate(time);
      if (date === undefined || !isIsoDate(date)) return reject(`unparseable date ${quoted(String(message.created ?? ''))}`);

      const symbols: Ticker[] = [];
      if (streamSymbol) symbols.push(streamSymbol);
      else {
        for (const entry of Array.isArray(message.symbols) ? message.symbols : []) {
          const raw = record(entry)?.symbol;
          const t = parseTicker(typeof raw === 'string' ? raw : '');
          if (!t.ok) {
            out.rejected.push({ line, reason: `bad ticker skipped: ${t.message}` });
            continue;
          }
          if (!symbols.includes(t.ticker)) symbols.push(t.ticker);
        }
        if (symbols.length === 0) return reject('message names no symbol');
      }
      const sentiment = typeof message.sentiment === 'string' ? message.sentiment.toLowerCase() : '';
      for (const sym of symbols) {
        let days = counts.get(sym);
        if (!days) {
          days = new Map();
          counts.set(sym, days);
        }
        let day = days.get(date);
        if (!day) {
          day = { date, bullish: 0, bearish: 0, messages: 0 };
          days.set(date, day);
        }
        day.messages++;
        if (sentiment === 'bullish') day.bullish++;
        else if (sentiment === 'bearish') day.bearish++;
      }
      if (id !== undefined) seenIds.set(id, line);
      out.accepted++;
    },
    done() {
      for (const [symbol, days] of counts) out.sentiment.push({ symbol, days: [...days.values()].sort(byDate) });
    },
  };
}
