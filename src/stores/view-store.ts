// The view being looked at. It mirrors the URL (app/url-sync.ts keeps both in step);
// server data never lives here, only in react-query.
import { create } from 'zustand';
import type { Basis, IsoDate, RangeKind, Ticker } from '@/domain/types';
import { DEFAULT_VIEW, MAX_SYMBOLS, type ViewState } from './url-state';

interface ViewActions {
  /** Replaces the whole view (from the URL: load, back, forward), with what was ignored in it. */
  replace: (view: ViewState, notices?: string[]) => void;
  dismissNotices: () => void;
  setRange: (range: Exclude<RangeKind, 'custom'>) => void;
  setCustomFrom: (from: IsoDate) => void;
  setTo: (to: IsoDate | undefined) => void;
  /** Moves an as-of date past the data back to the data's last day, and says so. */
  correctTo: (to: IsoDate, notice: string) => void;
  setBasis: (basis: Basis) => void;
  setBenchmark: (benchmark: Ticker) => void;
  addSymbol: (symbol: Ticker) => void;
  removeSymbol: (symbol: Ticker) => void;
  toggleTag: (tag: string) => void;
  clearTags: () => void;
  selectEvent: (id: string | undefined) => void;
  /** Another source, same view. */
  setSource: (source: string) => void;
}

export type ViewStore = ViewState & ViewActions & { /** Parameters of the URL that were ignored, and why. */ notices: string[] };

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  notices: [],
  replace: (view, notices = []) => set({ ...DEFAULT_VIEW, from: undefined, to: undefined, event: undefined, ...view, notices }),
  dismissNotices: () => set({ notices: [] }),
  setRange: (range) => set({ range, from: undefined }),
  setCustomFrom: (from) => set({ range: 'custom', from }),
  setTo: (to) => set({ to }),
  correctTo: (to, notice) => set((s) => ({ to, notices: [...s.notices, notice] })),
  setBasis: (basis) => set({ basis }),
  setBenchmark: (benchmark) => set({ benchmark }),
  addSymbol: (symbol) =>
    set((s) => (s.symbols.includes(symbol) || s.symbols.length >= MAX_SYMBOLS ? s : { symbols: [...s.symbols, symbol] })),
  removeSymbol: (symbol) => set((s) => ({ symbols: s.symbols.filter((x) => x !== symbol) })),
  toggleTag: (tag) => set((s) => ({ tags: s.tags.includes(tag) ? s.tags.filter((t) => t !== tag) : [...s.tags, tag] })),
  clearTags: () => set({ tags: [] }),
  selectEvent: (event) => set({ event }),
  setSource: (source) => set({ source }),
}));

/** The plain view, without the actions: what the URL holds. */
export function selectView(s: ViewStore): ViewState {
  return {
    symbols: s.symbols,
    range: s.range,
    from: s.from,
    to: s.to,
    basis: s.basis,
    benchmark: s.benchmark,
    source: s.source,
    tags: s.tags,
    event: s.event,
  };
}
