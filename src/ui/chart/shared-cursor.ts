// The cursor every time chart shares: the date under the pointer (or chosen with the
// keyboard) in one chart is marked in all of them, each at its own nearest row.
import { create } from 'zustand';

export interface TimelineCursor {
  /** UTC-midnight timestamp of the hovered row; undefined when nothing is hovered. */
  time?: number;
  /** The chart being hovered: only it shows the tooltip. */
  owner?: string;
  /** Pixel x of the cursor in the owner chart, to place the tooltip. */
  x?: number;
  show: (time: number, owner: string, x: number) => void;
  hide: (owner: string) => void;
}

export const useTimelineCursor = create<TimelineCursor>()((set) => ({
  show: (time, owner, x) => set({ time, owner, x }),
  hide: (owner) => set((s) => (s.owner === owner ? { time: undefined, owner: undefined, x: undefined } : s)),
}));
