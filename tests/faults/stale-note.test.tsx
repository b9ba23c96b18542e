// The stale note: the time the data on screen was loaded, the reason, and Retry.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatUpdatedAt } from '@/domain/format';
import { combineStaleness } from '@/queries/query-outcome';
import { StaleNote } from '@/ui/primitives/stale-note';

// Local times: the note speaks the person's clock.
const at = (day: number, hours: number, minutes: number) => new Date(2025, 6, day, hours, minutes).getTime();

describe('formatUpdatedAt', () => {
  it('gives the time of day, on 24 hours, for data loaded today', () => {
    expect(formatUpdatedAt(at(25, 14, 32), at(25, 18, 0))).toBe('14:32');
    expect(formatUpdatedAt(at(25, 9, 5), at(25, 9, 6))).toBe('09:05');
  });

  it('adds the date for data loaded on an earlier day', () => {
    expect(formatUpdatedAt(at(24, 23, 59), at(25, 0, 1))).toBe('Jul 24, 23:59');
  });
});

describe('StaleNote', () => {
  it('says how old the data is and why the refresh failed, and retries', async () => {
    vi.setSystemTime(at(25, 16, 0));
    const retry = vi.fn();
    render(<StaleNote stale={{ updatedAt: at(25, 14, 32), reason: 'My API answered 503.', retry }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Stale: last updated 14:32; refresh failed: My API answered 503.');
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('renders nothing for fresh data', () => {
    const { container } = render(<StaleNote />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('combineStaleness', () => {
  it('gives the oldest time, each reason once, and a Retry that retries every entry', () => {
    const retries = [vi.fn(), vi.fn(), vi.fn()];
    const stale = combineStaleness([
      { updatedAt: at(25, 14, 40), error: new Error('Demo answered 500.'), retry: retries[0]! },
      { updatedAt: at(25, 14, 32), error: new Error('Demo answered 500.'), retry: retries[1]! },
      { updatedAt: at(25, 14, 35), error: new Error('Demo did not answer within 10 s.'), retry: retries[2]! },
    ]);
    expect(stale?.updatedAt).toBe(at(25, 14, 32));
    expect(stale?.reason).toBe('Demo answered 500. Demo did not answer within 10 s.');
    stale?.retry();
    for (const retry of retries) expect(retry).toHaveBeenCalledOnce();
  });

  it('is undefined when nothing failed', () => {
    expect(combineStaleness([])).toBeUndefined();
  });
});
