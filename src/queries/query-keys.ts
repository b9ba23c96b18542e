// Every react-query cache key of the app, and the filters that find groups of them, in
// one place: keys are [kind, source key, params], so a source's entries never mix with
// another's and can be refreshed or dropped together.
import type { QueryFilters } from '@tanstack/react-query';
import type { Ticker } from '@/domain/types';

export const queryKeys = {
  /** One symbol's whole price history from a source. */
  prices: (source: string, symbol: Ticker) => ['prices', source, { symbol }] as const,
  /** One symbol's whole sentiment history from a source. */
  sentiment: (source: string, symbol: Ticker) => ['sentiment', source, { symbol }] as const,
  /** A source's whole event timeline. */
  events: (source: string) => ['events', source, {}] as const,
  /** The symbols a source has, with their names (what Add symbol suggests). */
  symbols: (source: string) => ['symbols', source, {}] as const,
  /** Whether a source answers (the badge beside the picker). */
  health: (source: string) => ['health', source] as const,
  /** The person's own events, kept in this browser. */
  ownEvents: ['own-events'] as const,
  /** What Import data has stored in this browser. */
  importedDatasets: ['imported-datasets'] as const,
};

/** The kinds of entry that hold a source's data, as panels show it. */
const DATA_KINDS: readonly unknown[] = ['prices', 'sentiment', 'events'];

export const queryFilters = {
  /** A source's data that a panel shows now: what a refresh refetches. */
  shownData: (source: string): QueryFilters => ({
    type: 'active',
    predicate: ({ queryKey }) => DATA_KINDS.includes(queryKey[0]) && queryKey[1] === source,
  }),
  /** Everything cached from a source, shown or not (e.g. after an import changed it). */
  allOf: (source: string): QueryFilters => ({ predicate: ({ queryKey }) => queryKey[1] === source }),
};
