// The view as a URL (docs/definitions.md#url-state), both ways. Parsing never throws:
// anything unknown or malformed falls back to its default and leaves a notice.
import { DEFAULT_SOURCE_ID } from '@/adapters/registry';
import { isIsoDate } from '@/domain/dates';
import { DEFAULT_BENCHMARK, DEFAULT_SYMBOLS } from '@/domain/default-view';
import { parseTicker } from '@/domain/ticker';
import { RANGE_PRESETS, type Basis, type IsoDate, type RangeKind, type Ticker } from '@/domain/types';

export interface ViewState {
  symbols: Ticker[];
  range: RangeKind;
  /** Only with range=custom. */
  from?: IsoDate;
  /** As-of date; undefined = the latest bar in the data. */
  to?: IsoDate;
  basis: Basis;
  benchmark: Ticker;
  source: string;
  tags: string[];
  event?: string;
}

export const MAX_SYMBOLS = 12;

export const DEFAULT_VIEW: ViewState = {
  symbols: [...DEFAULT_SYMBOLS],
  range: 'YTD',
  basis: 'price',
  benchmark: DEFAULT_BENCHMARK,
  // The server that served the page, else the demo.
  source: DEFAULT_SOURCE_ID,
  tags: [],
};

const RANGES: readonly string[] = [...RANGE_PRESETS, 'custom'];
const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const EVENT_ID = /^[A-Za-z0-9_.~-]{1,100}$/;
const PARAMS = ['symbols', 'range', 'from', 'to', 'basis', 'benchmark', 'source', 'tags', 'event'] as const;

export interface ParsedView {
  view: ViewState;
  /** One sentence per parameter that was ignored, for the visible notice. */
  notices: string[];
}

export function parseViewState(search: string, sources: readonly string[]): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const view: ViewState = { ...DEFAULT_VIEW, symbols: [...DEFAULT_VIEW.symbols], tags: [] };
  const ignore = (name: string, value: string, why: string) =>
    notices.push(`Ignored ${name}="${truncate(value)}": ${why}`);

  const symbols = params.get('symbols');
  if (symbols !== null) {
    const valid: Ticker[] = [];
    for (const raw of symbols.split(',')) {
      if (raw.trim() === '') continue;
      const parsed = parseTicker(raw);
      if (!parsed.ok) ignore('symbols', raw, 'not a ticker.');
      else if (!valid.includes(parsed.ticker)) valid.push(parsed.ticker);
    }
    if (valid.length > MAX_SYMBOLS) {
      notices.push(`Showing the first ${MAX_SYMBOLS} of ${valid.length} symbols.`);
      valid.length = MAX_SYMBOLS;
    }
    if (valid.length > 0) view.symbols = valid;
    else if (symbols.trim() !== '') notices.push('No valid symbol in the link; showing the default symbols.');
  }

  const range = params.get('range');
  if (range !== null) {
    if (RANGES.includes(range)) view.range = range as RangeKind;
    else ignore('range', range, `use one of ${RANGES.join(', ')}.`);
  }

  const to = params.get('to');
  if (to !== null) {
    if (isIsoDate(to)) view.to = to;
    else ignore('to', to, 'expected a date as YYYY-MM-DD.');
  }

  const from = params.get('from');
  if (view.range === 'custom') {
    if (from !== null && isIsoDate(from) && (view.to === undefined || from <= view.to)) view.from = from;
    else {
      if (from === null) notices.push('A custom range needs a from date; showing YTD.');
      else ignore('from', from, view.to !== undefined && isIsoDate(from) ? 'it is after the to date.' : 'expected a date as YYYY-MM-DD.');
      view.range = DEFAULT_VIEW.range;
    }
  } else if (from !== null) ignore('from', from, 'it is only used with range=custom.');

  const basis = params.get('basis');
  if (basis !== null) {
    if (basis === 'price' || basis === 'total') view.basis = basis;
    else ignore('basis', basis, 'use price or total.');
  }

  const benchmark = params.get('benchmark');
  if (benchmark !== null) {
    const parsed = parseTicker(benchmark);
    if (parsed.ok) view.benchmark = parsed.ticker;
    else ignore('benchmark', benchmark, 'not a ticker.');
  }

  const source = params.get('source');
  if (source !== null) {
    if (sources.includes(source)) view.source = source;
    else ignore('source', source, `available sources: ${sources.join(', ')}.`);
  }

  const tags = params.get('tags');
  if (tags !== null) {
    for (const tag of tags.split(',')) {
      if (tag === '') continue;
      if (TAG.test(tag)) {
        if (!view.tags.includes(tag)) view.tags.push(tag);
      } else ignore('tags', tag, 'tags are lower-case words joined by hyphens.');
    }
  }

  const event = params.get('event');
  if (event !== null) {
    if (EVENT_ID.test(event)) view.event = event;
    else ignore('event', event, 'not an event id.');
  }

  // Each parameter is read once; a repeat would be dropped unseen.
  for (const name of PARAMS) {
    for (const repeat of params.getAll(name).slice(1)) ignore(name, repeat, 'the link gives it more than once; the first is used.');
  }

  return { view, notices };
}

/** The canonical query string: parameters in the documented order, defaults left out. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  params.set('symbols', view.symbols.join(','));
  params.set('range', view.range);
  if (view.range === 'custom' && view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.basis !== DEFAULT_VIEW.basis) params.set('basis', view.basis);
  if (view.benchmark !== DEFAULT_VIEW.benchmark) params.set('benchmark', view.benchmark);
  if (view.source !== DEFAULT_VIEW.source) params.set('source', view.source);
  if (view.tags.length > 0) params.set('tags', view.tags.join(','));
  if (view.event) params.set('event', view.event);
  // Keep commas readable in shared links.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
