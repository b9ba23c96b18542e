// A saved Stocktwits stream (JSON) imported as sentiment: messages counted per symbol and
// day, bullish and bearish as each message's author tagged it.
import { byDate, isIsoDate } from '@/domain/dates';
import { parseTicker } from '@/domain/ticker';
import type { IsoDate, SentimentDay, Ticker } from '@/domain/types';
import { messageLines } from './json-lines';
import { emptyImport, fail, finish, type ImportResult } from './result';
import { clip, quoted } from './text';

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function parseStocktwits(fileName: string, text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(fileName, `is not valid JSON (${clip(error instanceof Error ? error.message : String(error), 100)}).`);
  }
  const top = record(json);
  const list = Array.isArray(json) ? json : top?.messages;
  if (!Array.isArray(list)) {
    return fail(fileName, `is JSON this importer does not know. Expected a saved Stocktwits stream: { "messages": [{ "created_at", "entities": { "sentiment" }, "symbols" }] }.`);
  }
  const out = emptyImport(fileName, 'Stocktwits messages', 'sentiment');
  const lines = messageLines(text);
  const lineOf = (index: number) => (lines.length === list.length ? lines[index]! : 1);

  // A stream saved for one symbol names it at the top; then every message counts for it.
  let streamSymbol: Ticker | undefined;
  const topSymbol = top?.symbol;
  const topRaw = typeof topSymbol === 'string' ? topSymbol : record(topSymbol)?.symbol;
  if (typeof topRaw === 'string') {
    const t = parseTicker(topRaw);
    if (!t.ok) return fail(fileName, `names its stream's symbol badly: ${t.message}`);
    streamSymbol = t.ticker;
  }

  const counts = new Map<Ticker, Map<IsoDate, SentimentDay>>();
  const seenIds = new Map<string, number>();
  list.forEach((item, index) => {
    const line = lineOf(index);
    const reject = (reason: string) => void out.rejected.push({ line, reason });
    const message = record(item);
    if (!message) return reject('not a message object');
    const id = message.id;
    if (typeof id === 'string' || typeof id === 'number') {
      const first = seenIds.get(String(id));
      if (first !== undefined) return reject(`duplicate message ${clip(String(id))} (first on line ${first})`);
    }
    const created = message.created_at;
    // A timestamp that starts with its date; Date.parse alone would take '1' for 2001.
    const time = typeof created === 'string' && /^\d{4}-\d{2}-\d{2}/.test(created) ? Date.parse(created) : Number.NaN;
    if (!Number.isFinite(time)) return reject(`unparseable date ${quoted(String(created ?? ''))}`);
    const date = new Date(time).toISOString().slice(0, 10);
    if (!isIsoDate(date)) return reject(`unparseable date ${quoted(String(created))}`);

    const symbols: Ticker[] = [];
    if (streamSymbol) symbols.push(streamSymbol);
    else {
      const mentioned = Array.isArray(message.symbols) ? message.symbols : [];
      for (const entry of mentioned) {
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
    const basic = record(record(message.entities)?.sentiment)?.basic;
    const sentiment = typeof basic === 'string' ? basic.toLowerCase() : '';
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
    if (typeof id === 'string' || typeof id === 'number') seenIds.set(String(id), line);
    out.accepted++;
  });
  for (const [symbol, days] of counts) out.sentiment.push({ symbol, days: [...days.values()].sort(byDate) });
  return finish(out, list.length);
}
