// One CSV cell read as what its column holds: a date, a number, a price, a volume, a
// count, a ticker, tags. Each says why a cell is unusable, in words the report shows.
import { isIsoDate } from '@/domain/dates';
import { isUsablePrice, PRICE_LIMITS } from '@/domain/returns';
import { parseTicker } from '@/domain/ticker';
import type { EventImportance, IsoDate, Ticker } from '@/domain/types';
import type { Checked, RowIssue } from './result';
import { quoted, slug } from './text';

const MAX_TAG = 40;

const DATE_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const DATE_MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[T ].*)?$/;
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The calendar day a cell names, as written (a time or offset after it is ignored, so
 * `2025-07-25 00:00:00-04:00` is 2025-07-25). YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD and the
 * US MM/DD/YYYY; anything else (DD/MM/YYYY with a day above 12 included) is undefined.
 */
export function parseDateCell(raw: string): IsoDate | undefined {
  const s = raw.trim();
  if (s.length > 40) return undefined;
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  let match = DATE_YMD.exec(s) ?? DATE_COMPACT.exec(s);
  if (match) [, y, m, d] = match;
  else {
    match = DATE_MDY.exec(s);
    if (match) [, m, d, y] = match;
  }
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const MISSING = new Set(['', 'n/a', 'na', 'null', 'nan', '-', '—']);

type NumberCell = { kind: 'missing' } | { kind: 'bad' } | { kind: 'number'; value: number };

/** `1234.56`, `1,234.56`, `$1,234.56`, ` 12 `; a decimal comma is not a number here. */
function parseNumberCell(raw: string): NumberCell {
  let s = raw.trim();
  if (s.length > 64) return { kind: 'bad' };
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  if (s.startsWith('$')) s = s.slice(1).trim();
  if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(s)) return { kind: 'bad' };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'bad' };
}

function numberHint(raw: string): string {
  return /^\s*[+-]?\d+,\d+\s*$/.test(raw) ? ' (a decimal comma? write 586.08)' : '';
}

/** A price column: required ones reject a missing cell, optional ones leave it out. */
export function priceCell(raw: string | undefined, label: string, required: boolean): Checked<number | undefined> {
  const cell = parseNumberCell(raw ?? '');
  if (cell.kind === 'missing') return required ? { ok: false, reason: `missing ${label}` } : { ok: true, value: undefined };
  if (cell.kind === 'bad') return { ok: false, reason: `non-numeric ${label} ${quoted(raw ?? '')}${numberHint(raw ?? '')}` };
  if (cell.value <= 0) return { ok: false, reason: `non-positive ${label} ${cell.value}` };
  if (!isUsablePrice(cell.value)) return { ok: false, reason: `${label} ${cell.value} is not a usable price (${PRICE_LIMITS.min.toExponential()} to ${PRICE_LIMITS.max.toExponential()})` };
  return { ok: true, value: cell.value };
}

export function volumeCell(raw: string | undefined): Checked<number | undefined> {
  const cell = parseNumberCell(raw ?? '');
  if (cell.kind === 'missing') return { ok: true, value: undefined };
  if (cell.kind === 'bad') return { ok: false, reason: `non-numeric volume ${quoted(raw ?? '')}` };
  if (cell.value < 0) return { ok: false, reason: `negative volume ${cell.value}` };
  return { ok: true, value: cell.value };
}

export function countCell(raw: string | undefined, label: string): Checked<number> {
  const cell = parseNumberCell(raw ?? '');
  if (cell.kind === 'missing') return { ok: false, reason: `missing ${label}` };
  if (cell.kind === 'bad') return { ok: false, reason: `non-numeric ${label} ${quoted(raw ?? '')}` };
  if (cell.value < 0) return { ok: false, reason: `negative ${label} ${cell.value}` };
  if (!Number.isInteger(cell.value)) return { ok: false, reason: `${label} is not a whole number: ${cell.value}` };
  // Beyond this, counts stop adding up exactly and their sums overflow.
  if (!Number.isSafeInteger(cell.value)) return { ok: false, reason: `${label} ${cell.value} is too large` };
  return { ok: true, value: cell.value };
}

export function tickerCell(raw: string | undefined): Checked<Ticker> {
  const result = parseTicker(raw ?? '');
  return result.ok ? { ok: true, value: result.ticker } : { ok: false, reason: `bad ticker: ${result.message}` };
}

/**
 * Tags written the way a link writes them (a-z and 0-9 joined by hyphens: `Rare earths`,
 * `rare_earths` -> rare-earths, `Über` -> uber), so a tag filter survives a shared link
 * (docs/definitions.md#url-state).
 * A tag with nothing left to write is reported.
 */
export function normaliseTags(values: string[], line: number, issues: RowIssue[]): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    if (value.trim() === '') continue;
    const tag = slug(value.normalize('NFKD').replace(/\p{M}+/gu, ''), MAX_TAG);
    if (tag !== '') tags.add(tag);
    else issues.push({ line, reason: `tag ${quoted(value.trim())} dropped: tags are written with a-z, 0-9 and hyphens` });
  }
  return [...tags];
}

/**
 * An event's importance: `major` or `minor`, any case; an empty cell leaves it out (major).
 * Anything else is reported and left out, the event kept: a typo must not hide an event.
 */
export function importanceCell(raw: string | undefined, line: number, issues: RowIssue[]): EventImportance | undefined {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === 'major' || value === 'minor') return value;
  if (value !== '') issues.push({ line, reason: `importance ${quoted((raw ?? '').trim())} ignored: use major or minor` });
  return undefined;
}
