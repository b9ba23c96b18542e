// Which style slot (colour and dash) each symbol gets, so a symbol keeps its look while
// others come and go: a symbol takes the slot it had before when that is free, else the
// lowest free one. Pure: the symbols shown and the slots remembered in, the slots out.
import type { Ticker } from './types';

/** How many looks the charts tell apart (ui/chart/series-style.ts). */
export const SLOT_COUNT = 8;

export function assignSlots(symbols: readonly Ticker[], remembered: Readonly<Partial<Record<Ticker, number>>>): Map<Ticker, number> {
  const slots = new Map<Ticker, number>();
  const taken = new Set<number>();
  // Remembered slots first, in the symbols' order, so an earlier symbol wins a clash.
  for (const symbol of symbols) {
    const slot = remembered[symbol];
    if (slot !== undefined && !taken.has(slot)) {
      slots.set(symbol, slot);
      taken.add(slot);
    }
  }
  let next = 0;
  for (const symbol of symbols) {
    if (slots.has(symbol)) continue;
    while (taken.has(next % SLOT_COUNT) && taken.size < SLOT_COUNT) next++;
    slots.set(symbol, next % SLOT_COUNT);
    taken.add(next % SLOT_COUNT);
    next++;
  }
  return slots;
}
