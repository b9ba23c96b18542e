// The whole page with one panel broken by a render bug (the sentiment card throws on
// MCHI): that panel says so with Retry; every other panel and control keeps working.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import type * as SentimentCardModule from '@/features/sentiment/sentiment-card';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { allowConsole } from '../console';
import { renderWithProviders } from '../utils';

const cardBug = vi.hoisted(() => ({ on: true }));
vi.mock('@/features/sentiment/sentiment-card', async (importOriginal) => {
  const original = await importOriginal<typeof SentimentCardModule>();
  return {
    SentimentCard: (props: Parameters<typeof original.SentimentCard>[0]) => {
      if (cardBug.on && props.symbol === 'MCHI') throw new RangeError('Invalid time value');
      return original.SentimentCard(props);
    },
  };
});

beforeEach(() => {
  const { view, notices } = parseViewState('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25', ['demo']);
  useViewStore.getState().replace(view, notices);
});

it('keeps the page working around a panel that fails to render, and recovers it on Retry', async () => {
  const user = userEvent.setup();
  cardBug.on = true;
  // React reports the caught render error with console.error, for developers.
  const reported = allowConsole('error', /The above error occurred/);
  renderWithProviders(<App />);
  const sentiment = screen.getByRole('region', { name: 'Sentiment' });
  const alert = await within(sentiment).findByRole('alert');
  expect(alert).toHaveTextContent('This panel failed: Invalid time value');
  expect(within(sentiment).queryByRole('meter', { name: 'SPY sentiment' })).toBeNull();

  // The other panels show their data, and the controls still change them.
  const returns = screen.getByRole('region', { name: 'Returns' });
  expect(await within(returns).findByRole('row', { name: /^MCHI \S+ \+28\.1%/ })).toBeVisible();
  await user.click(within(screen.getByRole('group', { name: 'Range' })).getByRole('button', { name: '1Y' }));
  expect(within(returns).getByText('Price return since the Jul 25, 2024 close, as of Jul 25, 2025.')).toBeVisible();
  expect(within(screen.getByRole('region', { name: 'Events' })).getByRole('list', { name: 'Events' })).toBeVisible();
  // The chart's code loads on its own (ui/chart/lazy-time-chart.tsx).
  await waitFor(() => expect(screen.getByRole('region', { name: 'Performance' }).querySelectorAll('path[data-series]')).toHaveLength(3));
  // React's report of the caught error, for developers, is the only console output
  // (anything else fails the test at the console gate).
  expect(reported).toEqual([
    expect.stringMatching(/RangeError: Invalid time value.*The above error occurred in the <SentimentCard> component/s),
  ]);

  cardBug.on = false;
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await within(sentiment).findByRole('meter', { name: 'MCHI sentiment' })).toBeVisible();
  expect(within(sentiment).queryByRole('alert')).toBeNull();
});
