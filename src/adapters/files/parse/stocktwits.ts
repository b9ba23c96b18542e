// A saved Stocktwits stream imported as sentiment: the API's JSON (`{ "messages": [...] }`
// or a bare array of messages), or JSON lines, one message or firehose activity per line
// (how the firehose and Gnip's activity streams deliver it), each counted by
// stream-messages.ts.
import { parseTicker } from '@/domain/ticker';
import type { Ticker } from '@/domain/types';
import { jsonLines, messageLines } from './json-lines';
import { emptyImport, fail, finish, type ImportResult } from './result';
import { isActivity, messageCounter, record } from './stream-messages';
import { clip, firstNonSpace } from './text';

const JSON_LINES = 'Stocktwits messages (JSON lines)';
/** Longer than any one message or activity: enough to tell JSON lines by their first. */
const MAX_FIRST_LINE = 1_000_000;

export function parseStocktwits(fileName: string, text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Not one JSON value: JSON lines if its first line is a whole object.
    if (firstLineIsObject(text)) return parseJsonLines(fileName, text);
    return fail(fileName, `is not valid JSON (${clip(error instanceof Error ? error.message : String(error), 100)}).`);
  }
  const top = record(json);
  const list = Array.isArray(json) ? json : top?.messages;
  if (!Array.isArray(list)) {
    // A file of JSON lines that holds a single line is one valid JSON value.
    if (top && (isActivity(top) || 'created_at' in top)) return parseJsonLines(fileName, text);
    return fail(
      fileName,
      `is JSON this importer does not know. Expected a saved Stocktwits stream: { "messages": [{ "created_at", "entities": { "sentiment" }, "symbols" }] }, or one message or firehose activity per line.`,
    );
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
  const counter = messageCounter(out, streamSymbol);
  list.forEach((item, index) => counter.add(item, lineOf(index)));
  counter.done();
  return finish(out, list.length);
}

function parseJsonLines(fileName: string, text: string): ImportResult {
  const out = emptyImport(fileName, JSON_LINES, 'sentiment');
  const counter = messageCounter(out);
  let rows = 0;
  for (const { line, text: json } of jsonLines(text)) {
    let item: unknown;
    try {
      item = JSON.parse(json);
    } catch (error) {
      rows++;
      out.rejected.push({ line, reason: `not valid JSON (${clip(error instanceof Error ? error.message : String(error), 80)})` });
      continue;
    }
    // The stream's own notices (`{"info": {"message": "Replay Request Completed", …}}`) are not messages.
    const notice = record(item);
    if (notice && 'info' in notice && !isActivity(notice) && !('created_at' in notice)) continue;
    rows++;
    counter.add(item, line);
  }
  counter.done();
  return finish(out, rows);
}

function firstLineIsObject(text: string): boolean {
  const start = firstNonSpace(text);
  const end = text.slice(start, start + MAX_FIRST_LINE).search(/[\r\n]/);
  const first = text.slice(start, end === -1 ? start + MAX_FIRST_LINE : start + end).trim();
  if (!first.startsWith('{')) return false;
  try {
    return record(JSON.parse(first)) !== undefined;
  } catch {
    return false;
  }
}
