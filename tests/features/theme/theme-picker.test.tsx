// The Theme control: a labelled select whose choice is put on <html> (where styles.css
// picks the palette), remembered, and taken back to the system's with System.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startThemeSync } from '@/app/theme-sync';
import { ThemePicker } from '@/features/theme/theme-picker';
import { useThemeStore } from '@/stores/theme-store';

const root = document.documentElement;
let stopSync: () => void;

beforeEach(() => {
  stopSync = startThemeSync(root);
});
afterEach(() => {
  cleanup(); // before the theme is reset under a mounted picker
  stopSync();
  useThemeStore.setState({ choice: 'system' });
  delete root.dataset.theme;
  localStorage.clear();
});

it('offers System, Light and Dark, starting at System with no theme forced on the page', () => {
  render(<ThemePicker />);
  const select = screen.getByRole('combobox', { name: 'Theme' });
  expect(select).toHaveDisplayValue('System');
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
  expect(root).not.toHaveAttribute('data-theme');
});

it('puts the chosen theme on the page and remembers it; System hands it back to the system', async () => {
  const user = userEvent.setup();
  render(<ThemePicker />);
  const select = screen.getByRole('combobox', { name: 'Theme' });

  await user.selectOptions(select, 'Dark');
  expect(root).toHaveAttribute('data-theme', 'dark');
  expect(localStorage.getItem('tradewinds-theme')).toContain('"dark"');

  await user.selectOptions(select, 'Light');
  expect(root).toHaveAttribute('data-theme', 'light');

  await user.selectOptions(select, 'System');
  expect(root).not.toHaveAttribute('data-theme');
  expect(select).toHaveDisplayValue('System');
});

it('applies a remembered choice as soon as it starts, before anything renders', () => {
  stopSync();
  useThemeStore.setState({ choice: 'dark' });
  delete root.dataset.theme;
  stopSync = startThemeSync(root);
  expect(root).toHaveAttribute('data-theme', 'dark');
});
