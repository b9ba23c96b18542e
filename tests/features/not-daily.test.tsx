// A series whose bars are a week apart, beside a daily one: Returns says how its volatility
// is annualised, and the figures that count trading days (the event window, the
// sentiment correlation) leave it out and say why.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { tradingDays } from '@/domain/trading-days';
import type { PriceSeries, SentimentSeries } from '@/domain/types';
import { EventWindowPanel } from '@/features/events/event-window-panel';
import { ReturnsPanel } from '@/features/performance/returns-panel';
import { SentimentPanel } from '@/features/sentiment/sentiment-panel';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { renderPanel, settled, stubAdapter } from '../utils';

const FRIDAYS = ['2025-06-06', '2025-06-13', '2025-06-20', '2025-06-27', '2025-07-03', '2025-07-11', '2025-07-18', '2025-07-25'];
const DAILY = tradingDays('2025-06-02', '2025-07-25');

const PRICES: Record<string, PriceSeries> = {
  SPY: { symbol: 'SPY', periodicity: 'weekly', bars: FRIDAYS.map((date, i) => ({ date, close: 600 + 3 * i + (i % 2) * 4 })) },
  QQQ: { symbol: 'QQQ', bars: DAILY.map((date, i) => ({ date, close: 520 + i + (i % 3) })) },
};
const sentimentOf = (symbol: string): SentimentSeries => ({
  symbol,
  days: tradingDays('2025-05-01', '2025-07-25').map((date, i) => ({ date, bullish: 10 + (i % 7), bearish: 5 + (i % 4), messages: 40 })),
});

const adapter = stubAdapter({
  getPrices: async (q) => q.symbols.flatMap((s) => PRICES[s] ?? []),
  getSentiment: async (q) => q.symbols.map(sentimentOf),
});

beforeEach(() => {
  const { view, notices } = parseViewState('?symbols=SPY,QQQ&range=MAX&to=2025-07-25', ['demo']);
  useViewStore.getState().replace(view, notices);
});

describe('weekly bars beside daily ones', () => {
  it('Returns says the weekly series is annualised by sqrt(52)', async () => {
    const { client } = renderPanel(<ReturnsPanel />, adapter);
    const region = screen.getByRole('region', { name: 'Returns' });
    await within(region).findByRole('row', { name: /^QQQ/ });
    await settled(client);
    expect(within(region).getByText('SPY: weekly bars: volatility annualised by √52.')).toBeVisible();
  });

  it('the event window leaves the weekly series (here also the benchmark) out, and says why', async () => {
    const event = { id: 'talks', date: '2025-07-08', title: 'Talks', tags: [] };
    const { client } = renderPanel(<EventWindowPanel event={event} onClose={() => undefined} />, adapter);
    const table = await screen.findByRole('table', { name: 'Event window' });
    await settled(client);
    expect(within(table).getByRole('row', { name: /^QQQ/ })).toBeVisible();
    expect(within(table).queryByRole('row', { name: /^SPY/ })).toBeNull();
    expect(screen.getByText('SPY (weekly bars): the event window counts trading days, so it is left out for bars that are not daily.')).toBeVisible();
  });

  it('the sentiment correlation is not computed for the weekly series', async () => {
    const { client } = renderPanel(<SentimentPanel />, adapter);
    const region = screen.getByRole('region', { name: 'Sentiment' });
    await within(region).findByText(/^QQQ: /);
    await settled(client);
    expect(within(region).getByText('SPY: weekly prices: the correlation pairs day-to-day changes, so it is not computed.')).toBeVisible();
  });
});
