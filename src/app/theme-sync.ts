// Puts the chosen theme on the page, before the first render and on every change:
// `<html data-theme="light|dark">` for a choice, which styles.css lets win over the
// system's preference; no attribute for System. (No inline script: the CSP has none.)
import { useThemeStore, type ThemeChoice } from '@/stores/theme-store';

function applyTheme(choice: ThemeChoice, root: HTMLElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Applies the stored choice now and follows it; returns a function that stops. */
export function startThemeSync(root: HTMLElement = document.documentElement): () => void {
  applyTheme(useThemeStore.getState().choice, root);
  return useThemeStore.subscribe((state) => applyTheme(state.choice, root));
}
