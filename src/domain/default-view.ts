// The symbols a bare address opens on, and their benchmark (stores/url-state.ts); the
// page's first script (early.ts) asks for their data before the rest of the page runs.
import type { Ticker } from './types';

export const DEFAULT_SYMBOLS: readonly Ticker[] = ['SPY', 'QQQ', 'MCHI'];
export const DEFAULT_BENCHMARK: Ticker = 'SPY';
