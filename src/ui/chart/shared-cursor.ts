// The cursor that charts of one group share: the position under the pointer (or chosen
// with the keyboard) in one chart is marked in all of them, each at its own nearest row.
// Every chart on the dates axis is one group; a chart on its own axis is a group alone.
import { create } from 'zustand';

export interface CursorPosition {
  /** The hovered row's x value (a UTC-midnight timestamp on a dates axis). */
  time: number;
  /** The chart being hovered: only it shows the tooltip. */
  owner: string;
  /** Pixel x of the cursor in the owner chart, to place the tooltip. */
  x: number;
}

interface SharedCursors {
  byGroup: Partial<Record<string, CursorPosition>>;
  show: (group: string, position: CursorPosition) => void;
  hide: (group: string, owner: string) => void;
}

export const useSharedCursors = create<SharedCursors>()((set) => ({
  byGroup: {},
  show: (group, position) => set((s) => ({ byGroup: { ...s.byGroup, [group]: position } })),
  hide: (group, owner) => set((s) => (s.byGroup[group]?.owner === owner ? { byGroup: { ...s.byGroup, [group]: undefined } } : s)),
}));

/** The group's cursor; undefined when nothing is hovered. */
export function useCursorPosition(group: string): CursorPosition | undefined {
  return useSharedCursors((s) => s.byGroup[group]);
}
