// Imported data, kept in the browser's IndexedDB: one dataset per price symbol, per
// sentiment symbol and per events file, so importing a symbol again replaces it.
// A dataset read back is checked again; a damaged one is skipped, not trusted.
import { createStore, del, entries, get, setMany } from 'idb-keyval';
import type { MarketEvent, PriceSeries, SentimentSeries } from '@/domain/types';
import type { ImportKind, ParsedImport } from './parse-import';

export interface Dataset {
  /** `prices:SPY`, `sentiment:SPY` or `events:<file name>`. */
  key: string;
  kind: ImportKind;
  /** The symbol, or the events file's name. */
  name: string;
  fileName: string;
  importedAt: string;
  /** Bars, days or events. */
  rows: number;
  from?: string;
  to?: string;
  prices?: PriceSeries;
  sentiment?: SentimentSeries;
  events?: MarketEvent[];
}

let store: ReturnType<typeof createStore> | undefined;
const db = () => (store ??= createStore('tradewinds-files', 'datasets'));

function isDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Dataset>;
  return (
    typeof d.key === 'string' &&
    typeof d.name === 'string' &&
    (d.kind === 'prices' ? Array.isArray(d.prices?.bars) : d.kind === 'sentiment' ? Array.isArray(d.sentiment?.days) : d.kind === 'events' && Array.isArray(d.events))
  );
}

export async function listDatasets(): Promise<Dataset[]> {
  const all = await entries<string, unknown>(db());
  return all
    .map(([, value]) => value)
    .filter(isDataset)
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** One dataset by key (`prices:SPY`), without reading the others; undefined when absent or damaged. */
export async function getDataset(key: string): Promise<Dataset | undefined> {
  const value: unknown = await get(key, db());
  return isDataset(value) ? value : undefined;
}

/** The datasets an import makes, before they are stored. */
export function datasetsOf(parsed: ParsedImport, importedAt: string): Dataset[] {
  // The fields every dataset has; `rows` are date-sorted, so the span is first to last.
  const dataset = (kind: ImportKind, name: string, rows: readonly { date: string }[]) => ({
    key: `${kind}:${name}`,
    kind,
    name,
    fileName: parsed.fileName,
    importedAt,
    rows: rows.length,
    from: rows[0]?.date,
    to: rows[rows.length - 1]?.date,
  });
  return [
    ...parsed.prices.map((p) => ({ ...dataset('prices', p.symbol, p.bars), prices: p })),
    ...parsed.sentiment.map((s) => ({ ...dataset('sentiment', s.symbol, s.days), sentiment: s })),
    ...(parsed.events.length > 0 ? [{ ...dataset('events', parsed.fileName, parsed.events), events: parsed.events }] : []),
  ];
}

/** Stores the datasets of an import in one go; returns the keys it replaced. */
export async function storeImport(datasets: Dataset[]): Promise<string[]> {
  const existing = new Set((await listDatasets()).map((d) => d.key));
  await setMany(datasets.map((d) => [d.key, d]), db());
  return datasets.filter((d) => existing.has(d.key)).map((d) => d.key);
}

export async function removeDataset(key: string): Promise<void> {
  await del(key, db());
}
