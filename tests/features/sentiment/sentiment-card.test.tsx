// A symbol's sentiment card, by role and name (docs/definitions.md#accessible-names).
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/dates';
import { gaugeReading, indexSentiment } from '@/domain/sentiment';
import type { SentimentDay } from '@/domain/types';
import { SentimentCard } from '@/features/sentiment/sentiment-card';

/** `days` calendar days ending 2025-07-25, each made by `day(i)` (i = 0 is the first). */
function series(days: number, day: (i: number) => Omit<SentimentDay, 'date'>) {
  const start = addDays('2025-07-25', -(days - 1));
  return indexSentiment({ symbol: 'SPY', days: Array.from({ length: days }, (_, i) => ({ date: addDays(start, i), ...day(i) })) });
}

describe('SentimentCard', () => {
  it('shows the score as a meter with its label, the weekly change and the volume meter', () => {
    // 400 days of 100 messages (30 bullish, 10 bearish: score 75); the last 7 days 150 messages (60/20).
    const index = series(400, (i) => (i >= 393 ? { bullish: 60, bearish: 20, messages: 150 } : { bullish: 30, bearish: 10, messages: 100 }));
    render(<SentimentCard symbol="SPY" gauge={gaugeReading(index, '2025-07-25')} />);

    const gauge = screen.getByRole('meter', { name: 'SPY sentiment' });
    expect(gauge).toHaveAttribute('aria-valuemin', '0');
    expect(gauge).toHaveAttribute('aria-valuemax', '100');
    expect(gauge).toHaveAttribute('aria-valuenow', '75');
    expect(gauge).toHaveAttribute('aria-valuetext', 'Bullish');
    expect(screen.getByText('0.0 pts vs 7 days earlier')).toBeVisible();

    // Mean of the window 150 over a normal of 100: ratio 1.5, the top of Normal.
    const volume = screen.getByRole('meter', { name: 'SPY message volume' });
    expect(volume).toHaveAttribute('aria-valuenow', '150');
    expect(volume).toHaveAttribute('aria-valuetext', 'Normal');
    expect(screen.getByText(/1\.50× normal/)).toBeVisible();

    // 1 week, 1 month and 1 year earlier.
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual(['75 Bullish', '75 Bullish', '75 Bullish']);
  });

  it('reads the change in points against the score 7 days earlier', () => {
    // Score 50 until the last 7 days, then 80: the window ending today is all 80.
    const index = series(60, (i) => (i >= 53 ? { bullish: 8, bearish: 2, messages: 20 } : { bullish: 5, bearish: 5, messages: 20 }));
    render(<SentimentCard symbol="SPY" gauge={gaugeReading(index, '2025-07-25')} />);
    expect(screen.getByRole('meter', { name: 'SPY sentiment' })).toHaveAttribute('aria-valuenow', '80');
    expect(screen.getByText('+30.0 pts vs 7 days earlier')).toBeVisible();
  });

  it('says Not enough data with fewer than 5 tagged messages, and no sentiment meter', () => {
    const index = series(60, (i) => (i >= 53 ? { bullish: i === 55 ? 4 : 0, bearish: 0, messages: 3 } : { bullish: 5, bearish: 5, messages: 20 }));
    render(<SentimentCard symbol="MCHI" gauge={gaugeReading(index, '2025-07-25')} />);
    expect(screen.getByText('Not enough data', { selector: 'p' })).toBeVisible();
    expect(screen.queryByRole('meter', { name: 'MCHI sentiment' })).toBeNull();
    // A week earlier the window was full of 5/5 days.
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('50 Neutral');
  });

  it('gives no volume label with under 30 days of history', () => {
    const index = series(20, () => ({ bullish: 5, bearish: 5, messages: 20 }));
    render(<SentimentCard symbol="QQQ" gauge={gaugeReading(index, '2025-07-25')} />);
    expect(screen.getByRole('meter', { name: 'QQQ sentiment' })).toHaveAttribute('aria-valuetext', 'Neutral');
    expect(screen.queryByRole('meter', { name: 'QQQ message volume' })).toBeNull();
    expect(screen.getByText('Message volume: not enough history')).toBeVisible();
  });
});
