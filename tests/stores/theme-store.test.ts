// The theme choice: kept in this browser, and read back only if it is one of the choices.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStoredTheme, useThemeStore } from '@/stores/theme-store';

const KEY = 'tradewinds-theme';

/** The choice a freshly loaded page starts with, given what localStorage holds under the key. */
async function choiceOnLoad(stored: string | null) {
  if (stored === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, stored);
  vi.resetModules();
  const fresh = await import('@/stores/theme-store');
  return fresh.useThemeStore.getState().choice;
}

afterEach(() => {
  useThemeStore.setState({ choice: 'system' });
  localStorage.clear();
});

describe('readStoredTheme', () => {
  it('keeps each offered choice', () => {
    expect(readStoredTheme('system')).toBe('system');
    expect(readStoredTheme('light')).toBe('light');
    expect(readStoredTheme('dark')).toBe('dark');
  });

  it('reads anything else as System', () => {
    for (const value of ['Dark', 'purple', '', 1, true, null, undefined, {}, ['dark']]) expect(readStoredTheme(value)).toBe('system');
  });
});

describe('the theme store', () => {
  it('starts at System', async () => {
    expect(useThemeStore.getState().choice).toBe('system');
    expect(await choiceOnLoad(null)).toBe('system');
  });

  it('remembers a choice in localStorage', async () => {
    useThemeStore.getState().setChoice('dark');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ state: { choice: 'dark' } });
    expect(await choiceOnLoad(localStorage.getItem(KEY))).toBe('dark');
  });

  it('reads a stored choice back', async () => {
    expect(await choiceOnLoad(JSON.stringify({ state: { choice: 'light' }, version: 1 }))).toBe('light');
  });

  it('falls back to System on a bad, foreign or missing value', async () => {
    expect(await choiceOnLoad(JSON.stringify({ state: { choice: 'sepia' }, version: 1 }))).toBe('system');
    expect(await choiceOnLoad(JSON.stringify({ state: { choice: { dark: true } }, version: 1 }))).toBe('system');
    expect(await choiceOnLoad(JSON.stringify({ state: null, version: 1 }))).toBe('system');
    expect(await choiceOnLoad(JSON.stringify('dark'))).toBe('system');
  });

  it('falls back to System when the stored text is not JSON', async () => {
    expect(await choiceOnLoad('{not json')).toBe('system');
  });
});
