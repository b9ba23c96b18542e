// Each symbol's colour and dash, remembered in this browser: removing QQQ leaves SPY and
// MCHI as they were, and QQQ gets its own look back when it returns.
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { assignSlots, SLOT_COUNT } from '@/domain/series-slots';
import { isTicker } from '@/domain/ticker';
import type { Ticker } from '@/domain/types';
import { useViewStore } from './view-store';

type Slots = Partial<Record<Ticker, number>>;

interface SlotStore {
  remembered: Slots;
  remember: (slots: ReadonlyMap<Ticker, number>) => void;
}

/** What is read back from storage: tickers with a slot the charts have, nothing else. */
export function readStoredSlots(value: unknown): Slots {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const slots: Slots = {};
  for (const [symbol, slot] of Object.entries(raw)) {
    if (isTicker(symbol) && Number.isInteger(slot) && (slot as number) >= 0 && (slot as number) < SLOT_COUNT) slots[symbol] = slot as number;
  }
  return slots;
}

const useSlotStore = create<SlotStore>()(
  persist(
    (set) => ({
      remembered: {},
      remember: (slots) => set((s) => ({ remembered: { ...s.remembered, ...Object.fromEntries(slots) } })),
    }),
    {
      name: 'tradewinds-series',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ remembered }) => remembered,
      merge: (persisted, current) => ({ ...current, remembered: readStoredSlots(persisted) }),
    },
  ),
);

/** The style slot of each symbol of the view (pass it to seriesStyle). */
export function useSeriesSlots(): ReadonlyMap<Ticker, number> {
  const symbols = useViewStore((s) => s.symbols);
  const remembered = useSlotStore((s) => s.remembered);
  const slots = useMemo(() => assignSlots(symbols, remembered), [symbols, remembered]);
  const remember = useSlotStore((s) => s.remember);
  useEffect(() => {
    if ([...slots].some(([symbol, slot]) => remembered[symbol] !== slot)) remember(slots);
  }, [slots, remembered, remember]);
  return slots;
}
