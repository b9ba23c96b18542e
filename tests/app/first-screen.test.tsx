// The top of the page, in jsdom against the demo API (MSW): the figures at a glance, what
// is coming up, and a view that keeps to the data.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { countdown } from '@/features/events/coming-up';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { renderWithProviders } from '../utils';

function showView(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

async function cards() {
  const list = await screen.findByRole('list', { name: 'Returns at a glance' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(useViewStore.getState().symbols.length));
  return within(list).getAllByRole('listitem');
}

describe('At a glance', () => {
  it('gives each symbol its return, trend, sentiment and volume, as of the story’s day on the demo', async () => {
    showView('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
    renderWithProviders(<App />);
    const texts = (await cards()).map((card) => card.textContent);
    expect(texts).toEqual([
      expect.stringMatching(/^SPYYTD\+9\.0%Bullish \d+ · volume normal$/),
      expect.stringMatching(/^QQQYTD\+11\.0%Bullish \d+ · volume normal$/),
      expect.stringMatching(/^MCHIYTD\+28\.1%Bullish \d+ · volume low$/),
    ]);
    expect(screen.getByRole('img', { name: 'MCHI over the range, from 0% to +28.1%' })).toBeVisible();
    expect(screen.getByText('Sample data, as of Jul 25, 2025, the week before the Stockholm talks')).toBeVisible();
  });

  it('says what the figures are measured from on any other day', async () => {
    showView('?symbols=SPY,QQQ&range=1Y&to=2025-09-30');
    renderWithProviders(<App />);
    await cards();
    expect(screen.getByText('Returns since the Sep 30, 2024 close, as of Sep 30, 2025')).toBeVisible();
  });
});

describe('Coming up', () => {
  it('lists the next 30 days’ events after the as-of date, with how far off each is, and opens one', async () => {
    showView('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const list = await screen.findByRole('list', { name: 'Coming up' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Jul 28, 2025 – Jul 29, 2025in 3 daysUS-China trade talks in Stockholm$/);
    expect(within(items[0]!).getAllByRole('time').map((t) => t.getAttribute('datetime'))).toEqual(['2025-07-28', '2025-07-29']);
    expect(items[1]).toHaveTextContent(/^Aug 1, 2025in 7 days/);
    expect(items.every((item) => item.querySelector('time')!.getAttribute('datetime')! <= '2025-08-24')).toBe(true);

    await user.click(within(items[0]!).getByRole('button'));
    expect(useViewStore.getState().event).toBe('2025-07-stockholm-talks');
    // The Event window's code loads on first selection: slow on a busy machine.
    expect(await screen.findByRole('region', { name: 'Event window' }, { timeout: 5_000 })).toBeVisible();
  });

  it('says so when nothing is coming', async () => {
    showView('?symbols=SPY&range=YTD&to=2025-12-31');
    renderWithProviders(<App />);
    expect(await screen.findByText('No events in the 30 days after Dec 31, 2025.')).toBeVisible();
  });

  it('counts calendar days from the as-of date', () => {
    expect(countdown('2025-07-25', '2025-07-26')).toBe('tomorrow');
    expect(countdown('2025-07-25', '2025-08-01')).toBe('in 7 days');
  });
});

describe('an as-of date past the data', () => {
  it('moves back to the data’s last day, and says so', async () => {
    showView('?symbols=SPY,QQQ&range=YTD&to=2030-01-01');
    renderWithProviders(<App />);
    const notices = await screen.findByRole('status', { name: 'Link notices' });
    expect(notices).toHaveTextContent('There are no prices after Dec 31, 2025: the as-of date is now Dec 31, 2025.');
    expect(useViewStore.getState().to).toBe('2025-12-31');
    expect(screen.getByLabelText('As of')).toHaveValue('2025-12-31');
  });

  it('leaves a weekend inside the data as it is', async () => {
    showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-26');
    renderWithProviders(<App />);
    await cards();
    expect(useViewStore.getState().to).toBe('2025-07-26');
    expect(screen.queryByRole('status', { name: 'Link notices' })).toBeNull();
  });
});
