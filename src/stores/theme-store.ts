// The colour theme: the system's unless the person picks Light or Dark, kept in this
// browser. What is read back is validated: anything but a known choice means System.
import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const choiceSchema = z.enum(THEME_CHOICES);

/** A stored choice as read back: itself if it is one, System otherwise. */
export function readStoredTheme(value: unknown): ThemeChoice {
  const parsed = choiceSchema.safeParse(value);
  return parsed.success ? parsed.data : 'system';
}

interface ThemeStore {
  choice: ThemeChoice;
  setChoice: (choice: ThemeChoice) => void;
}

export const useThemeStore = create<ThemeStore>()(
  persist(
    (set) => ({
      choice: 'system',
      setChoice: (choice) => set({ choice }),
    }),
    {
      name: 'tradewinds-theme',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ choice }) => ({ choice }),
      merge: (persisted, current) => ({
        ...current,
        choice: readStoredTheme(typeof persisted === 'object' && persisted !== null ? (persisted as { choice?: unknown }).choice : undefined),
      }),
    },
  ),
);

